#include "ApiError.h"

#include "Redaction.h"
#include "RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

// A value the platform sent as a string or a number ("401013" or 401013).
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString firstText(const QJsonObject &object, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        const QString text = scalarText(object.value(key)).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// Service shape: "errors": {"400": [{"code","message"}]}; also seen as a plain array, a
// single object or a string.
void collectErrors(const QJsonValue &errors, QStringList &codes, QStringList &messages)
{
    const auto fromEntry = [&](const QJsonValue &entry) {
        if (entry.isObject()) {
            const QJsonObject o = entry.toObject();
            const QString code = firstText(o, {u"code", u"error_code"});
            const QString message = firstText(o, {u"message", u"msg", u"detail", u"title"});
            if (!code.isEmpty())
                codes << code;
            if (!message.isEmpty())
                messages << message;
        } else if (const QString text = scalarText(entry).trimmed(); !text.isEmpty()) {
            messages << text;
        }
    };
    const auto fromList = [&](const QJsonValue &list) {
        if (list.isArray()) {
            for (const QJsonValue &entry : list.toArray())
                fromEntry(entry);
        } else {
            fromEntry(list);
        }
    };
    if (errors.isArray()) {
        fromList(errors);
    } else if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        // Either a map keyed by status, or one error object.
        if (map.contains(u"code") || map.contains(u"message")) {
            fromEntry(map);
        } else {
            for (auto it = map.begin(); it != map.end(); ++it)
                fromList(it.value());
        }
    } else {
        fromEntry(errors);
    }
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return scalarText(value);
}

} // namespace

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &requestIdHeader,
                            const QByteArray &retryAfterHeader, const QStringList &secrets,
                            const QDateTime &now)
{
    ApiError error(Kind::Http);
    error.m_status = status;
    if (const auto after = HttpHeaders::parseRetryAfter(retryAfterHeader, now)) {
        // Whole seconds, rounded up: waiting a little longer is always safe.
        error.m_retryAfter = std::chrono::seconds((after->count() + 999) / 1000);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    bool understood = false;
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject o = document.object();
        QStringList codes;
        QStringList messages;
        if (const QString code = firstText(o, {u"error_code", u"code", u"error"}); !code.isEmpty())
            codes << code;
        if (o.contains(u"errors"))
            collectErrors(o.value(u"errors"), codes, messages);
        if (o.value(u"error").isObject())
            collectErrors(o.value(u"error"), codes, messages);
        // The top-level message comes first: it describes the whole failure.
        if (const QString message = firstText(o,
                                              {u"detail", u"message", u"errorMessage",
                                               u"error_description", u"msg", u"description"});
            !message.isEmpty())
            messages.prepend(message);
        if (messages.isEmpty() && o.value(u"report").isObject())
            messages << compactJson(o.value(u"report"));
        codes.removeDuplicates();
        messages.removeDuplicates();

        error.m_code = Redaction::redact(codes.join(u", "), secrets);
        error.m_detail = Redaction::redact(messages.join(u"; "), secrets);
        error.m_title = Redaction::redact(firstText(o, {u"title"}), secrets);
        error.m_type = Redaction::redact(firstText(o, {u"type"}), secrets);
        error.m_requestId = Redaction::redact(
                firstText(o, {u"requestId", u"request_id", u"x-request-id"}), secrets);
        understood
                = !error.m_code.isEmpty() || !error.m_detail.isEmpty() || !error.m_title.isEmpty();
    }
    if (error.m_requestId.isEmpty())
        error.m_requestId
                = Redaction::redact(QString::fromLatin1(requestIdHeader.trimmed()), secrets);
    if (!understood)
        error.m_excerpt = Redaction::excerpt(body, secrets);
    return error;
}

ApiError ApiError::invalidReply(int status, const QString &problem, const QByteArray &body,
                                const QStringList &secrets)
{
    ApiError error(Kind::InvalidReply, Redaction::redact(problem, secrets));
    error.m_status = status;
    error.m_excerpt = Redaction::excerpt(body, secrets, 200);
    return error;
}

ApiError ApiError::insecureUrl(const QUrl &url)
{
    ApiError error(Kind::InsecureUrl);
    error.m_detail = Redaction::redactUrl(url);
    return error;
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled);
}

ApiError ApiError::outcomeUnknown(const ApiError &cause)
{
    ApiError error = cause;
    error.m_kind = Kind::OutcomeUnknown;
    error.m_causeKind = cause.m_kind;
    return error;
}

