#include "JobFilterBar.h"

#include "models/JobTableModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

namespace {

using StatusFilter = JobFilterModel::StatusFilter;

const QString kStatusKey = QStringLiteral("filters/status");
const QString kSearchKey = QStringLiteral("filters/search");
const QString kRangeKey = QStringLiteral("filters/createdRange");
const QString kFromKey = QStringLiteral("filters/createdFrom");
const QString kToKey = QStringLiteral("filters/createdTo");

int chipIndex(StatusFilter status)
{
    return int(status);
}

} // namespace

JobFilterBar::JobFilterBar(JobFilterModel *filter, JobTableModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_jobs(jobs)
    , m_group(new QButtonGroup(this))
    , m_search(new QLineEdit(this))
    , m_rangeLabel(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(this))
    , m_to(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_group->setExclusive(true);
    for (int i = 0; i < chipCount; ++i) {
        auto *chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setObjectName(QStringLiteral("statusChip%1").arg(i));
        m_group->addButton(chip, i);
        layout->addWidget(chip);
        m_chips[size_t(i)] = chip;
    }
    m_chips[0]->setChecked(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_filter->setStatusFilter(StatusFilter(id));
    });

    layout->addSpacing(8);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 14);
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &JobFilterModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_filter, &JobFilterModel::applySearchNow);

    layout->addSpacing(8);
    layout->addWidget(m_rangeLabel);
    m_rangeLabel->setBuddy(m_range);
    for (int i = 0; i <= int(DateRange::Custom); ++i)
        m_range->addItem(QString(), i);
    layout->addWidget(m_range);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &JobFilterBar::applyDateRange);
    }
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_dash->setText(QStringLiteral("–")); // untranslated: a range dash
    m_dash->setVisible(false);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    connect(m_range, &QComboBox::currentIndexChanged, this, &JobFilterBar::applyDateRange);

    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(150);
    connect(&m_countTimer, &QTimer::timeout, this, &JobFilterBar::recount);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_jobs, signal, this, &JobFilterBar::scheduleCount);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &JobFilterBar::scheduleCount);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(JobTableModel::StatusRole))
                    scheduleCount();
            });
    m_rollTimer.setInterval(60000);
    connect(&m_rollTimer, &QTimer::timeout, this, &JobFilterBar::applyDateRange);

    retranslateUi();
    recount();
}

JobFilterBar::~JobFilterBar() = default;

QToolButton *JobFilterBar::chip(StatusFilter status) const
{
    return m_chips[size_t(chipIndex(status))];
}

int JobFilterBar::count(StatusFilter status) const
{
    return m_counts[size_t(chipIndex(status))];
}

void JobFilterBar::scheduleCount()
{
    if (!m_countTimer.isActive())
        m_countTimer.start();
}

void JobFilterBar::recount()
{
    m_counts.fill(0);
    const int rows = m_jobs->jobCount();
    for (int row = 0; row < rows; ++row) {
        const ExportJob *job = m_jobs->jobAt(row);
        switch (job->status()) {
        case JobStatus::Succeeded:
            ++m_counts[size_t(chipIndex(StatusFilter::Succeeded))];
            break;
        case JobStatus::Failed:
            ++m_counts[size_t(chipIndex(StatusFilter::Failed))];
            break;
        case JobStatus::Cancelled:
            ++m_counts[size_t(chipIndex(StatusFilter::Cancelled))];
            break;
        case JobStatus::New:
        case JobStatus::Processing:
        case JobStatus::Unknown:
            ++m_counts[size_t(chipIndex(StatusFilter::Active))];
            break;
        }
    }
    m_counts[size_t(chipIndex(StatusFilter::All))] = rows;
    retranslateUi();
}

void JobFilterBar::setDateRange(DateRange range, const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    const QSignalBlocker blockRange(m_range);
    m_range->setCurrentIndex(int(range));
    applyDateRange();
}

JobFilterBar::DateRange JobFilterBar::dateRange() const
{
    return DateRange(m_range->currentIndex());
}

