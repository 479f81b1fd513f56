#include "JobErrorsModel.h"

#include "api/ExportJob.h"

using namespace Qt::StringLiterals;

JobErrorsModel::JobErrorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobErrorsModel::setJob(const ExportJob &job)
{
    setErrors(job.errors.value_or(QList<JobError>()));
}

void JobErrorsModel::setErrors(const QList<JobError> &errors)
{
    if (errors == m_errors)
        return;
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

JobErrorsModel::Kind JobErrorsModel::classify(const JobError &error)
{
    const QString code = error.code.value_or(QString());
    const QString msg = error.msg.value_or(QString());
    const QString stack = error.callStack.value_or(QString());
    if (code == u"0090000010" || msg.contains(u"was interrupted", Qt::CaseInsensitive)
        || stack.contains(u"JobInterrupted"))
        return Kind::Interrupted;
    if (msg.contains(u"union schema", Qt::CaseInsensitive)
        || msg.contains(u"profile__union", Qt::CaseInsensitive))
        return Kind::NotUnionSchema;
    if (code == u"0090000009") {
        if (msg.contains(u"was deleted", Qt::CaseInsensitive)
            || msg.contains(u"does not exist", Qt::CaseInsensitive))
            return Kind::DatasetGone;
        return Kind::WriteFailure;
    }
    if (msg.trimmed().compare(u"Job aborted."_s, Qt::CaseInsensitive) == 0
        || stack.contains(u"SparkException"))
        return Kind::SparkAborted;
    return Kind::Unknown;
}

QString JobErrorsModel::hint(Kind kind)
{
    switch (kind) {
    case Kind::WriteFailure:
        return tr("The platform could not write the exported profiles to the destination "
                  "dataset's storage. Check that the dataset still exists and accepts data, "
                  "then run the export again.");
    case Kind::DatasetGone:
        return tr("The destination dataset was deleted while the job was running. Create or "
                  "choose another dataset on the profile union schema and run the export "
                  "again.");
    case Kind::NotUnionSchema:
        return tr("The destination dataset is not based on the profile union schema, so "
                  "profiles cannot be written to it. Choose a dataset on the profile union "
                  "schema.");
    case Kind::SparkAborted:
        return tr("The platform's processing cluster stopped the job, usually after another "
                  "error listed here. Fix that error first; if none is listed, run the export "
                  "again later.");
    case Kind::Interrupted:
        return tr("The platform stopped while the job was running, so the job ended "
                  "unfinished. Nothing was written; run the export again.");
    case Kind::Unknown:
        break;
    }
    return tr("The platform reported an error this version does not recognise. The message "
              "and call stack may explain it; quote the job id and request id when asking the "
              "platform's support.");
}

int JobErrorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int JobErrorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobErrorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_errors.size() || index.column() >= ColumnCount)
        return {};
    const JobError &error = m_errors[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Code:
            return error.code.value_or(QString());
        case Message:
            return error.msg.value_or(QString());
        case CallStack:
            return error.callStack.value_or(QString());
        case ColumnCount:
            break;
        }
        return {};
    case HintRole:
        return hint(classify(error));
    case KindRole:
        return int(classify(error));
    default:
        return {};
    }
}

QVariant JobErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code", "job error column");
    case Message:
        return tr("Message", "job error column");
    case CallStack:
        return tr("Call stack", "job error column");
    case ColumnCount:
        break;
    }
    return {};
}
