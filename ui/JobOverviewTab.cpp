#include "JobOverviewTab.h"

#include "models/JobText.h"
#include "models/PhaseSpan.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTreeWidget *makeTable(int columns)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

// A small table is as tall as its rows: the page scrolls, not each table.
void fitHeight(QTreeWidget *tree)
{
    int height = tree->header()->isHidden() ? 0 : tree->header()->sizeHint().height();
    const int rows = tree->topLevelItemCount();
    height += rows > 0 ? rows * tree->sizeHintForRow(0) : tree->fontMetrics().height();
    tree->setFixedHeight(height + 2 * tree->frameWidth() + 4);
}

// Sets the items' texts when they differ, adding or removing rows as needed.
void fillTable(QTreeWidget *tree, const QList<QStringList> &rows)
{
    while (tree->topLevelItemCount() > rows.size())
        delete tree->takeTopLevelItem(tree->topLevelItemCount() - 1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QTreeWidgetItem *item = tree->topLevelItem(int(r));
        if (!item)
            item = new QTreeWidgetItem(tree);
        for (int c = 0; c < rows[r].size(); ++c) {
            if (item->text(c) != rows[r][c])
                item->setText(c, rows[r][c]);
        }
    }
    fitHeight(tree);
}

} // namespace

JobOverviewTab::JobOverviewTab(QWidget *parent)
    : QWidget(parent)
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *header = new QHBoxLayout;
    m_statusIcon = new QLabel;
    m_status = new QLabel;
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.25);
    m_status->setFont(statusFont);
    m_heading = new QLabel;
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton;
    m_clone = new QPushButton;
    header->addWidget(m_statusIcon);
    header->addWidget(m_status);
    header->addSpacing(12);
    header->addWidget(m_heading, 1);
    header->addWidget(m_cancel);
    header->addWidget(m_clone);
    column->addLayout(header);

    QFormLayout *job = addSection(m_jobBox);
    for (Field f : {JobId, RequestId, Dataset, MergePolicy, ProfileInstance, JobType})
        addRow(job, f);
    column->addWidget(m_jobBox);

    QFormLayout *times = addSection(m_timesBox);
    for (Field f : {Created, Started, Finished, Updated, Elapsed})
        addRow(times, f);
    column->addWidget(m_timesBox);

    m_segmentsBox = new QGroupBox;
    auto *segmentsLayout = new QVBoxLayout(m_segmentsBox);
    m_segments = makeTable(3);
    segmentsLayout->addWidget(m_segments);
    column->addWidget(m_segmentsBox);

    QFormLayout *profiles = addSection(m_profilesBox);
    addRow(profiles, TotalProfiles);
    m_counters = makeTable(2);
    profiles->addRow(m_counters);
    column->addWidget(m_profilesBox);

    QFormLayout *compute = addSection(m_computeBox);
    addRow(compute, ComputeExportJob);
    addRow(compute, ComputePushJob);
    column->addWidget(m_computeBox);
    column->addStretch(1);

    m_scroll = new QScrollArea;
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_hasJob)
            emit cancelRequested(m_job.id);
    });
    connect(m_clone, &QPushButton::clicked, this, [this] {
        if (m_hasJob)
            emit cloneRequested(m_job.id);
    });
    retranslateUi();
    clear();
}

QFormLayout *JobOverviewTab::addSection(QGroupBox *&box)
{
    box = new QGroupBox;
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

void JobOverviewTab::addRow(QFormLayout *form, Field field)
{
    Row &row = m_rows[field];
    row.title = new QLabel;
    row.value = new QLabel;
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.value->setWordWrap(true);
    form->addRow(row.title, row.value);
}

void JobOverviewTab::setJob(const ExportJob &job, qint64 nowMs)
{
    if (!m_hasJob || job.id != m_job.id)
        m_cancelling = false;
    m_job = job;
    m_hasJob = true;
    m_nowMs = nowMs;
    if (job.isTerminal())
        m_cancelling = false;
    updateValues();
}

void JobOverviewTab::clear()
{
    m_job = ExportJob();
    m_hasJob = false;
    m_cancelling = false;
    updateValues();
}

void JobOverviewTab::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    updateElapsed();
}

void JobOverviewTab::setCancelling(bool cancelling)
{
    if (m_cancelling == cancelling)
        return;
    m_cancelling = cancelling && m_hasJob && !m_job.isTerminal();
    updateStatus();
}

void JobOverviewTab::setSegmentNames(const QHash<QString, QString> &names)
{
    m_segmentNames = names;
    updateSegments();
}

void JobOverviewTab::setDatasetNames(const QHash<QString, QString> &names)
{
    m_datasetNames = names;
    updateValues();
}

