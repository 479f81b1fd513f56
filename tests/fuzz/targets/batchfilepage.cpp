#include "api/Pages.h"
#include "tests/fuzz/FuzzChecks.h"

// Data Access GET /batches/{id}/files: data, _page, _links.next.href.
FUZZ_TARGET(batchfilepage)
{
    const auto page = BatchFilePage::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!page) {
        FUZZ_EXPECT(!page.error().isEmpty());
        if (object)
            FUZZ_EXPECT(!object->value(QLatin1String("data")).isArray());
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    FUZZ_EXPECT(page->files.size() + page->skipped == data.size());
    FUZZ_EXPECT(Fuzz::expectEachWritesBack(data, BatchFile::fromJson) == page->files.size());
    for (const BatchFile &file : page->files) {
        FUZZ_EXPECT(file.dataSetFileId.has_value());
        (void)file.selfHref();
    }
    Fuzz::expectSafeNextLink(page->next);
}
