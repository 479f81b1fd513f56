#pragma once

#include "api/JobError.h"

#include <QAbstractTableModel>
#include <QList>

class ExportJob;

// A failed job's errors[]: code, message, call stack, and for each a plain-language hint of
// what went wrong and what to do about it.
class JobErrorsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobErrorsModel)

public:
    enum Column { Code, Message, CallStack, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        HintRole = Qt::UserRole + 1, // QString, translated
        KindRole, // int(Kind)
    };
    Q_ENUM(Role)

    // The failures the hints know.
    enum class Kind {
        WriteFailure, // 0090000009: the profiles could not be written to the output path
        DatasetGone, // the destination dataset was deleted while the job ran
        NotUnionSchema, // the destination dataset is not on the profile union schema
        SparkAborted, // "Job aborted.": the processing cluster stopped the job
        Interrupted, // the platform stopped while the job was running
        Unknown,
    };
    Q_ENUM(Kind)

    explicit JobErrorsModel(QObject *parent = nullptr);

    void setJob(const ExportJob &job);
    void setErrors(const QList<JobError> &errors);
    const QList<JobError> &errors() const { return m_errors; }

    static Kind classify(const JobError &error);
    static QString hint(Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JobError> m_errors;
};
