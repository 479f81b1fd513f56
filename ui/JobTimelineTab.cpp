#include "JobTimelineTab.h"

#include "JobTimelineView.h"
#include "models/JobPhasesModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

JobTimelineTab::JobTimelineTab(QWidget *parent)
    : QWidget(parent)
{
    m_phases = new JobPhasesModel(this);
    m_view = new JobTimelineView;
    m_table = new QTableView;
    m_table->setModel(m_phases);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget;
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
    clear();
}

void JobTimelineTab::setJob(const ExportJob &job, qint64 nowMs)
{
    m_job = job;
    m_hasJob = true;
    m_phases->setJob(job, nowMs);
    showSpans(nowMs);
}

void JobTimelineTab::clear()
{
    m_job = ExportJob();
    m_hasJob = false;
    m_phases->clear();
    m_view->clear();
    m_stack->setCurrentWidget(m_empty);
}

void JobTimelineTab::tick(qint64 nowMs)
{
    if (!m_hasJob)
        return;
    m_phases->tick(nowMs);
    showSpans(nowMs);
}

bool JobTimelineTab::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void JobTimelineTab::showSpans(qint64 nowMs)
{
    // The model holds the spans of the job as of nowMs: the chart draws the same ones.
    const QList<PhaseSpan> &spans = m_phases->spans();
    m_view->setSpans(spans, nowMs);
    m_stack->setCurrentIndex(spans.isEmpty() ? 1 : 0);
}

void JobTimelineTab::retranslateUi()
{
    m_empty->setText(tr("The platform has not reported any timing for this job yet."));
}

void JobTimelineTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
