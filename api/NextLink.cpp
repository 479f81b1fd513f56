#include "NextLink.h"

using namespace Qt::StringLiterals;

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && effectivePort(a) == effectivePort(b);
}

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QUrl resolveNextLink(const QUrl &serviceBase, const QString &next)
{
    const QString text = next.trimmed();
    if (text.isEmpty() || !serviceBase.isValid() || serviceBase.isRelative())
        return {};

    QString reference = text;
    if (reference.startsWith("@/"_L1))
        reference.remove(0, 1);
    else if (reference.startsWith(u'@'))
        return {};

    const QUrl link(reference, QUrl::StrictMode);
    if (!link.isValid() || !link.userInfo().isEmpty())
        return {};

    // An absolute URL, or a network-path reference ("//host/.."), names its own host.
    if (!link.isRelative() || reference.startsWith("//"_L1)) {
        QUrl absolute = link.isRelative() ? serviceBase.resolved(link) : link;
        if (!absolute.isValid() || !sameOrigin(absolute, serviceBase))
            return {};
        absolute.setPath(withoutTrailingSlash(absolute.path()));
        absolute.setFragment(QString());
        return absolute;
    }

    // A query or fragment alone has no path to go by.
    if (link.path().isEmpty())
        return {};

    QString basePath = withoutTrailingSlash(serviceBase.path(QUrl::FullyEncoded));
    if (basePath == "/"_L1)
        basePath.clear();
    QString path = link.path(QUrl::FullyEncoded);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    // Some services answer with the full path; the base path must not be doubled then.
    if (!basePath.isEmpty() && (path == basePath || path.startsWith(basePath + u'/')))
        path = path.mid(basePath.size());

    QUrl resolved = serviceBase;
    resolved.setPath(withoutTrailingSlash(basePath + path), QUrl::TolerantMode);
    resolved.setQuery(link.query(QUrl::FullyEncoded), QUrl::StrictMode);
    resolved.setFragment(QString());
    if (!resolved.isValid())
        return {};
    return resolved;
}
