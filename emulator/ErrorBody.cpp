#include "ErrorBody.h"

#include <QJsonArray>

namespace Emulator::ErrorBody {

QString title(int status)
{
    return QString::fromLatin1(reasonPhrase(status));
}

HttpResponse gateway(int status, const QByteArray &code, const QString &message)
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject{
                                      {QStringLiteral("error_code"), QString::fromLatin1(code)},
                                      {QStringLiteral("message"), message},
                              }));
}

HttpResponse service(int status, const QString &requestId, const QString &message)
{
    const QString code = QStringLiteral("UPAPI-1%1").arg(status);
    const QJsonObject body{
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("errors"),
             QJsonObject{{QString::number(status),
                          QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), message}}}}}},
            {QStringLiteral("type"),
             QStringLiteral("https://ns.adobe.com/aep/errors/%1-%2").arg(code).arg(status)},
            {QStringLiteral("title"), title(status)},
            {QStringLiteral("status"), status},
    };
    return HttpResponse::json(status, QJsonDocument(body));
}

HttpResponse catalog(int status, const QString &detail)
{
    QString name;
    switch (status) {
    case 400:
        name = QStringLiteral("BadRequestError");
        break;
    case 404:
        name = QStringLiteral("NotFoundError");
        break;
    case 405:
        name = QStringLiteral("MethodNotAllowedError");
        break;
    case 409:
        name = QStringLiteral("ConflictError");
        break;
    case 413:
        name = QStringLiteral("PayloadTooLargeError");
        break;
    case 415:
        name = QStringLiteral("UnsupportedMediaTypeError");
        break;
    default:
        name = QStringLiteral("InternalServerError");
        break;
    }
    const QJsonObject body{
            {QStringLiteral("type"),
             QStringLiteral("https://ns.adobe.com/aep/errors/XCAT-1%1-%1").arg(status)},
            {QStringLiteral("status"), status},
            {QStringLiteral("title"), name},
            {QStringLiteral("detail"), detail},
    };
    return HttpResponse::json(status, QJsonDocument(body));
}

HttpResponse problem(int status, const QString &detail, const QJsonObject &report)
{
    QJsonObject body{
            {QStringLiteral("type"),
             QStringLiteral("https://ns.adobe.com/aep/errors/DAAS-1%1-%1").arg(status)},
            {QStringLiteral("title"), title(status)},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail},
    };
    if (!report.isEmpty())
        body.insert(QStringLiteral("report"), report);
    HttpResponse response = HttpResponse::json(status, QJsonDocument(body));
    response.setHeader("Content-Type", "application/problem+json");
    return response;
}

HttpResponse oauth(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject{
                                      {QStringLiteral("error"), error},
                                      {QStringLiteral("error_description"), description},
                              }));
}

} // namespace Emulator::ErrorBody
