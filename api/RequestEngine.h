#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "Connection.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QIODevice;
class QNetworkAccessManager;
class TokenProvider;

// One HTTP exchange as the engine sends it.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    // Sent with a body; application/json when left empty.
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // The section 1 headers (bearer token, x-api-key, org, sandbox). Off for the token call.
    bool platformHeaders = true;
    // Retried on 429/502/503/504 and network errors. Default: GET, HEAD and DELETE.
    std::optional<bool> retryable;
    // An ambiguous failure (timeout, dropped connection, 502/503/504) becomes OutcomeUnknown.
    // Default: POST.
    std::optional<bool> createsResource;
    // Per attempt; zero takes the engine's default.
    std::chrono::milliseconds timeout{0};

    // Downloads: a success body is streamed into `sink` at its current position instead of
    // kept in memory; `rangeStart` > 0 asks for the bytes from that offset (Range), and a retry
    // after a dropped transfer resumes where the sink stopped. The timeout then counts
    // inactivity, not the whole transfer.
    QIODevice *sink = nullptr;
    qint64 rangeStart = 0;
    std::function<void(qint64 received, qint64 total)> progress;

    bool isRetryable() const;
    bool isCreate() const;
};

// What came back from a successful exchange.
struct RawReply
{
    int status = 0;
    QByteArray body; // empty when streamed into a sink
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 bytesWritten = 0; // into the sink, over every attempt
    qint64 totalSize = -1; // of the whole resource, when a download's answer said
    int attempts = 0;

    QByteArray header(QByteArrayView name) const;
    QString requestId() const;
};

// Sends requests for the client and the token provider: headers, timeouts, retries with
// backoff, the 401 token refresh, POST safety, cancellation, and delivery to a callback tied
// to a context object. Use it, and destroy contexts, from the thread it lives in.
class RequestEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEngine)

public:
    explicit RequestEngine(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RequestEngine() override;

    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }
    // Not owned; may be null for calls without platform headers.
    void setTokenProvider(TokenProvider *provider);
    TokenProvider *tokenProvider() const { return m_tokenProvider; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Bodies at least this large are decoded on a worker thread.
    void setOffThreadParseThreshold(qsizetype bytes) { m_offThreadThreshold = bytes; }
    qsizetype offThreadParseThreshold() const { return m_offThreadThreshold; }
    // A body larger than this is refused instead of held in memory (downloads are streamed).
    void setMaxBodySize(qsizetype bytes) { m_maxBodySize = bytes; }
    qsizetype maxBodySize() const { return m_maxBodySize; }
    // Extra values to keep out of messages, besides the token provider's.
    void setExtraSecrets(const QStringList &secrets) { m_extraSecrets = secrets; }
    QStringList secrets() const;

    QNetworkAccessManager *network() const { return m_network; }

    using RawCallback = std::function<void(ApiResult<RawReply>)>;
    template<typename T>
    using Parser = std::function<ApiResult<T>(const RawReply &)>;

    // `done` runs once, from the event loop, unless `context` is destroyed first (then never).
    // A null context ties the call to the engine.
    ApiCall send(ApiRequest request, QObject *context, RawCallback done);

    // As send(), with the body decoded by `parse`: a pure function of the reply, run on a
    // worker thread for large bodies so the calling thread never waits on decoding.
    template<typename T>
    ApiCall send(ApiRequest request, QObject *context, Parser<T> parse,
                 std::function<void(ApiResult<T>)> done);

    // How the pieces of a call are finished; public only for the template above.
    struct Completion
    {
        // Decodes the reply; may run on a worker thread and touches only its own captures.
        std::function<void(const RawReply &)> work;
        // Set when `work` is too cheap to be worth a worker thread.
        bool inlineWork = false;
        // Hands the outcome of `work` to the caller, on the engine's thread.
        std::function<void()> deliver;
        std::function<void(const ApiError &)> fail;
    };

signals:
    // A call got an answer that shows the platform reachable and the credentials accepted.
    void platformAnswered();
    // A call ended with an error that says something about the connection's health.
    void connectionProblem(const ApiError &error);

private:
    friend class PendingRequest;
    ApiCall start(ApiRequest request, QObject *context, Completion completion);

    QNetworkAccessManager *m_network;
    QPointer<TokenProvider> m_tokenProvider;
    Connection m_connection;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_timeout{30'000};
    qsizetype m_offThreadThreshold = 256 * 1024;
    qsizetype m_maxBodySize = 64 * 1024 * 1024;
    QStringList m_extraSecrets;
};

template<typename T>
ApiCall RequestEngine::send(ApiRequest request, QObject *context, Parser<T> parse,
                            std::function<void(ApiResult<T>)> done)
{
    // The worker writes the result here; only the engine thread reads it, after the worker ends.
    auto slot = std::make_shared<std::optional<ApiResult<T>>>();
    Completion completion;
    completion.work = [parse = std::move(parse), slot](const RawReply &reply) {
        slot->emplace(parse(reply));
    };
    // A decoder may quote the body in its error; the engine knows what must not be quoted.
    completion.deliver = [this, slot, done]() {
        if (!*slot)
            return;
        if (!(*slot)->isOk())
            done(ApiResult<T>((*slot)->error().redacted(secrets())));
        else
            done(std::move(**slot));
    };
    completion.fail = [done](const ApiError &error) {
        done(ApiResult<T>(error));
    };
    return start(std::move(request), context, std::move(completion));
}
