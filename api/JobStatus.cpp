#include "JobStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

JobStatus jobStatusFromText(QStringView text)
{
    // Exact platform spellings first: they are nearly every job, and cheaper than folding case.
    static constexpr struct
    {
        QStringView text;
        JobStatus status;
    } known[] = {
            {u"SUCCEEDED", JobStatus::Succeeded},
            {u"PROCESSING", JobStatus::Processing},
            {u"NEW", JobStatus::New},
            {u"FAILED", JobStatus::Failed},
            {u"CANCELLED", JobStatus::Cancelled},
            {u"CANCELED", JobStatus::Cancelled},
    };
    for (const auto &entry : known) {
        if (text == entry.text)
            return entry.status;
    }
    for (const auto &entry : known) {
        if (text.compare(entry.text, Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return JobStatus::Unknown;
}

QString jobStatusText(JobStatus status)
{
    switch (status) {
    case JobStatus::New:
        return u"NEW"_s;
    case JobStatus::Processing:
        return u"PROCESSING"_s;
    case JobStatus::Succeeded:
        return u"SUCCEEDED"_s;
    case JobStatus::Failed:
        return u"FAILED"_s;
    case JobStatus::Cancelled:
        return u"CANCELLED"_s;
    case JobStatus::Unknown:
        break;
    }
    return {};
}

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed
            || status == JobStatus::Cancelled;
}

QString jobStatusDisplayName(JobStatus status, const QString &rawText)
{
    switch (status) {
    case JobStatus::New:
        return QCoreApplication::translate("JobStatus", "New", "export job status");
    case JobStatus::Processing:
        return QCoreApplication::translate("JobStatus", "Processing", "export job status");
    case JobStatus::Succeeded:
        return QCoreApplication::translate("JobStatus", "Succeeded", "export job status");
    case JobStatus::Failed:
        return QCoreApplication::translate("JobStatus", "Failed", "export job status");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("JobStatus", "Cancelled", "export job status");
    case JobStatus::Unknown:
        break;
    }
    return rawText;
}
