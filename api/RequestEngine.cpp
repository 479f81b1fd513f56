#include "RequestEngine.h"

#include "Redaction.h"
#include "TokenProvider.h"

#include <QElapsedTimer>
#include <QFileDevice>
#include <QFutureWatcher>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using std::chrono::milliseconds;

Q_LOGGING_CATEGORY(lcRequest, "es.api.request", QtInfoMsg)

bool ApiRequest::isRetryable() const
{
    if (retryable)
        return *retryable;
    return method == "GET" || method == "HEAD" || method == "DELETE";
}

bool ApiRequest::isCreate() const
{
    if (createsResource)
        return *createsResource;
    return method == "POST";
}

QByteArray RawReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RawReply::requestId() const
{
    return QString::fromLatin1(header("x-request-id"));
}

namespace {

// The body of a create. Qt's HTTP layer silently sends a request again when the connection
// closes before any answer, which for a create could make a second job. It can only do so by
// rewinding the body, and this device refuses to rewind once the body has been read: the
// reply then fails with ContentReSendError and the caller learns the outcome is unknown.
class SendOnceDevice final : public QIODevice
{
public:
    explicit SendOnceDevice(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return !m_consumed && QIODevice::reset(); }
    bool seek(qint64 pos) override
    {
        if (m_consumed && pos < this->pos())
            return false;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - pos());
        if (n <= 0)
            return n == 0 && pos() >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + pos(), size_t(n));
        if (pos() + n >= m_data.size())
            m_consumed = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_consumed = false;
};

} // namespace

// One call from send() to its callback, across token fetches, attempts and retries.
class PendingRequest final : public ApiCallControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingRequest)

public:
    PendingRequest(RequestEngine *engine, ApiRequest request, QObject *context,
                   RequestEngine::Completion completion);

    // The engine going away takes its calls along; their network replies must not linger.
    ~PendingRequest() override { dropReply(); }

    void begin();
    void cancel() override;

private:
    enum class Abort { None, Timeout, Cancel, TooLarge, Sink };

    void acquireToken();
    void sendAttempt();
    void onReadyRead();
    bool prepareSink(int status);
    void onFinished();
    void onAttemptTimeout();
    void onContextDestroyed();
    // A failed attempt: retried when the request and the condition allow it.
    void attemptFailed(ApiError error, bool transient, bool ambiguous,
                       std::optional<milliseconds> retryAfter);
    void succeed(RawReply reply);
    void deliverSuccess();
    void fail(const ApiError &error);
    void finish();
    bool contextGone() const { return m_hasContext && m_context.isNull(); }
    void dropReply();
    QStringList secrets() const;

    RequestEngine *m_engine;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    RequestEngine::Completion m_completion;

    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QString m_token;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_renewedToken = false;
    bool m_done = false;
    Abort m_abort = Abort::None;
    QByteArray m_buffer;

    // Downloads: the sink position of the resource's first byte (-1 when the sink cannot seek),
    // the resource offset the next byte belongs to, and where this call started writing.
    qint64 m_sinkOrigin = -1;
    qint64 m_nextOffset = 0;
    qint64 m_firstWrittenOffset = 0;
    qint64 m_total = -1;
    bool m_streaming = false;
};

PendingRequest::PendingRequest(RequestEngine *engine, ApiRequest request, QObject *context,
                               RequestEngine::Completion completion)
    : ApiCallControl(engine)
    , m_engine(engine)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_completion(std::move(completion))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, and a Retry-After must not be cut short.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_attemptTimer, &QTimer::timeout, this, &PendingRequest::onAttemptTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &PendingRequest::acquireToken);
    if (context)
        connect(context, &QObject::destroyed, this, &PendingRequest::onContextDestroyed);
    if (m_request.sink) {
        m_nextOffset = m_firstWrittenOffset = std::max<qint64>(0, m_request.rangeStart);
        if (!m_request.sink->isSequential() && m_request.sink->pos() >= m_nextOffset)
            m_sinkOrigin = m_request.sink->pos() - m_nextOffset;
    }
}

QStringList PendingRequest::secrets() const
{
    QStringList list = m_engine->secrets();
    if (!m_token.isEmpty())
        list << m_token;
    return list;
}

void PendingRequest::begin()
{
    if (m_done)
        return;
    m_clock.start();
    if (const QString problem
        = Connection::urlProblem(m_request.url, tr("The request URL"), Connection::UrlUse::Request);
        !problem.isEmpty()) {
        const bool insecure = m_request.url.scheme().compare(u"http", Qt::CaseInsensitive) == 0
                && !Connection::isLoopbackHost(m_request.url.host());
        fail(insecure ? ApiError::insecureUrl(m_request.url) : ApiError::invalidRequest({problem}));
        return;
    }
    if (m_request.platformHeaders) {
        const QStringList problems = m_engine->connection().validate();
        if (!problems.isEmpty()) {
            fail(ApiError::invalidRequest(problems));
            return;
        }
    }
    acquireToken();
}

