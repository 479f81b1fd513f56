#include "api/CancelJobReply.h"

#include "tests/fuzz/FuzzChecks.h"

// DELETE /export/jobs/{id}: a blank body is an empty reply, an object writes back as it came,
// anything else is refused with a reason.
FUZZ_TARGET(canceljobreply)
{
    const auto reply = CancelJobReply::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (input.trimmed().isEmpty()) {
        FUZZ_EXPECT(reply.isOk());
        FUZZ_EXPECT(reply.value() == CancelJobReply());
        return;
    }
    if (!reply) {
        FUZZ_EXPECT(!reply.error().isEmpty());
        FUZZ_EXPECT(!object);
        return;
    }
    FUZZ_EXPECT(object.has_value());
    FUZZ_EXPECT_DETAIL(reply->toJson() == *object,
                       Fuzz::compact(*object) + "\nwrote\n" + Fuzz::compact(reply->toJson()));
    FUZZ_EXPECT(CancelJobReply::fromJson(reply->toJson()) == reply.value());
}