void JobOverviewTab::setMergePolicyNames(const QHash<QString, QString> &names)
{
    m_mergePolicyNames = names;
    updateValues();
}

QString JobOverviewTab::fieldText(Field field) const
{
    return m_rows[field].value ? m_rows[field].value->text() : QString();
}

QString JobOverviewTab::fieldToolTip(Field field) const
{
    return m_rows[field].value ? m_rows[field].value->toolTip() : QString();
}

QString JobOverviewTab::statusText() const
{
    return m_status->text();
}

void JobOverviewTab::setValue(Field field, const QString &text, const QString &toolTip)
{
    QLabel *label = m_rows[field].value;
    const QString shown = text.isEmpty() ? tr("—", "an absent value") : text;
    if (label->text() != shown)
        label->setText(shown);
    label->setToolTip(toolTip);
}

void JobOverviewTab::setTime(Field field, std::optional<qint64> epochMs)
{
    if (!epochMs || *epochMs <= 0) {
        setValue(field, {});
        return;
    }
    setValue(field, JobText::localDateTimeSeconds(*epochMs), JobText::utcDateTime(*epochMs));
}

void JobOverviewTab::updateValues()
{
    updateStatus();
    const ExportJob &job = m_job;
    setValue(JobId, m_hasJob ? QString::number(job.id) : QString());
    setValue(RequestId, job.requestId.value_or(QString()));
    const QString datasetId = job.datasetId();
    const QString datasetName = m_datasetNames.value(datasetId);
    setValue(Dataset,
             datasetName.isEmpty() || datasetId.isEmpty()
                     ? datasetId
                     : tr("%1 (%2)", "dataset name (dataset id)").arg(datasetName, datasetId));
    QString mergePolicy;
    if (job.mergePolicy && job.mergePolicy->id) {
        const QString &id = *job.mergePolicy->id;
        const QString name = m_mergePolicyNames.value(id);
        const QString policy = name.isEmpty()
                ? id
                : tr("%1 (%2)", "merge policy name (merge policy id)").arg(name, id);
        mergePolicy = job.mergePolicy->version
                ? tr("%1, version %2", "merge policy, version")
                          .arg(policy, QString::number(*job.mergePolicy->version))
                : tr("%1, latest version", "merge policy").arg(policy);
    } else if (m_hasJob) {
        mergePolicy = tr("Default merge policy");
    }
    setValue(MergePolicy, mergePolicy);
    setValue(ProfileInstance, job.profileInstanceId.value_or(QString()));
    setValue(JobType, job.jobType.value_or(QString()));

    const JobMetrics metrics = job.metrics.value_or(JobMetrics());
    setTime(Created, job.creationTime);
    setTime(Updated, job.updateTime);
    setTime(Started,
            metrics.profileExportTime ? metrics.profileExportTime->startTimeInMs : std::nullopt);
    setTime(Finished, metrics.totalTime ? metrics.totalTime->endTimeInMs : std::nullopt);
    updateElapsed();

    const ComputeGatewayJobId compute = job.computeGatewayJobId.value_or(ComputeGatewayJobId());
    setValue(ComputeExportJob, compute.exportJob.value_or(QString()));
    setValue(ComputePushJob, compute.pushJob.value_or(QString()));
    setValue(TotalProfiles,
             metrics.totalExportedProfileCounter
                     ? JobText::count(*metrics.totalExportedProfileCounter)
                     : QString());
    updateSegments();
    updateCounters();
}

void JobOverviewTab::updateStatus()
{
    const bool active = m_hasJob && !m_job.isTerminal();
    m_cancel->setVisible(active);
    m_cancel->setEnabled(active && !m_cancelling);
    m_clone->setEnabled(m_hasJob);
    if (!m_hasJob) {
        m_status->clear();
        m_statusIcon->clear();
        m_heading->clear();
        return;
    }
    const StatusStyle::Mark mark
            = m_cancelling ? StatusStyle::Mark::Cancelling : StatusStyle::Mark::None;
    const QString text = m_cancelling
            ? tr("Cancelling…", "export job status while a cancel is pending")
            : jobStatusDisplayName(m_job.status(), m_job.statusText());
    m_status->setText(text);
    m_status->setToolTip(m_job.statusText());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     StatusStyle::color(m_job.status(), mark, this->palette()));
    m_status->setPalette(palette);
    const int size = m_status->fontMetrics().height() + 4;
    m_statusIcon->setPixmap(m_style.icon(m_job.status(), mark).pixmap(size, size));
    m_heading->setText(tr("Export job %1", "heading of the detail pane").arg(m_job.id));
}