void PendingRequest::acquireToken()
{
    if (m_done)
        return;
    if (!m_request.platformHeaders) {
        sendAttempt();
        return;
    }
    TokenProvider *provider = m_engine->tokenProvider();
    if (!provider) {
        fail(ApiError(ApiError::Kind::Authentication,
                      tr("The connection has no source of access tokens.")));
        return;
    }
    if (const QString token = provider->currentToken(); !token.isEmpty()) {
        m_token = token;
        sendAttempt();
        return;
    }
    provider->requestToken(this, [this](const ApiResult<QString> &result) {
        if (m_done)
            return;
        if (!result) {
            ApiError error = result.error();
            if (error.kind() != ApiError::Kind::Cancelled)
                error.setKind(ApiError::Kind::Authentication);
            fail(error);
            return;
        }
        m_token = result.value();
        sendAttempt();
    });
}

void PendingRequest::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_abort = Abort::None;
    m_buffer.clear();
    m_streaming = false;

    QNetworkRequest request(m_request.url);
    // Redirects may not carry the token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ExportStudio/" EXPORT_STUDIO_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (m_request.platformHeaders) {
        const Connection &connection = m_engine->connection();
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("x-api-key", connection.clientId.toUtf8());
        request.setRawHeader("x-gw-ims-org-id", connection.orgId.toUtf8());
        request.setRawHeader("x-sandbox-name", connection.sandbox.toUtf8());
    }
    const bool hasBody = !m_request.body.isEmpty() || m_request.method == "POST"
            || m_request.method == "PUT" || m_request.method == "PATCH";
    if (hasBody) {
        request.setRawHeader("Content-Type",
                             m_request.contentType.isEmpty() ? QByteArrayLiteral("application/json")
                                                             : m_request.contentType);
    }
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (m_request.sink && m_nextOffset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_nextOffset) + '-');

    qCDebug(lcRequest).noquote() << m_request.method << Redaction::redactUrl(m_request.url)
                                 << "attempt" << m_attempts;

    QNetworkAccessManager *network = m_engine->network();
    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET") {
        reply = network->get(request);
    } else if (m_request.isCreate()) {
        auto *body = new SendOnceDevice(m_request.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        reply = network->sendCustomRequest(request, m_request.method, body);
        body->setParent(reply);
    } else if (m_request.method == "POST") {
        reply = network->post(request, m_request.body);
    } else if (m_request.method == "DELETE" && m_request.body.isEmpty()) {
        reply = network->deleteResource(request);
    } else {
        reply = network->sendCustomRequest(request, m_request.method, m_request.body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &PendingRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PendingRequest::onFinished);

    const milliseconds timeout
            = m_request.timeout.count() > 0 ? m_request.timeout : m_engine->timeout();
    m_attemptTimer.start(timeout);
}

bool PendingRequest::prepareSink(int status)
{
    QIODevice *sink = m_request.sink;
    if (status == 206) {
        // "bytes 100-199/1000": the answer must continue where the sink stopped.
        static const QRegularExpression contentRange(u"^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"_qs);
        const auto match = contentRange.match(
                QString::fromLatin1(m_reply->rawHeader("Content-Range").trimmed()));
        if (!match.hasMatch())
            return false;
        const qint64 start = match.captured(1).toLongLong();
        if (match.captured(3) != u"*")
            m_total = match.captured(3).toLongLong();
        if (start == m_nextOffset)
            return true;
        if (start > m_nextOffset || m_sinkOrigin < 0 || !sink->seek(m_sinkOrigin + start))
            return false;
        m_nextOffset = start;
        m_firstWrittenOffset = std::min(m_firstWrittenOffset, start);
        return true;
    }
    // A whole body: start again at the resource's first byte if anything came before it.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_total = length.isValid() ? length.toLongLong() : -1;
    if (m_nextOffset == 0)
        return true;
    if (m_sinkOrigin < 0 || !sink->seek(m_sinkOrigin))
        return false;
    if (auto *file = qobject_cast<QFileDevice *>(sink); file && !file->resize(m_sinkOrigin))
        return false;
    m_nextOffset = m_firstWrittenOffset = 0;
    return true;
}

void PendingRequest::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    if (m_request.sink && success) {
        m_attemptTimer.start(); // a download's timeout counts silence, not duration
        if (!m_streaming) {
            if (!prepareSink(status)) {
                m_abort = Abort::Sink;
                m_reply->abort();
                return;
            }
            m_streaming = true;
        }
        const QByteArray chunk = m_reply->readAll();
        if (!chunk.isEmpty() && m_request.sink->write(chunk) != chunk.size()) {
            m_abort = Abort::Sink;
            m_reply->abort();
            return;
        }
        m_nextOffset += chunk.size();
        if (m_request.progress)
            m_request.progress(m_nextOffset, m_total);
        return;
    }
    m_buffer += m_reply->readAll();
    const qsizetype limit = success ? m_engine->maxBodySize() : 1024 * 1024;
    if (m_buffer.size() > limit) {
        m_abort = Abort::TooLarge;
        m_reply->abort();
    }
}

