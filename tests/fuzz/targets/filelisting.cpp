#include "api/Pages.h"
#include "tests/fuzz/FuzzChecks.h"

// Data Access GET /files/{id}: the part files of an exported file.
FUZZ_TARGET(filelisting)
{
    const auto listing = FileListing::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!listing) {
        FUZZ_EXPECT(!listing.error().isEmpty());
        if (object)
            FUZZ_EXPECT(!object->value(QLatin1String("data")).isArray());
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    FUZZ_EXPECT(listing->files.size() + listing->skipped == data.size());
    FUZZ_EXPECT(Fuzz::expectEachWritesBack(data, FileEntry::fromJson) == listing->files.size());
    for (const FileEntry &file : listing->files) {
        FUZZ_EXPECT(file.name.has_value());
        (void)file.selfHref();
    }
    Fuzz::expectSafeNextLink(listing->next);
}
