#pragma once

#include <QString>
#include <QStringView>

// The state of an export job as the platform reports it. The raw text always travels with it
// (ExportJob::statusText()): a status this client does not know is Unknown, shown verbatim,
// never terminal, and polled on.
enum class JobStatus {
    New,
    Processing,
    Succeeded,
    Failed,
    Cancelled,
    Unknown,
};

// Case-insensitive; "CANCELLED" and "CANCELED" are both Cancelled. A misspelling such as
// "SUCEEDED" is Unknown: guessing would report an export as done when it is not.
JobStatus jobStatusFromText(QStringView text);

// The platform's spelling: "NEW", "PROCESSING", "SUCCEEDED", "FAILED", "CANCELLED"; empty for
// Unknown.
QString jobStatusText(JobStatus status);

// Only Succeeded, Failed and Cancelled end a job.
bool isTerminal(JobStatus status);

// The translated name for the user; an Unknown status shows its raw text.
QString jobStatusDisplayName(JobStatus status, const QString &rawText);
