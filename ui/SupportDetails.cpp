#include "SupportDetails.h"

#include "models/JobText.h"

using namespace Qt::StringLiterals;

QString SupportDetails::text(const ExportJob &job, const Connection &connection)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + u' ' + value;
    };
    const auto time = [](std::optional<qint64> ms) {
        return ms && *ms > 0 ? JobText::utcDateTime(*ms) : QString();
    };
    add(tr("Export job ID:"), QString::number(job.id));
    add(tr("Status:", "support details"), job.statusText());
    add(tr("Request ID:"), job.requestId.value_or(QString()));
    const ComputeGatewayJobId compute = job.computeGatewayJobId.value_or(ComputeGatewayJobId());
    add(tr("Compute export job ID:"), compute.exportJob.value_or(QString()));
    add(tr("Compute push job ID:"), compute.pushJob.value_or(QString()));
    add(tr("Organization ID:"), job.imsOrgId.value_or(connection.orgId));
    add(tr("Sandbox:"), connection.sandbox);
    add(tr("Platform:"), connection.baseUrl.toString(QUrl::RemoveUserInfo));
    add(tr("Dataset ID:"), job.datasetId());
    add(tr("Batch IDs:"), job.batchIds().join(u", "_s));
    const JobMetrics metrics = job.metrics.value_or(JobMetrics());
    add(tr("Created:", "support details"), time(job.creationTime));
    add(tr("Processing started:", "support details"),
        time(metrics.profileExportTime ? metrics.profileExportTime->startTimeInMs : std::nullopt));
    add(tr("Finished:", "support details"),
        time(metrics.totalTime ? metrics.totalTime->endTimeInMs : std::nullopt));
    add(tr("Last update:", "support details"), time(job.updateTime));
    const QList<JobError> errors = job.errors.value_or(QList<JobError>());
    if (!errors.isEmpty()) {
        lines << tr("Errors:", "support details");
        for (qsizetype i = 0; i < errors.size(); ++i) {
            const JobError &e = errors[i];
            lines << u"  %1. [%2] %3"_s.arg(i + 1).arg(e.code.value_or(QString()),
                                                       e.msg.value_or(QString()));
            if (e.callStack && !e.callStack->isEmpty()) {
                const QStringList stack = e.callStack->split(u'\n');
                for (const QString &frame : stack)
                    lines << u"     " + frame;
            }
        }
    }
    add(tr("Reported by:"),
        u"Export Studio "_s + QCoreApplication::applicationVersion()); // untranslated: product name
    return lines.join(u'\n') + u'\n';
}