ApiError ApiError::invalidRequest(const QStringList &problems)
{
    return ApiError(Kind::InvalidRequest, problems.join(u'\n'));
}

ApiError ApiError::redacted(const QStringList &secrets) const
{
    ApiError copy = *this;
    for (QString *text : {&copy.m_code, &copy.m_title, &copy.m_detail, &copy.m_type,
                          &copy.m_requestId, &copy.m_excerpt})
        *text = Redaction::redact(*text, secrets);
    return copy;
}

bool ApiError::isConnectionProblem() const
{
    switch (m_kind) {
    case Kind::Http:
        return m_status == 403 || m_status == 429 || m_status >= 500;
    case Kind::Unauthorized:
    case Kind::Authentication:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::InsecureUrl:
    case Kind::OutcomeUnknown:
        return true;
    case Kind::Cancelled:
    case Kind::InvalidReply:
    case Kind::InvalidRequest:
        return false;
    }
    return false;
}

QString ApiError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::InvalidReply:
        return QStringLiteral("invalid-reply");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    }
    return {};
}

QString ApiError::summary() const
{
    switch (m_kind) {
    case Kind::Http:
        switch (m_status) {
        case 400:
            return tr("The platform rejected the request as invalid (HTTP 400).");
        case 401:
            return tr("The platform did not accept the access token (HTTP 401).");
        case 403:
            return tr("The platform denied access (HTTP 403).");
        case 404:
            return tr("Not found on the platform (HTTP 404).");
        case 409:
            return tr("The request conflicts with the current state on the platform (HTTP 409).");
        case 415:
            return tr("The platform did not accept the request's content type (HTTP 415).");
        case 429:
            return tr("The platform is limiting the request rate (HTTP 429).");
        case 500:
            return tr("The platform ran into an internal error (HTTP 500).");
        case 502:
        case 503:
        case 504:
            return tr("The platform is temporarily unavailable (HTTP %1).").arg(m_status);
        default:
            if (m_status >= 400 && m_status < 500)
                return tr("The platform refused the request (HTTP %1).").arg(m_status);
            if (m_status >= 500)
                return tr("The platform failed to handle the request (HTTP %1).").arg(m_status);
            return tr("The platform gave an unexpected answer (HTTP %1).").arg(m_status);
        }
    case Kind::Unauthorized:
        return tr("The platform refused the access token: it is invalid or has expired.");
    case Kind::Authentication:
        return tr("No access token could be obtained.");
    case Kind::Network:
        return tr("The platform could not be reached.");
    case Kind::Timeout:
        return tr("The platform did not answer in time.");
    case Kind::Tls:
        return tr("No secure connection could be established: the platform's certificate was "
                  "not accepted.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::InsecureUrl:
        return tr("The request was not sent: plain http:// is allowed only for 127.0.0.1, ::1 "
                  "and localhost. Use https://.");
    case Kind::InvalidReply:
        return m_status > 0 ? tr("The platform's answer could not be read (HTTP %1).").arg(m_status)
                            : tr("The platform's answer could not be read.");
    case Kind::OutcomeUnknown:
        return tr("The create request failed after it was sent, so it is unknown whether the "
                  "platform created it. Look it up before trying again.");
    case Kind::InvalidRequest:
        return tr("The request was not sent because it is not valid.");
    }
    return {};
}

QString ApiError::message() const
{
    QStringList lines{summary()};
    if (m_kind == Kind::OutcomeUnknown) {
        ApiError cause = *this;
        cause.m_kind = m_causeKind;
        lines << tr("Cause: %1").arg(cause.summary());
    }
    if (!m_title.isEmpty() && !m_detail.isEmpty())
        lines << tr("%1: %2", "error title: error detail").arg(m_title, m_detail);
    else if (!m_title.isEmpty() || !m_detail.isEmpty())
        lines << (m_title.isEmpty() ? m_detail : m_title);
    if (!m_code.isEmpty())
        lines << tr("Code: %1").arg(m_code);
    if (!m_requestId.isEmpty())
        lines << tr("Request ID: %1").arg(m_requestId);
    if (m_retryAfter)
        lines << tr("Try again in %n second(s).", nullptr, int(m_retryAfter->count()));
    if (!m_excerpt.isEmpty() && (m_detail.isEmpty() || m_kind == Kind::InvalidReply))
        lines << tr("Reply: %1").arg(m_excerpt);
    return lines.join(u'\n');
}
