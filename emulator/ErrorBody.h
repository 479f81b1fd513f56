#pragma once

#include "HttpExchange.h"

#include <QJsonObject>
#include <QString>

// The error shapes of the platform (docs/platform-api.md section 7), one builder each.
namespace Emulator::ErrorBody {

// {"error_code":"401013","message":"Oauth token is not valid"}
HttpResponse gateway(int status, const QByteArray &code, const QString &message);
// {"requestId","errors":{"400":[{"code","message"}]},"type","title","status"}: the UPS routes.
HttpResponse service(int status, const QString &requestId, const QString &message);
// {"type","status","title":"NotFoundError","detail"}: Catalog.
HttpResponse catalog(int status, const QString &detail);
// {"type","title","status","detail","report"}: Data Access and media-type errors.
HttpResponse problem(int status, const QString &detail, const QJsonObject &report = {});
// {"error":"invalid_client","error_description":".."}: the token endpoint.
HttpResponse oauth(int status, const QString &error, const QString &description);

QString title(int status);

} // namespace Emulator::ErrorBody
