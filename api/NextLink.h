#pragma once

#include <QString>
#include <QUrl>

// The URL of the next page from a list's `next` link, or an invalid QUrl when there is none or
// it cannot be followed safely.
//
// `serviceBase` is the service's base URL, e.g. https://platform.adobe.io/data/core/ups for
// export jobs, .../data/core/ups/config for merge policies. `next` may be:
//   "/export/jobs/?limit=2&offset=1538573416687_722"  relative to the base path (a trailing
//                                                      slash before the query is dropped)
//   "@/mergePolicies?start=..&limit=.."               the same, in Catalog's "@/" notation
//   "/data/core/ups/export/jobs?.."                    already under the base path: kept
//   "https://platform.adobe.io/..."                    absolute: only when scheme, host and
//                                                      port are the base's, since the request
//                                                      carries the access token
// Empty, blank, another host, credentials in the URL, or text that is not a URL: invalid.
QUrl resolveNextLink(const QUrl &serviceBase, const QString &next);
