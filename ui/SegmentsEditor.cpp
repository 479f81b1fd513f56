#include "SegmentsEditor.h"

#include "FieldMessage.h"
#include "LoadState.h"
#include "SegmentPickerDialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString kRealized = u"realized"_s;
const QString kExisting = u"existing"_s;
const QString kExited = u"exited"_s;

enum Column {
    IdColumn,
    NameColumn,
    NamespaceColumn,
    RealizedColumn,
    ExistingColumn,
    ExitedColumn,
    OtherStatusColumn,
    RemoveColumn,
    ColumnCount
};

} // namespace

struct SegmentsEditor::Row
{
    QLineEdit *id = nullptr;
    QLabel *name = nullptr;
    QLineEdit *ns = nullptr;
    QCheckBox *realized = nullptr;
    QCheckBox *existing = nullptr;
    QCheckBox *exited = nullptr;
    QWidget *otherBox = nullptr; // statuses a loaded request had that the platform does not know
    QList<QCheckBox *> others;
    QToolButton *remove = nullptr;
    FieldMessage *message = nullptr;
    // Whether `status` is sent: once a box was clicked, or the loaded request had one.
    bool statusSet = false;
    QJsonObject extra; // keys of the segment the form does not show, sent as they came

    QList<QWidget *> widgets() const
    {
        return {id, name, ns, realized, existing, exited, otherBox, remove, message};
    }
    QList<QWidget *> focusChain() const
    {
        QList<QWidget *> chain{id, ns, realized, existing, exited};
        for (QCheckBox *other : others)
            chain << other;
        chain << remove;
        return chain;
    }
};

SegmentsEditor::SegmentsEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
    , m_listMessage(new FieldMessage(this))
    , m_pick(new QPushButton(this))
    , m_addById(new QPushButton(this))
    , m_load(new LoadState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pick);
    buttons->addWidget(m_addById);
    buttons->addWidget(m_load, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_listMessage);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);

    for (int column = 0; column < ColumnCount; ++column) {
        auto *header = new QLabel(this);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        m_headers << header;
        m_grid->addWidget(header, 0, column);
    }
    m_grid->setColumnStretch(IdColumn, 3);
    m_grid->setColumnStretch(NameColumn, 2);
    m_grid->setColumnStretch(NamespaceColumn, 1);
    m_grid->setVerticalSpacing(2);
    m_empty->setWordWrap(true);

    m_pick->setEnabled(false);
    connect(m_pick, &QPushButton::clicked, this, &SegmentsEditor::openPicker);
    connect(m_addById, &QPushButton::clicked, this, [this] {
        addEmptyRow();
        m_rows.last()->id->setFocus();
    });
    connect(m_load, &LoadState::retryRequested, this, &SegmentsEditor::reloadRequested);
    relayout();
    retranslateUi();
}

SegmentsEditor::~SegmentsEditor() = default;

std::optional<QList<SegmentFilter>> SegmentsEditor::segments() const
{
    if (m_rows.isEmpty())
        return std::nullopt;
    QList<SegmentFilter> list;
    for (const auto &row : m_rows) {
        SegmentFilter filter = SegmentFilter::fromJson(row->extra);
        filter.segmentId = row->id->text().trimmed();
        const QString ns = row->ns->text().trimmed();
        if (!ns.isEmpty())
            filter.segmentNs = ns;
        if (row->statusSet) {
            QStringList status;
            if (row->realized->isChecked())
                status << kRealized;
            if (row->existing->isChecked())
                status << kExisting;
            if (row->exited->isChecked())
                status << kExited;
            for (QCheckBox *other : row->others) {
                if (other->isChecked())
                    status << other->text();
            }
            filter.status = status;
        }
        list << filter;
    }
    return list;
}

void SegmentsEditor::setSegments(const std::optional<QList<SegmentFilter>> &segments)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().get());
    for (const SegmentFilter &filter : segments.value_or(QList<SegmentFilter>()))
        appendRow(filter);
    relayout();
    showNames();
    emit changed();
}

