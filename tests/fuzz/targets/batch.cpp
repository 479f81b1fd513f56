#include "api/Batch.h"

#include "tests/fuzz/FuzzChecks.h"

// Catalog GET /batches/{id}: the map's one entry, written back as it came.
FUZZ_TARGET(batch)
{
    const auto batch = Batch::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!batch) {
        FUZZ_EXPECT(!batch.error().isEmpty());
        return;
    }
    FUZZ_EXPECT(object.has_value());
    FUZZ_EXPECT(object->contains(batch->id));
    const QJsonObject original = object->value(batch->id).toObject();
    FUZZ_EXPECT_DETAIL(batch->toJson() == original,
                       Fuzz::compact(original) + "\nwrote\n" + Fuzz::compact(batch->toJson()));
    FUZZ_EXPECT(Batch::fromJson(batch->id, batch->toJson()) == batch.value());
    (void)batch->datasetId();
}
