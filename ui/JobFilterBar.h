#pragma once

#include "models/JobFilterModel.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <array>

class JobTableModel;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;

// Above the jobs table: status chips with their counts (All, Active, Succeeded, Failed,
// Cancelled), a search field the proxy applies after a pause in typing, and a range of
// creation dates. It drives a JobFilterModel; the counts are of every job of the sandbox.
class JobFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterBar)

public:
    enum class DateRange {
        AnyTime,
        Last24Hours,
        Last7Days,
        Last30Days,
        Custom,
    };
    Q_ENUM(DateRange)

    static constexpr int chipCount = 5;

    // `filter` and `jobs` must outlive the bar.
    JobFilterBar(JobFilterModel *filter, JobTableModel *jobs, QWidget *parent = nullptr);
    ~JobFilterBar() override;

    QToolButton *chip(JobFilterModel::StatusFilter status) const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *dateRangeBox() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    // The number of jobs a chip counts, as last shown.
    int count(JobFilterModel::StatusFilter status) const;

    void setDateRange(DateRange range, const QDate &from = {}, const QDate &to = {});
    DateRange dateRange() const;
    // Back to every job.
    void clear();

    void saveState(QSettings *settings) const;
    void restoreState(QSettings *settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleCount();
    void recount();
    void applyDateRange();
    void retranslateUi();

    JobFilterModel *m_filter;
    JobTableModel *m_jobs;
    std::array<QToolButton *, chipCount> m_chips{};
    std::array<int, chipCount> m_counts{};
    QButtonGroup *m_group;
    QLineEdit *m_search;
    QLabel *m_rangeLabel;
    QComboBox *m_range;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    QTimer m_countTimer;
    QTimer m_rollTimer; // moves a relative range ("last 7 days") along with the clock
};