void SegmentsEditor::addDefinitions(const QList<SegmentDefinition> &definitions)
{
    for (const SegmentDefinition &definition : definitions) {
        SegmentFilter filter;
        filter.segmentId = definition.id;
        appendRow(filter);
    }
    relayout();
    showNames();
    emit changed();
}

void SegmentsEditor::addEmptyRow()
{
    SegmentFilter filter;
    filter.segmentId = QString();
    appendRow(filter);
    relayout();
    showNames();
    emit changed();
}

SegmentsEditor::Row *SegmentsEditor::appendRow(const SegmentFilter &filter)
{
    auto row = std::make_shared<Row>();
    Row *r = row.get();
    // What the form does not show rides along untouched.
    QJsonObject extra = filter.toJson();
    extra.remove(u"segmentId"_s);
    extra.remove(u"segmentNs"_s);
    extra.remove(u"status"_s);
    r->extra = extra;

    r->id = new QLineEdit(filter.segmentId.value_or(QString()), this);
    r->name = new QLabel(this);
    r->name->setTextFormat(Qt::PlainText);
    r->name->setMinimumWidth(80);
    r->ns = new QLineEdit(filter.segmentNs.value_or(QString()), this);
    auto *namespaces = new QCompleter(
            QStringList{u"ups"_s, u"AEPSegments"_s, u"AAM"_s, u"AAMSegments"_s, u"AAMTraits"_s},
            r->ns);
    namespaces->setCaseSensitivity(Qt::CaseInsensitive);
    r->ns->setCompleter(namespaces);
    r->ns->setMaximumWidth(140);
    r->realized = new QCheckBox(this);
    r->existing = new QCheckBox(this);
    r->exited = new QCheckBox(this);
    r->otherBox = new QWidget(this);
    auto *otherLayout = new QHBoxLayout(r->otherBox);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    r->remove = new QToolButton(this);
    r->message = new FieldMessage(this);

    r->statusSet = filter.status.has_value();
    const QStringList status = filter.status.value_or(QStringList{kRealized, kExisting});
    r->realized->setChecked(status.contains(kRealized));
    r->existing->setChecked(status.contains(kExisting));
    r->exited->setChecked(status.contains(kExited));
    for (const QString &value : status) {
        if (value == kRealized || value == kExisting || value == kExited)
            continue;
        auto *other = new QCheckBox(value, r->otherBox);
        other->setChecked(true);
        otherLayout->addWidget(other);
        r->others << other;
    }

    auto edited = [this] {
        emit changed();
    };
    connect(r->id, &QLineEdit::textChanged, this, [this, edited] {
        showNames();
        edited();
    });
    connect(r->ns, &QLineEdit::textChanged, this, edited);
    QList<QCheckBox *> boxes{r->realized, r->existing, r->exited};
    boxes << r->others;
    for (QCheckBox *box : boxes) {
        connect(box, &QCheckBox::clicked, this, [this, r, edited] {
            r->statusSet = true;
            retranslateRow(*r);
            edited();
        });
    }
    connect(r->remove, &QToolButton::clicked, this, [this, r] {
        const int index = int(std::find_if(m_rows.cbegin(), m_rows.cend(),
                                           [r](const auto &row) { return row.get() == r; })
                              - m_rows.cbegin());
        removeRow(r);
        relayout();
        // Keep the keyboard in the table: on the row that took this one's place, or the last.
        if (!m_rows.isEmpty())
            m_rows.at(std::min(index, int(m_rows.size()) - 1))->id->setFocus();
        else
            m_addById->setFocus();
        emit changed();
    });
    m_rows << row;
    retranslateRow(*r);
    return r;
}

void SegmentsEditor::removeRow(Row *row)
{
    for (QWidget *widget : row->widgets()) {
        m_grid->removeWidget(widget);
        widget->hide();
        widget->deleteLater();
    }
    m_rows.removeIf([row](const auto &r) { return r.get() == row; });
}