void JobFilterBar::applyDateRange()
{
    const DateRange range = dateRange();
    const bool custom = range == DateRange::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime from;
    QDateTime to;
    switch (range) {
    case DateRange::AnyTime:
        break;
    case DateRange::Last24Hours:
        from = now.addDays(-1);
        break;
    case DateRange::Last7Days:
        from = now.addDays(-7);
        break;
    case DateRange::Last30Days:
        from = now.addDays(-30);
        break;
    case DateRange::Custom:
        // Whole local days, both included.
        from = m_from->date().startOfDay();
        to = m_to->date().endOfDay();
        break;
    }
    m_filter->setCreatedRange(from, to);
    if (range == DateRange::AnyTime || custom)
        m_rollTimer.stop();
    else if (!m_rollTimer.isActive())
        m_rollTimer.start();
}

void JobFilterBar::clear()
{
    m_chips[0]->setChecked(true);
    m_search->clear();
    m_filter->applySearchNow();
    setDateRange(DateRange::AnyTime);
}

void JobFilterBar::saveState(QSettings *settings) const
{
    settings->setValue(kStatusKey, m_group->checkedId());
    settings->setValue(kSearchKey, m_search->text());
    settings->setValue(kRangeKey, int(dateRange()));
    settings->setValue(kFromKey, m_from->date());
    settings->setValue(kToKey, m_to->date());
}

void JobFilterBar::restoreState(QSettings *settings)
{
    const int status = settings->value(kStatusKey, 0).toInt();
    if (status >= 0 && status < chipCount)
        m_chips[size_t(status)]->setChecked(true);
    m_search->setText(settings->value(kSearchKey).toString());
    m_filter->applySearchNow();
    const int range = settings->value(kRangeKey, 0).toInt();
    if (range >= 0 && range <= int(DateRange::Custom))
        setDateRange(DateRange(range), settings->value(kFromKey).toDate(),
                     settings->value(kToKey).toDate());
}

void JobFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JobFilterBar::retranslateUi()
{
    const auto countOf = [this](StatusFilter s) {
        return count(s);
    };
    chip(StatusFilter::All)
            ->setText(tr("All (%1)", "status chip: every job").arg(countOf(StatusFilter::All)));
    chip(StatusFilter::Active)
            ->setText(tr("Active (%1)", "status chip: jobs not ended")
                              .arg(countOf(StatusFilter::Active)));
    chip(StatusFilter::Succeeded)
            ->setText(tr("Succeeded (%1)", "status chip").arg(countOf(StatusFilter::Succeeded)));
    chip(StatusFilter::Failed)
            ->setText(tr("Failed (%1)", "status chip").arg(countOf(StatusFilter::Failed)));
    chip(StatusFilter::Cancelled)
            ->setText(tr("Cancelled (%1)", "status chip").arg(countOf(StatusFilter::Cancelled)));
    chip(StatusFilter::All)->setToolTip(tr("Show every job of this sandbox"));
    chip(StatusFilter::Active)->setToolTip(tr("Show jobs that are new or processing"));
    chip(StatusFilter::Succeeded)->setToolTip(tr("Show jobs that succeeded"));
    chip(StatusFilter::Failed)->setToolTip(tr("Show jobs that failed"));
    chip(StatusFilter::Cancelled)->setToolTip(tr("Show jobs that were cancelled"));

    m_search->setPlaceholderText(tr("Search ID, segment, dataset, request ID, error…"));
    m_search->setToolTip(tr("Filters the jobs as you type; Enter applies it at once"));
    m_rangeLabel->setText(tr("C&reated:", "filter: creation date range"));
    m_range->setItemText(int(DateRange::AnyTime), tr("Any time"));
    m_range->setItemText(int(DateRange::Last24Hours), tr("Last 24 hours"));
    m_range->setItemText(int(DateRange::Last7Days), tr("Last 7 days"));
    m_range->setItemText(int(DateRange::Last30Days), tr("Last 30 days"));
    m_range->setItemText(int(DateRange::Custom), tr("Between dates"));
    m_from->setToolTip(tr("First day, included"));
    m_to->setToolTip(tr("Last day, included"));
}
