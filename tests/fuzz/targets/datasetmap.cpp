#include "api/Pages.h"
#include "api/Paging.h"
#include "tests/fuzz/FuzzChecks.h"

// Catalog's bare map {"{id}": {dataset}}: every entry is counted, each dataset writes back as
// it came, and the next page's URL stays on the same host.
FUZZ_TARGET(datasetmap)
{
    const auto map = DatasetMap::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!map) {
        FUZZ_EXPECT(!map.error().isEmpty());
        FUZZ_EXPECT(!object);
        return;
    }
    FUZZ_EXPECT(object.has_value());
    FUZZ_EXPECT(map->entryCount == object->size());
    FUZZ_EXPECT(map->datasets.size() + map->skipped == object->size());
    for (const Dataset &dataset : map->datasets) {
        FUZZ_EXPECT(!dataset.id.isEmpty());
        const QJsonObject original = object->value(dataset.id).toObject();
        FUZZ_EXPECT_DETAIL(dataset.toJson() == original,
                           Fuzz::compact(original) + "\nwrote\n" + Fuzz::compact(dataset.toJson()));
        FUZZ_EXPECT(Dataset::fromJson(dataset.id, dataset.toJson()) == dataset);
        (void)dataset.isOnProfileUnionSchema();
    }
    const QUrl current(QStringLiteral("https://platform.adobe.io/data/foundation/catalog/"
                                      "dataSets?start=0&limit=20"));
    const QUrl next = Paging::nextDatasets(current, map.value());
    if (next.isValid())
        FUZZ_EXPECT(next.host() == current.host());

    // The create answer ["@/dataSets/{id}"] is read from the same kind of body.
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (const auto id = Dataset::datasetIdFromCreateResponse(document))
        FUZZ_EXPECT(!id->isEmpty());
}