void PendingRequest::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_abort = Abort::Timeout;
    m_reply->abort();
}

void PendingRequest::dropReply()
{
    m_attemptTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void PendingRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    if (m_abort == Abort::None)
        onReadyRead();
    const Abort abort = m_abort;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    const QList<QNetworkReply::RawHeaderPair> headers = reply->rawHeaderPairs();
    const QByteArray requestId = reply->rawHeader("x-request-id");
    const QByteArray retryAfterHeader = reply->rawHeader("Retry-After");
    dropReply();

    qCDebug(lcRequest).noquote() << m_request.method << Redaction::redactUrl(m_request.url)
                                 << "answered" << status << "error" << int(networkError) << "after"
                                 << m_clock.elapsed() << "ms";

    if (abort == Abort::Timeout) {
        const milliseconds timeout
                = m_request.timeout.count() > 0 ? m_request.timeout : m_engine->timeout();
        ApiError error(
                ApiError::Kind::Timeout,
                tr("No answer within %n second(s).", nullptr, int((timeout.count() + 999) / 1000)));
        attemptFailed(error, true, true, std::nullopt);
        return;
    }
    if (abort == Abort::TooLarge) {
        fail(ApiError::invalidReply(
                status,
                tr("The answer is larger than %1 MB.").arg(m_engine->maxBodySize() / (1024 * 1024)),
                {}));
        return;
    }
    if (abort == Abort::Sink) {
        fail(ApiError(ApiError::Kind::InvalidRequest,
                      m_request.sink->errorString().isEmpty()
                              ? tr("The downloaded data could not be written.")
                              : tr("The downloaded data could not be written: %1")
                                        .arg(m_request.sink->errorString())));
        return;
    }

    // A complete HTTP answer carries a status and at most the error Qt derives from it (400
    // becomes ProtocolInvalidOperationError, 407 a proxy error). A network-layer error or a
    // protocol failure means the transport broke, possibly halfway through a body.
    const int code = int(networkError);
    const bool transportFailed = (code >= 1 && code <= 99)
            || networkError == QNetworkReply::ProtocolFailure
            || networkError == QNetworkReply::ProtocolUnknownError;
    if (status > 0 && !transportFailed) {
        if (status >= 200 && status < 300) {
            RawReply raw;
            raw.status = status;
            raw.body = m_buffer;
            raw.headers = headers;
            raw.attempts = m_attempts;
            raw.bytesWritten = m_request.sink ? m_nextOffset - m_firstWrittenOffset : 0;
            raw.totalSize = m_request.sink ? m_total : -1;
            m_buffer.clear();
            succeed(std::move(raw));
            return;
        }
        ApiError error
                = ApiError::fromHttp(status, m_buffer, requestId, retryAfterHeader, secrets());
        if (status == 401 && m_request.platformHeaders) {
            TokenProvider *provider = m_engine->tokenProvider();
            if (provider && provider->canRenew() && !m_renewedToken) {
                // The token expired early or was revoked: one fresh token, one more try.
                m_renewedToken = true;
                provider->invalidate(m_token);
                m_token.clear();
                acquireToken();
                return;
            }
            error.setKind(ApiError::Kind::Unauthorized);
            fail(error);
            return;
        }
        const bool transient = status == 429 || status == 502 || status == 503 || status == 504;
        // A 429 is the gateway turning the request away: nothing was created.
        attemptFailed(
                error, transient, transient && status != 429,
                HttpHeaders::parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc()));
        return;
    }

    ApiError error(ApiError::Kind::Network, Redaction::redact(errorString, secrets()));
    switch (networkError) {
    case QNetworkReply::SslHandshakeFailedError:
        error.setKind(ApiError::Kind::Tls);
        fail(error);
        return;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        attemptFailed(error, false, true, std::nullopt);
        return;
    case QNetworkReply::TimeoutError:
        error.setKind(ApiError::Kind::Timeout);
        attemptFailed(error, true, true, std::nullopt);
        return;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        // Nothing reached the platform.
        attemptFailed(error, true, false, std::nullopt);
        return;
    default:
        attemptFailed(error, true, true, std::nullopt);
        return;
    }
}

