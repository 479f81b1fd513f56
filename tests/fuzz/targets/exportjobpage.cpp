#include "api/Pages.h"
#include "tests/fuzz/FuzzChecks.h"

// GET /export/jobs: a page is refused only when it is not a list of jobs at all; every record
// is either taken (and writes back as it came) or counted as skipped; link.next never leads
// to another host.
FUZZ_TARGET(exportjobpage)
{
    const auto page = ExportJobPage::decode(input);
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!page) {
        FUZZ_EXPECT(!page.error().isEmpty());
        if (object)
            FUZZ_EXPECT(!object->value(QLatin1String("records")).isArray());
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const QJsonArray records = object->value(QLatin1String("records")).toArray();
    FUZZ_EXPECT(page->records.size() + page->skipped == records.size());
    const int accepted = Fuzz::expectEachWritesBack(
            records, [](const QJsonObject &o) { return ExportJob::fromJson(o); });
    FUZZ_EXPECT(accepted == page->records.size());
    FUZZ_EXPECT(page->isLastPage() == page->next.isEmpty());
    Fuzz::expectSafeNextLink(page->next);
}
