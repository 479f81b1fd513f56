#include "TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

std::optional<TokenResponse> TokenResponse::fromJson(const QByteArray &body, QString *problem)
{
    const auto refuse = [problem](const QString &text) -> std::optional<TokenResponse> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The token service's answer is not JSON (%1 at byte %2).")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("The token service's answer is not a JSON object."));
    const QJsonObject o = document.object();

    if (o.contains(u"error") && !o.contains(u"access_token")) {
        const QString code = o.value(u"error").toString();
        const QString description = o.value(u"error_description").toString();
        return refuse(description.isEmpty()
                              ? tr("The token service refused the request: %1").arg(code)
                              : tr("The token service refused the request: %1 (%2)")
                                        .arg(description, code));
    }

    TokenResponse response;
    const QJsonValue token = o.value(u"access_token");
    if (!token.isString() || token.toString().trimmed().isEmpty())
        return refuse(tr("The token service's answer has no access_token."));
    response.accessToken = token.toString().trimmed();
    for (const QChar c : std::as_const(response.accessToken)) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return refuse(tr("The access token in the token service's answer contains characters "
                             "that cannot be sent in a header."));
    }

    response.tokenType = o.value(u"token_type").toString();
    if (!response.tokenType.isEmpty() && response.tokenType.compare(u"bearer", Qt::CaseInsensitive))
        return refuse(tr("The token service issued a \"%1\" token; only bearer tokens can be "
                         "used.")
                              .arg(response.tokenType));

    const QJsonValue expires = o.value(u"expires_in");
    double value = std::nan("");
    if (expires.isDouble())
        value = expires.toDouble();
    else if (bool ok = false; expires.isString()) {
        const double parsed = expires.toString().trimmed().toDouble(&ok);
        if (ok)
            value = parsed;
    }
    if (std::isfinite(value) && value >= 0) {
        // Beyond the threshold the value must have been milliseconds. Beyond it even then it
        // means nothing (and may not fit any integer): it counts as not stated.
        if (value > double(millisecondsThreshold()))
            value /= 1000;
        if (value <= double(millisecondsThreshold()))
            response.expiresIn = std::chrono::seconds(qint64(value));
    }
    return response;
}
