#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

// Everything that can go wrong with one call, folded into one value: the platform's five error
// shapes, bodies that are not JSON, network failures, timeouts, TLS, cancellation, refused
// URLs, replies that cannot be decoded, and creates whose outcome is unknown. Texts are
// translated when message() is called, never stored translated.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Http, // the platform answered with an error status
        Unauthorized, // 401 that a fresh token did not cure, or a pasted token refused
        Authentication, // no access token could be obtained
        Network, // unreachable host, refused or dropped connection
        Timeout,
        Tls, // certificate or handshake failure; verification is never turned off
        Cancelled,
        InsecureUrl, // plain http towards a host that is not loopback
        InvalidReply, // a success status whose body cannot be decoded
        OutcomeUnknown, // a create failed ambiguously: the resource may or may not exist
        InvalidRequest, // refused before sending: bad arguments or an unusable connection
    };

    ApiError() = default;
    explicit ApiError(Kind kind, QString detail = {});

    // An error status answered by the platform, in any of its shapes or none. Headers are
    // passed raw; `secrets` are removed from every text kept.
    static ApiError fromHttp(int status, const QByteArray &body,
                             const QByteArray &requestIdHeader = {},
                             const QByteArray &retryAfterHeader = {},
                             const QStringList &secrets = {},
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A success status whose body could not be decoded; `problem` says what was wrong.
    static ApiError invalidReply(int status, const QString &problem, const QByteArray &body,
                                 const QStringList &secrets = {});
    static ApiError insecureUrl(const QUrl &url);
    static ApiError cancelled();
    // The ambiguous failure of a create, keeping what caused it.
    static ApiError outcomeUnknown(const ApiError &cause);
    static ApiError invalidRequest(const QStringList &problems);

    Kind kind() const { return m_kind; }
    // 0 when no HTTP answer arrived.
    int httpStatus() const { return m_status; }
    QString code() const { return m_code; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString type() const { return m_type; }
    QString requestId() const { return m_requestId; }
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    // Readable start of a body the decoder could not use, already redacted.
    QString bodyExcerpt() const { return m_excerpt; }
    // For OutcomeUnknown: what the create ran into.
    Kind causeKind() const { return m_causeKind; }

    void setKind(Kind kind) { m_kind = kind; }
    void setHttpStatus(int status) { m_status = status; }
    void setCode(const QString &code) { m_code = code; }
    void setTitle(const QString &title) { m_title = title; }
    void setDetail(const QString &detail) { m_detail = detail; }
    void setRequestId(const QString &id) { m_requestId = id; }
    void setRetryAfter(std::optional<std::chrono::seconds> after) { m_retryAfter = after; }
    void setBodyExcerpt(const QString &excerpt) { m_excerpt = excerpt; }

    // The same error with `secrets` (and anything that looks like one) removed from every text.
    ApiError redacted(const QStringList &secrets) const;

    // One translated line that names the problem, for a status bar.
    QString summary() const;
    // Everything that is present, translated now: the summary, then title, detail, code,
    // request ID, when to retry and, when nothing else explains it, the body excerpt.
    QString message() const;

    // Whether the error says the platform is unreachable, refuses the credentials or is failing,
    // as opposed to a problem with one request (a 404, a validation error).
    bool isConnectionProblem() const;

    // A stable English identifier of the kind, for --json output and logs.
    static QString kindKey(Kind kind);

    friend bool operator==(const ApiError &, const ApiError &) = default;

private:
    Kind m_kind = Kind::Http;
    Kind m_causeKind = Kind::Http;
    int m_status = 0;
    QString m_code;
    QString m_title;
    QString m_detail;
    QString m_type;
    QString m_requestId;
    std::optional<std::chrono::seconds> m_retryAfter;
    QString m_excerpt;
};

Q_DECLARE_METATYPE(ApiError)