void SegmentsEditor::relayout()
{
    for (const auto &row : std::as_const(m_rows)) {
        for (QWidget *widget : row->widgets())
            m_grid->removeWidget(widget);
    }
    QWidget *previous = m_load->retryButton();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = *m_rows[i];
        const int line = 1 + 2 * i;
        m_grid->addWidget(row.id, line, IdColumn);
        m_grid->addWidget(row.name, line, NameColumn);
        m_grid->addWidget(row.ns, line, NamespaceColumn);
        m_grid->addWidget(row.realized, line, RealizedColumn, Qt::AlignCenter);
        m_grid->addWidget(row.existing, line, ExistingColumn, Qt::AlignCenter);
        m_grid->addWidget(row.exited, line, ExitedColumn, Qt::AlignCenter);
        m_grid->addWidget(row.otherBox, line, OtherStatusColumn);
        m_grid->addWidget(row.remove, line, RemoveColumn);
        m_grid->addWidget(row.message, line + 1, IdColumn, 1, ColumnCount);
        // Shown now rather than when the layout gets round to it, so focus can go there at once.
        for (QWidget *widget : row.widgets()) {
            if (widget != row.message)
                widget->setVisible(true);
        }
        for (QWidget *widget : row.focusChain()) {
            setTabOrder(previous, widget);
            previous = widget;
        }
        retranslateRow(*m_rows[i]);
    }
    for (QLabel *header : std::as_const(m_headers))
        header->setVisible(!m_rows.isEmpty());
    m_empty->setVisible(m_rows.isEmpty());
    setIssues(m_issues);
}

QWidget *SegmentsEditor::lastFocusWidget() const
{
    if (m_rows.isEmpty())
        return m_load->retryButton();
    return m_rows.last()->focusChain().last();
}

void SegmentsEditor::showNames()
{
    for (const auto &row : std::as_const(m_rows)) {
        const QString id = row->id->text().trimmed();
        const auto found = std::find_if(m_definitions.cbegin(), m_definitions.cend(),
                                        [&id](const SegmentDefinition &d) { return d.id == id; });
        if (found != m_definitions.cend()) {
            row->name->setText(found->name.value_or(found->id));
            row->name->setToolTip(found->description.value_or(QString()));
        } else {
            row->name->clear();
            row->name->setToolTip(m_loaded && !id.isEmpty()
                                          ? tr("Not one of this sandbox's segment definitions: "
                                               "an audience ID or a segment of another source.")
                                          : QString());
        }
    }
}

void SegmentsEditor::setDefinitionsLoading()
{
    m_load->setLoading();
    m_pick->setEnabled(false);
}

void SegmentsEditor::setDefinitions(const QList<SegmentDefinition> &definitions)
{
    m_definitions = definitions;
    m_loaded = true;
    m_pick->setEnabled(!definitions.isEmpty());
    m_load->setLoaded(definitions.isEmpty() ? tr("This sandbox has no segment definitions.")
                                            : QString());
    showNames();
}

void SegmentsEditor::setDefinitionsFailed(const ApiError &error)
{
    m_load->setFailed(error);
    m_pick->setEnabled(false);
}

void SegmentsEditor::openPicker()
{
    QSet<QString> chosen;
    for (const auto &row : std::as_const(m_rows))
        chosen.insert(row->id->text().trimmed());
    SegmentPickerDialog picker(m_definitions, chosen, this);
    if (picker.exec() == QDialog::Accepted && !picker.selected().isEmpty()) {
        addDefinitions(picker.selected());
        m_rows.last()->id->setFocus();
    }
}

void SegmentsEditor::setIssues(const QList<ValidationIssue> &issues)
{
    m_issues = issues;
    QList<ValidationIssue> general;
    QList<QList<ValidationIssue>> perRow(m_rows.size());
    for (const ValidationIssue &issue : issues) {
        if (issue.index >= 0 && issue.index < m_rows.size())
            perRow[issue.index] << issue;
        else
            general << issue;
    }
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i]->message->setIssues(perRow[i]);
    m_listMessage->setIssues(general);
}

bool SegmentsEditor::hasError() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
                       [](const ValidationIssue &issue) { return issue.isError(); });
}

