#pragma once

#include "PhaseSpan.h"

#include <QAbstractTableModel>
#include <QList>

// The phases of one job as a table: phase, start, end, duration. Open phases grow with tick().
class JobPhasesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPhasesModel)

public:
    enum Column { Phase, Start, End, Duration, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        PhaseRole = Qt::UserRole + 1, // int(PhaseSpan::Phase)
        StartMsRole, // qint64, epoch ms
        EndMsRole,
        DurationMsRole,
        OpenRole, // bool: still running
    };
    Q_ENUM(Role)

    explicit JobPhasesModel(QObject *parent = nullptr);

    // Shows `job` as of `nowMs`. Another job resets the model; the same job updates it.
    void setJob(const ExportJob &job, qint64 nowMs);
    void clear();
    // Moves the end of open phases to `nowMs`.
    void tick(qint64 nowMs);

    qint64 jobId() const { return m_jobId; }
    const QList<PhaseSpan> &spans() const { return m_spans; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void update(const QList<PhaseSpan> &spans);

    ExportJob m_job;
    qint64 m_jobId = -1;
    QList<PhaseSpan> m_spans;
};
