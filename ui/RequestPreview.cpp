#include "RequestPreview.h"

#include "api/CurlCommand.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

QWidget *titled(QWidget *parent, QLabel *label, QPlainTextEdit *view, QPushButton *copy)
{
    auto *box = new QWidget(parent);
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(copy, 0, 1, Qt::AlignRight);
    layout->addWidget(view, 1, 0, 1, 2);
    label->setBuddy(view);
    return box;
}

} // namespace

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_jsonLabel(new QLabel(this))
    , m_json(codeView(this))
    , m_copyJson(new QPushButton(this))
    , m_curlLabel(new QLabel(this))
    , m_curl(codeView(this))
    , m_copyCurl(new QPushButton(this))
    , m_note(new QLabel(this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(titled(splitter, m_jsonLabel, m_json, m_copyJson));
    splitter->addWidget(titled(splitter, m_curlLabel, m_curl, m_copyCurl));
    splitter->setChildrenCollapsible(false);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);

    connect(m_copyJson, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(json()); });
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(curl()); });
    retranslateUi();
}

RequestPreview::~RequestPreview() = default;

void RequestPreview::setRequest(const Connection &connection, const ExportJobRequest &request)
{
    const QJsonObject body = request.toJson();
    const QString json
            = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)).trimmed();
    if (m_json->toPlainText() != json)
        m_json->setPlainText(json);
    CurlCommand command(connection, "POST", u"/data/core/ups/export/jobs");
    command.setJsonBody(body);
    const QString curl = command.toString();
    if (m_curl->toPlainText() != curl)
        m_curl->setPlainText(curl);
}

QString RequestPreview::json() const
{
    return m_json->toPlainText();
}

QString RequestPreview::curl() const
{
    return m_curl->toPlainText();
}

void RequestPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestPreview::retranslateUi()
{
    m_jsonLabel->setText(tr("Request &body (JSON)"));
    m_json->setToolTip(tr("Exactly what Submit sends as the body of POST /export/jobs."));
    m_copyJson->setText(tr("Copy &JSON"));
    m_copyJson->setToolTip(tr("Copies the request body to the clipboard."));
    m_curlLabel->setText(tr("As a c&url command"));
    m_curl->setToolTip(tr("The same request as a command for a terminal."));
    m_copyCurl->setText(tr("Copy &curl"));
    m_copyCurl->setToolTip(tr("Copies the curl command to the clipboard."));
    m_note->setText(tr("The command holds {ACCESS_TOKEN} where the access token goes: it never "
                       "contains a token or a secret."));
}
