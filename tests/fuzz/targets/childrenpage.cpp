#include "api/Pages.h"
#include "tests/fuzz/FuzzChecks.h"

namespace {

template<typename Page, typename Decode>
void check(const QByteArray &input, const std::optional<QJsonObject> &object, Decode decode)
{
    const auto page = Page::decode(input);
    if (!page) {
        FUZZ_EXPECT(!page.error().isEmpty());
        if (object)
            FUZZ_EXPECT(!object->value(QLatin1String("children")).isArray());
        return;
    }
    FUZZ_EXPECT(object.has_value());
    const QJsonArray children = object->value(QLatin1String("children")).toArray();
    FUZZ_EXPECT(page->children.size() + page->skipped == children.size());
    FUZZ_EXPECT(Fuzz::expectEachWritesBack(children, decode) == page->children.size());
    Fuzz::expectSafeNextLink(page->next);
}

} // namespace

// GET /config/mergePolicies and GET /audiences: children, _page, _links.next.href.
FUZZ_TARGET(childrenpage)
{
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    check<MergePolicyPage>(input, object, MergePolicy::fromJson);
    check<AudiencePage>(input, object, Audience::fromJson);
}
