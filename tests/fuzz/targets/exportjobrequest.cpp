#include "api/ExportJobRequest.h"

#include "tests/fuzz/FuzzChecks.h"

// A request file: decode, validate, write. What was read writes back as it came, reads back
// as the same request, and validates the same way again.
FUZZ_TARGET(exportjobrequest)
{
    const auto request = ExportJobRequest::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!request) {
        FUZZ_EXPECT(!request.error().isEmpty());
        FUZZ_EXPECT(!object);
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const QJsonObject written = request->toJson();
    FUZZ_EXPECT_DETAIL(written == *object,
                       Fuzz::compact(*object) + "\nwrote\n" + Fuzz::compact(written));
    const auto again = ExportJobRequest::decode(Fuzz::compact(written));
    FUZZ_EXPECT(again.isOk());
    FUZZ_EXPECT(again.value() == request.value());

    const QList<ValidationIssue> issues = request->validate();
    FUZZ_EXPECT(again->validate() == issues);
    bool anyError = false;
    for (const ValidationIssue &issue : issues) {
        anyError = anyError || issue.isError();
        FUZZ_EXPECT(!issue.field.isEmpty());
        const QString message = issue.message();
        FUZZ_EXPECT(!message.isEmpty());
    }
    FUZZ_EXPECT(request->isValid() == !anyError);
}
