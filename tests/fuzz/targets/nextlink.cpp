#include "api/NextLink.h"

#include "tests/fuzz/FuzzChecks.h"

#include <QUrl>

// resolveNextLink: whatever base and link, the URL it gives (which the client sends with the
// access token) is on the base's scheme, host and port, carries no credentials, and stays
// there when written out and read back. Input: "<service base URL>\n<next link>".
FUZZ_TARGET(nextlink)
{
    const QList<QByteArray> parts = Fuzz::split(input, 1);
    const QUrl base(QString::fromUtf8(parts[0]), QUrl::TolerantMode);
    const QString next = QString::fromUtf8(parts[1]);
    const QUrl url = resolveNextLink(base, next);
    if (url.isValid()) {
        FUZZ_EXPECT(base.isValid() && !base.isRelative());
        FUZZ_EXPECT_DETAIL(url.scheme() == base.scheme(), url.toString());
        FUZZ_EXPECT_DETAIL(url.host().compare(base.host(), Qt::CaseInsensitive) == 0,
                           base.toString() + u" + " + next + u" -> " + url.toString());
        FUZZ_EXPECT(Fuzz::effectivePort(url) == Fuzz::effectivePort(base));
        FUZZ_EXPECT(url.userInfo().isEmpty() || url.userInfo() == base.userInfo());
        FUZZ_EXPECT(!url.hasFragment());
        const QUrl sent(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        FUZZ_EXPECT_DETAIL(sent.host().compare(base.host(), Qt::CaseInsensitive) == 0,
                           base.toString() + u" + " + next + u" -> "
                                   + url.toString(QUrl::FullyEncoded));
        FUZZ_EXPECT(Fuzz::effectivePort(sent) == Fuzz::effectivePort(base));
    }
    // The fixed bases of the four services, as a page's link would meet them.
    Fuzz::expectSafeNextLink(next);
}
