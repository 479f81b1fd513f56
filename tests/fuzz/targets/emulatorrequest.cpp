#include "emulator/ExportRequest.h"
#include "tests/fuzz/FuzzChecks.h"

#include <QSet>

// The emulator's POST /export/jobs parser: a refusal names the field at fault first; an
// accepted request is one the export can run (a dataset, at most 100 distinct segments,
// ranges in order).
FUZZ_TARGET(emulatorrequest)
{
    const std::optional<QJsonObject> body = Fuzz::objectOf(input);
    if (!body)
        return;
    Emulator::ExportRequest request;
    const QString problem = Emulator::ExportRequest::parse(*body, &request);
    if (!problem.isEmpty()) {
        static const QStringList fields{
                QStringLiteral("fields"),        QStringLiteral("mergePolicy"),
                QStringLiteral("filter"),        QStringLiteral("additionalFields"),
                QStringLiteral("destination"),   QStringLiteral("schema"),
                QStringLiteral("evaluationInfo")};
        bool named = false;
        for (const QString &field : fields)
            named = named || problem.startsWith(field);
        FUZZ_EXPECT_DETAIL(named, problem);
        return;
    }
    FUZZ_EXPECT(!request.datasetId.isEmpty());
    FUZZ_EXPECT(request.datasetId == request.datasetId.trimmed());
    FUZZ_EXPECT(request.segments.size() <= 100);
    QSet<QString> ids;
    for (const Emulator::SegmentSelector &segment : std::as_const(request.segments)) {
        FUZZ_EXPECT(!segment.segmentId.isEmpty());
        FUZZ_EXPECT(!segment.segmentNs.isEmpty());
        FUZZ_EXPECT(segment.statusMask != 0);
        FUZZ_EXPECT(!segment.statuses.isEmpty());
        ids.insert(segment.segmentId);
    }
    FUZZ_EXPECT(ids.size() == request.segments.size());
    if (request.segmentPerBatch)
        FUZZ_EXPECT(!request.segments.isEmpty());
    if (request.qualificationStart && request.qualificationEnd)
        FUZZ_EXPECT(*request.qualificationStart <= *request.qualificationEnd);
    if (request.eventFrom && request.eventTo)
        FUZZ_EXPECT(*request.eventFrom <= *request.eventTo);
    if (request.mergePolicyVersion)
        FUZZ_EXPECT(*request.mergePolicyVersion >= 1);
}