void JobOverviewTab::updateElapsed()
{
    const QString title = m_hasJob && !m_job.isTerminal()
            ? tr("Elapsed:", "export job time running so far")
            : tr("Duration:", "export job total time");
    if (m_rows[Elapsed].title->text() != title)
        m_rows[Elapsed].title->setText(title);
    if (!m_hasJob) {
        setValue(Elapsed, {});
        return;
    }
    const qint64 ms = jobDurationMs(m_job, m_nowMs);
    setValue(Elapsed, JobText::duration(ms));
}

void JobOverviewTab::updateSegments()
{
    QList<QStringList> rows;
    const auto nameOf = [this](const QString &id) {
        return JobText::nameOrId(m_segmentNames.value(id), id);
    };
    const auto namespaceOf = [this](const std::optional<QString> &ns) {
        return ns ? *ns : tr("ups (default)", "segment namespace the platform assumes");
    };
    const auto statusesOf = [this](const std::optional<QStringList> &statuses) {
        return statuses ? statuses->join(u", "_s)
                        : tr("realized, existing (default)",
                             "segment membership statuses the platform assumes");
    };
    if (m_job.filter && m_job.filter->segments && !m_job.filter->segments->isEmpty()) {
        for (const SegmentFilter &s : *m_job.filter->segments) {
            const QString id = s.segmentId.value_or(QString());
            rows.append({nameOf(id), namespaceOf(s.segmentNs), statusesOf(s.status)});
        }
    } else if (m_job.destination && m_job.destination->batches) {
        for (const BatchRef &b : *m_job.destination->batches) {
            const QString id = b.segmentId.value_or(QString());
            rows.append({nameOf(id), namespaceOf(b.segmentNs), statusesOf(b.status)});
        }
    } else if (m_hasJob) {
        rows.append({tr("Every profile", "an export job without a segment filter"), QString(),
                     QString()});
    }
    fillTable(m_segments, rows);
    for (int r = 0; r < m_segments->topLevelItemCount(); ++r) {
        QTreeWidgetItem *item = m_segments->topLevelItem(r);
        const QStringList ids = m_job.segmentIds();
        if (r < ids.size())
            item->setToolTip(0, ids[r]);
    }
}

void JobOverviewTab::updateCounters()
{
    QList<QStringList> rows;
    const JobMetrics metrics = m_job.metrics.value_or(JobMetrics());
    if (metrics.exportedProfileByNamespaceCounter) {
        const auto &counters = *metrics.exportedProfileByNamespaceCounter;
        for (auto it = counters.cbegin(); it != counters.cend(); ++it)
            rows.append({it.key(), JobText::count(it.value())});
    }
    fillTable(m_counters, rows);
    for (int r = 0; r < m_counters->topLevelItemCount(); ++r)
        m_counters->topLevelItem(r)->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_counters->setVisible(!rows.isEmpty());
}

void JobOverviewTab::retranslateUi()
{
    m_cancel->setText(tr("Cancel job…"));
    m_cancel->setToolTip(tr("Ask the platform to stop this export job"));
    m_clone->setText(tr("Clone…", "clone an export job"));
    m_clone->setToolTip(tr("Create a new export job with this job's settings"));
    m_jobBox->setTitle(tr("Job", "overview section"));
    m_timesBox->setTitle(tr("Times", "overview section"));
    m_segmentsBox->setTitle(tr("Segments", "overview section"));
    m_profilesBox->setTitle(tr("Exported profiles", "overview section"));
    m_computeBox->setTitle(tr("Compute jobs", "overview section: computeGatewayJobId"));
    const std::array<QString, FieldCount> titles = {
            tr("Job ID:"),
            tr("Request ID:"),
            tr("Dataset:", "destination dataset"),
            tr("Merge policy:"),
            tr("Profile instance:"),
            tr("Job type:"),
            tr("Created:", "export job time"),
            tr("Last update:", "export job time"),
            tr("Started:", "export job time: processing began"),
            tr("Finished:", "export job time"),
            QString(), // set by updateElapsed(): it depends on the job's state
            tr("Export job:", "compute gateway export job id"),
            tr("Push job:", "compute gateway push job id"),
            tr("Total:", "exported profiles"),
    };
    for (int f = 0; f < FieldCount; ++f) {
        if (m_rows[f].title && f != Elapsed)
            m_rows[f].title->setText(titles[f]);
    }
    m_segments->setHeaderLabels({tr("Segment", "overview segments column"),
                                 tr("Namespace", "overview segments column"),
                                 tr("Membership", "overview segments column: statuses")});
    m_counters->setHeaderLabels({tr("Namespace", "overview profiles column"),
                                 tr("Profiles", "overview profiles column")});
    updateValues();
}

void JobOverviewTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateStatus();
    QWidget::changeEvent(event);
}
