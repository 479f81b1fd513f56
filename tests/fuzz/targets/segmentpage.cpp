#include "api/Pages.h"
#include "tests/fuzz/FuzzChecks.h"

// GET /segment/definitions: the same rules as the job list, with segments.
FUZZ_TARGET(segmentpage)
{
    const auto page = SegmentDefinitionPage::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!page) {
        FUZZ_EXPECT(!page.error().isEmpty());
        if (object)
            FUZZ_EXPECT(!object->value(QLatin1String("segments")).isArray());
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const QJsonArray segments = object->value(QLatin1String("segments")).toArray();
    FUZZ_EXPECT(page->segments.size() + page->skipped == segments.size());
    FUZZ_EXPECT(Fuzz::expectEachWritesBack(segments, SegmentDefinition::fromJson)
                == page->segments.size());
    Fuzz::expectSafeNextLink(page->next);
}