void PendingRequest::attemptFailed(ApiError error, bool transient, bool ambiguous,
                                   std::optional<milliseconds> retryAfter)
{
    const RetryPolicy &policy = m_engine->retryPolicy();
    if (transient && m_request.isRetryable() && m_attempts < policy.maxAttempts) {
        const milliseconds delay = policy.delay(
                m_retries + 1, QRandomGenerator::global()->generateDouble(), retryAfter);
        if (milliseconds(m_clock.elapsed()) + delay <= policy.totalBudget) {
            ++m_retries;
            qCInfo(lcRequest).noquote()
                    << m_request.method << Redaction::redactUrl(m_request.url) << "retry"
                    << m_retries << "in" << delay.count() << "ms after" << error.summary();
            m_retryTimer.start(delay);
            return;
        }
    }
    if (ambiguous && m_request.isCreate())
        error = ApiError::outcomeUnknown(error);
    fail(error);
}

void PendingRequest::succeed(RawReply reply)
{
    emit m_engine->platformAnswered();
    if (m_completion.inlineWork || reply.body.size() < m_engine->offThreadParseThreshold()) {
        m_completion.work(reply);
        deliverSuccess();
        return;
    }
    // Decoding thousands of records would stall the GUI: do it on the pool.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_done)
            deliverSuccess();
    });
    watcher->setFuture(QtConcurrent::run(
            [work = m_completion.work, reply = std::move(reply)] { work(reply); }));
}

void PendingRequest::deliverSuccess()
{
    if (m_done)
        return;
    m_done = true;
    markFinished();
    if (!contextGone() && m_completion.deliver)
        m_completion.deliver();
    finish();
}

void PendingRequest::fail(const ApiError &unsafeError)
{
    if (m_done)
        return;
    const ApiError error = unsafeError.redacted(secrets());
    m_done = true;
    markFinished();
    dropReply();
    m_retryTimer.stop();
    qCDebug(lcRequest).noquote() << m_request.method << Redaction::redactUrl(m_request.url)
                                 << "failed:" << error.summary();
    if (error.kind() != ApiError::Kind::Cancelled) {
        if (error.isConnectionProblem())
            emit m_engine->connectionProblem(error);
        else if (error.kind() == ApiError::Kind::Http)
            emit m_engine->platformAnswered();
    }
    if (!contextGone() && m_completion.fail)
        m_completion.fail(error);
    finish();
}

void PendingRequest::finish()
{
    m_completion = {};
    deleteLater();
}

void PendingRequest::cancel()
{
    if (m_done)
        return;
    m_done = true;
    markFinished();
    dropReply();
    m_retryTimer.stop();
    qCDebug(lcRequest).noquote() << m_request.method << Redaction::redactUrl(m_request.url)
                                 << "cancelled";
    // Never call back from inside cancel(): the caller may be in the middle of something.
    QTimer::singleShot(0, this, [this] {
        if (!contextGone() && m_completion.fail)
            m_completion.fail(ApiError::cancelled());
        finish();
    });
}

void PendingRequest::onContextDestroyed()
{
    if (m_done)
        return;
    // A create already on its way is left to finish, so the platform is not left with a
    // half-sent request; its result is dropped.
    if (m_request.isCreate() && m_reply)
        return;
    m_done = true;
    markFinished();
    dropReply();
    m_retryTimer.stop();
    finish();
}

RequestEngine::RequestEngine(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

RequestEngine::~RequestEngine() = default;

void RequestEngine::setConnection(const Connection &connection)
{
    m_connection = connection;
}

void RequestEngine::setTokenProvider(TokenProvider *provider)
{
    m_tokenProvider = provider;
}

QStringList RequestEngine::secrets() const
{
    QStringList list = m_extraSecrets;
    if (m_tokenProvider)
        list += m_tokenProvider->secrets();
    return list;
}

ApiCall RequestEngine::send(ApiRequest request, QObject *context, RawCallback done)
{
    auto slot = std::make_shared<std::optional<RawReply>>();
    Completion completion;
    completion.work = [slot](const RawReply &reply) {
        *slot = reply;
    };
    // Keeping the raw reply is not worth a thread hop.
    completion.inlineWork = true;
    completion.deliver = [slot, done] {
        if (*slot) {
            const int status = (*slot)->status;
            const QString requestId = (*slot)->requestId();
            done(ApiResult<RawReply>(std::move(**slot), status, requestId));
        }
    };
    completion.fail = [done](const ApiError &error) {
        done(ApiResult<RawReply>(error));
    };
    return start(std::move(request), context, std::move(completion));
}

ApiCall RequestEngine::start(ApiRequest request, QObject *context, Completion completion)
{
    auto *pending = new PendingRequest(this, std::move(request), context, std::move(completion));
    // Begin from the event loop, so a callback never runs inside the caller's send().
    QMetaObject::invokeMethod(pending, &PendingRequest::begin, Qt::QueuedConnection);
    return ApiCall(pending);
}

#include "RequestEngine.moc"
