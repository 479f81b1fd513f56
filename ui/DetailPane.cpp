#include "DetailPane.h"

#include "JobErrorsTab.h"
#include "JobOutputTab.h"
#include "JobOverviewTab.h"
#include "JobRequestTab.h"
#include "JobTimelineTab.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

DetailPane::DetailPane(PlatformClient *client, QWidget *parent)
    : QWidget(parent)
{
    m_overview = new JobOverviewTab;
    m_timeline = new JobTimelineTab;
    m_errors = new JobErrorsTab;
    m_output = new JobOutputTab(client);
    m_request = new JobRequestTab;
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_errors, QString());
    m_tabs->addTab(m_output, QString());
    m_tabs->addTab(m_request, QString());

    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Elapsed times and open phases move on once a second while the job runs.
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &DetailPane::tick);

    connect(m_overview, &JobOverviewTab::cancelRequested, this, &DetailPane::cancelRequested);
    connect(m_overview, &JobOverviewTab::cloneRequested, this, [this](qint64 id) {
        if (m_hasJob && m_job.id == id)
            emit cloneRequested(m_job);
    });
    retranslateUi();
    clear();
}

DetailPane::~DetailPane() = default;

void DetailPane::setClock(Clock clock)
{
    m_clock = clock;
}

qint64 DetailPane::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void DetailPane::setContext(const Connection &connection)
{
    m_errors->setContext(connection);
    m_request->setContext(connection);
}

void DetailPane::setJob(const ExportJob &job)
{
    const bool another = !m_hasJob || job.id != m_job.id;
    m_job = job;
    m_hasJob = true;
    const qint64 nowMs = now();
    m_overview->setJob(job, nowMs);
    m_timeline->setJob(job, nowMs);
    m_errors->setJob(job);
    m_output->setJob(job);
    m_request->setJob(job);
    m_stack->setCurrentWidget(m_tabs);
    if (another && job.errorCount() > 0 && m_tabs->currentWidget() == m_overview)
        m_tabs->setCurrentWidget(m_errors); // what a person opens a failed job for
    retranslateUi();
    if (job.isTerminal())
        m_ticker->stop();
    else if (!m_ticker->isActive())
        m_ticker->start();
}

void DetailPane::clear()
{
    m_job = ExportJob();
    m_hasJob = false;
    m_ticker->stop();
    m_overview->clear();
    m_timeline->clear();
    m_errors->clear();
    m_output->clear();
    m_request->clear();
    m_stack->setCurrentWidget(m_placeholder);
    retranslateUi();
}

void DetailPane::setSegmentNames(const QHash<QString, QString> &names)
{
    m_overview->setSegmentNames(names);
    m_output->setSegmentNames(names);
}

void DetailPane::setMergePolicyNames(const QHash<QString, QString> &names)
{
    m_overview->setMergePolicyNames(names);
}

void DetailPane::setDatasetNames(const QHash<QString, QString> &names)
{
    m_overview->setDatasetNames(names);
}

void DetailPane::setCancelling(bool cancelling)
{
    m_overview->setCancelling(cancelling);
}

void DetailPane::tick()
{
    if (!m_hasJob || m_job.isTerminal()) {
        m_ticker->stop();
        return;
    }
    const qint64 nowMs = now();
    m_overview->tick(nowMs);
    m_timeline->tick(nowMs);
}

void DetailPane::retranslateUi()
{
    m_placeholder->setText(tr("Select an export job to see its details."));
    m_tabs->setTabText(Overview, tr("Overview", "detail tab"));
    m_tabs->setTabText(Timeline, tr("Timeline", "detail tab"));
    const qsizetype errors = m_hasJob ? m_job.errorCount() : 0;
    m_tabs->setTabText(
            Errors,
            errors > 0 ? tr("Errors (%1)", "detail tab with the number of errors").arg(errors)
                       : tr("Errors", "detail tab"));
    m_tabs->setTabText(Output, tr("Output", "detail tab"));
    m_tabs->setTabText(Request, tr("Request", "detail tab"));
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
