#include "api/ExportJob.h"

#include "api/ExportJobRequest.h"
#include "tests/fuzz/FuzzChecks.h"

// ExportJob::decode and fromJson: whatever a job body holds, toJson() writes back exactly what
// came, a second decode gives the same job, and no refresh would see a change in it.
FUZZ_TARGET(exportjob)
{
    const DecodeResult<ExportJob> decoded = ExportJob::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!decoded) {
        FUZZ_EXPECT(!decoded.error().isEmpty());
        if (object)
            FUZZ_EXPECT(!ExportJob::fromJson(*object));
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const ExportJob &job = decoded.value();

    const QJsonObject written = job.toJson();
    FUZZ_EXPECT_DETAIL(written == *object,
                       Fuzz::compact(*object) + "\nwrote\n" + Fuzz::compact(written));
    const auto again = ExportJob::fromJson(written);
    FUZZ_EXPECT(again.has_value());
    FUZZ_EXPECT(*again == job);
    FUZZ_EXPECT(changedFields(job, *again) == JobFields());
    FUZZ_EXPECT(changedFields(job, job) == JobFields());
    FUZZ_EXPECT(job.statusText() == object->value(QLatin1String("status")).toString());

    // What a table and a detail pane ask of any job.
    (void)job.createdAt();
    (void)job.updatedAt();
    (void)job.datasetId();
    (void)job.segmentIds();
    const QStringList batches = job.batchIds();
    for (const QString &batch : batches)
        FUZZ_EXPECT(!batch.isEmpty());
    FUZZ_EXPECT(job.errorCount() >= 0);
    (void)job.isTerminal();

    // "Create again" from any job gives a request that writes and reads back as itself.
    const ExportJobRequest request = ExportJobRequest::fromJob(job);
    const QJsonObject requestJson = request.toJson();
    FUZZ_EXPECT(ExportJobRequest::fromJson(requestJson) == request);
    (void)request.validate();
}