QLineEdit *SegmentsEditor::idEdit(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->id : nullptr;
}

QLineEdit *SegmentsEditor::namespaceEdit(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->ns : nullptr;
}

QCheckBox *SegmentsEditor::statusBox(int row, const QString &status) const
{
    const auto r = m_rows.value(row);
    if (!r)
        return nullptr;
    if (status == kRealized)
        return r->realized;
    if (status == kExisting)
        return r->existing;
    if (status == kExited)
        return r->exited;
    for (QCheckBox *other : r->others) {
        if (other->text() == status)
            return other;
    }
    return nullptr;
}

QAbstractButton *SegmentsEditor::removeButton(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->remove : nullptr;
}

FieldMessage *SegmentsEditor::rowMessage(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->message : nullptr;
}

void SegmentsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SegmentsEditor::retranslateRow(Row &row)
{
    const int number = int(std::find_if(m_rows.cbegin(), m_rows.cend(),
                                        [&row](const auto &r) { return r.get() == &row; })
                           - m_rows.cbegin())
            + 1;
    row.id->setPlaceholderText(tr("Segment ID"));
    row.id->setToolTip(tr("The ID of the segment whose members are exported."));
    row.id->setAccessibleName(tr("Segment %1: ID").arg(number));
    row.ns->setPlaceholderText(u"ups"_s); // untranslated: the platform's default namespace
    row.ns->setToolTip(tr("The segment's namespace; leave it empty for the platform's default, "
                          "ups."));
    row.ns->setAccessibleName(tr("Segment %1: namespace").arg(number));
    const QString statusHint = row.statusSet
            ? tr("Exports the profiles whose membership has this status.")
            : tr("Not sent until you change it: the platform then exports realized and existing "
                 "members.");
    row.realized->setToolTip(tr("Realized: profiles that entered the segment.") + u' '
                             + statusHint);
    row.existing->setToolTip(tr("Existing: profiles that stayed in the segment.") + u' '
                             + statusHint);
    row.exited->setToolTip(tr("Exited: profiles that left the segment.") + u' ' + statusHint);
    row.realized->setAccessibleName(tr("Segment %1: realized").arg(number));
    row.existing->setAccessibleName(tr("Segment %1: existing").arg(number));
    row.exited->setAccessibleName(tr("Segment %1: exited").arg(number));
    for (QCheckBox *other : std::as_const(row.others))
        other->setToolTip(tr("A status the platform does not know; clear it to leave it out."));
    row.remove->setText(tr("Remove", "remove a segment row"));
    row.remove->setToolTip(tr("Takes this segment out of the export job."));
    row.remove->setAccessibleName(tr("Remove segment %1").arg(number));
}

void SegmentsEditor::retranslateUi()
{
    const QStringList headers{tr("Segment ID"), tr("Name", "segment name"),
                              tr("Namespace"),  tr("Realized"),
                              tr("Existing"),   tr("Exited"),
                              QString(),        QString()};
    for (int column = 0; column < ColumnCount; ++column)
        m_headers[column]->setText(headers[column]);
    m_headers[RealizedColumn]->setToolTip(tr("Profiles that entered the segment."));
    m_headers[ExistingColumn]->setToolTip(tr("Profiles that stayed in the segment."));
    m_headers[ExitedColumn]->setToolTip(tr("Profiles that left the segment."));
    m_empty->setText(tr("No segments: every profile is exported."));
    m_pick->setText(tr("Add &Segments…"));
    m_pick->setToolTip(tr("Chooses segments from this sandbox's segment definitions."));
    m_addById->setText(tr("Add by &ID"));
    m_addById->setToolTip(tr("Adds a row where you type or paste a segment or audience ID."));
    for (const auto &row : std::as_const(m_rows))
        retranslateRow(*row);
    if (m_loaded)
        m_load->setLoaded(m_definitions.isEmpty() ? tr("This sandbox has no segment definitions.")
                                                  : QString());
    showNames();
    setIssues(m_issues);
}
