#include "FieldListEdit.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Completes the entry after the last comma and keeps the entries before it.
class PathListCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString completion = QCompleter::pathFromIndex(index);
        auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(u',');
        return comma < 0 ? completion : text.left(comma + 1) + completion;
    }
};

} // namespace

FieldListEdit::FieldListEdit(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_add(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_completer(new PathListCompleter(commonPaths(kind), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_add);

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);
    m_edit->setClearButtonEnabled(true);

    for (const QString &path : commonPaths(kind))
        m_menu->addAction(path, this, [this, path] { append(path); });
    m_add->setMenu(m_menu);
    m_add->setPopupMode(QToolButton::InstantPopup);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &FieldListEdit::textChanged);
    retranslateUi();
}

FieldListEdit::~FieldListEdit() = default;

QStringList FieldListEdit::commonPaths(Kind kind)
{
    if (kind == Kind::Event) {
        return {u"_id"_s,
                u"timestamp"_s,
                u"eventType"_s,
                u"environment.browserDetails.name"_s,
                u"environment.browserDetails.version"_s,
                u"web.webPageDetails.URL"_s,
                u"_acp_system_metadata.ingestTime"_s};
    }
    return {u"identities.id"_s,
            u"identities.namespace.code"_s,
            u"identityMap"_s,
            u"personalEmail.address"_s,
            u"person.name.firstName"_s,
            u"person.name.lastName"_s,
            u"person.birthDate"_s,
            u"homeAddress.street1"_s,
            u"homeAddress.city"_s,
            u"homeAddress.postalCode"_s,
            u"homeAddress.countryCode"_s,
            u"mobilePhone.number"_s,
            u"segmentMembership.ups"_s,
            u"_repo.createDate"_s,
            u"_repo.lastModifiedDate"_s};
}

QString FieldListEdit::text() const
{
    return m_edit->text();
}

void FieldListEdit::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void FieldListEdit::append(const QString &path)
{
    QString text = m_edit->text().trimmed();
    if (!text.isEmpty() && !text.endsWith(u','))
        text += u',';
    m_edit->setText(text + path);
    m_edit->setFocus();
}

void FieldListEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FieldListEdit::retranslateUi()
{
    m_add->setText(tr("Add…", "add a field path"));
    if (m_kind == Kind::Profile) {
        m_edit->setPlaceholderText(tr("All profile fields"));
        m_add->setToolTip(tr("Appends a common profile field path to the list."));
    } else {
        m_edit->setPlaceholderText(tr("All event fields"));
        m_add->setToolTip(tr("Appends a common event field path to the list."));
    }
}
