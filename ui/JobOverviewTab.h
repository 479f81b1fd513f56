#pragma once

#include "api/ExportJob.h"
#include "models/StatusStyle.h"

#include <QHash>
#include <QWidget>

#include <array>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;

// What a job is and where it stands: status, ids, dataset, merge policy, segments, profile
// counters, times (local, UTC on hover), the elapsed time of a running job, the compute jobs
// behind it, and the Cancel and Clone buttons.
class JobOverviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOverviewTab)

public:
    enum Field {
        JobId,
        RequestId,
        Dataset,
        MergePolicy,
        ProfileInstance,
        JobType,
        Created,
        Updated,
        Started,
        Finished,
        Elapsed,
        ComputeExportJob,
        ComputePushJob,
        TotalProfiles,
        FieldCount
    };
    Q_ENUM(Field)

    explicit JobOverviewTab(QWidget *parent = nullptr);

    void setJob(const ExportJob &job, qint64 nowMs);
    void clear();
    // The elapsed time of a running job, as of `nowMs`.
    void tick(qint64 nowMs);
    void setCancelling(bool cancelling);
    bool isCancelling() const { return m_cancelling; }
    void setSegmentNames(const QHash<QString, QString> &names);
    void setDatasetNames(const QHash<QString, QString> &names);
    void setMergePolicyNames(const QHash<QString, QString> &names);

    // What a person reads, for tests.
    QString fieldText(Field field) const;
    QString fieldToolTip(Field field) const;
    QString statusText() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *cloneButton() const { return m_clone; }
    QTreeWidget *segmentsTree() const { return m_segments; }
    QTreeWidget *countersTree() const { return m_counters; }
    QScrollArea *scrollArea() const { return m_scroll; }

signals:
    void cancelRequested(qint64 jobId);
    void cloneRequested(qint64 jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
    };

    QFormLayout *addSection(QGroupBox *&box);
    void addRow(QFormLayout *form, Field field);
    void retranslateUi();
    void updateValues();
    void updateStatus();
    void updateElapsed();
    void updateSegments();
    void updateCounters();
    void setValue(Field field, const QString &text, const QString &toolTip = {});
    void setTime(Field field, std::optional<qint64> epochMs);

    ExportJob m_job;
    bool m_hasJob = false;
    bool m_cancelling = false;
    qint64 m_nowMs = 0;
    QHash<QString, QString> m_segmentNames;
    QHash<QString, QString> m_datasetNames;
    QHash<QString, QString> m_mergePolicyNames;
    StatusStyle m_style;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_clone = nullptr;
    QGroupBox *m_jobBox = nullptr;
    QGroupBox *m_timesBox = nullptr;
    QGroupBox *m_segmentsBox = nullptr;
    QGroupBox *m_profilesBox = nullptr;
    QGroupBox *m_computeBox = nullptr;
    QTreeWidget *m_segments = nullptr;
    QTreeWidget *m_counters = nullptr;
    std::array<Row, FieldCount> m_rows{};
};
