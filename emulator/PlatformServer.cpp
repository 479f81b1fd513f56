#include "PlatformServer.h"

#include "CatalogRoutes.h"
#include "Chaos.h"
#include "ChoiceRoutes.h"
#include "Credentials.h"
#include "DataAccessRoutes.h"
#include "ErrorBody.h"
#include "ExportJobRoutes.h"
#include "PlatformOptions.h"
#include "RequestLog.h"
#include "TokenRoute.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

namespace Emulator {

namespace {

const QString catalogBase = QStringLiteral("/data/foundation/catalog");
const QString upsBase = QStringLiteral("/data/core/ups");
const QString dataAccessBase = QStringLiteral("/data/foundation/export");
const QString tokenPath = QStringLiteral("/ims/token/v3");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QString newRequestId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id(32, u'0');
    for (QChar &c : id)
        c = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

bool startsWithBase(const QString &path, const QString &base)
{
    return path == base || path.startsWith(base + u'/');
}

// Streams a file slice to the socket without holding it in memory.
class FileStreamer final : public QObject
{
public:
    FileStreamer(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length, bool close)
        : QObject(socket)
        , m_socket(socket)
        , m_file(path)
        , m_remaining(length)
        , m_close(close)
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(offset)) {
            m_socket->abort();
            return;
        }
        connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
        pump();
    }

private:
    void pump()
    {
        while (m_remaining > 0 && m_socket->bytesToWrite() < (1 << 20)) {
            const QByteArray chunk = m_file.read(std::min<qint64>(m_remaining, 256 * 1024));
            if (chunk.isEmpty()) {
                m_socket->abort();
                return;
            }
            m_remaining -= chunk.size();
            m_socket->write(chunk);
        }
        if (m_remaining == 0) {
            disconnect(m_socket, nullptr, this, nullptr);
            if (m_close)
                m_socket->disconnectFromHost();
            deleteLater();
        }
    }

    QTcpSocket *m_socket;
    QFile m_file;
    qint64 m_remaining;
    bool m_close;
};

} // namespace

PlatformServer::PlatformServer(StateStore &store, ExportEngine &engine, RequestLog &log,
                               std::shared_ptr<Chaos> chaos, const PlatformOptions &options,
                               QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_log(log)
    , m_chaos(std::move(chaos))
    , m_token(std::make_unique<TokenRoute>(store, options.tokenLifetimeSeconds))
    , m_catalog(std::make_unique<CatalogRoutes>(store))
    , m_jobs(std::make_unique<ExportJobRoutes>(store, engine))
    , m_choices(std::make_unique<ChoiceRoutes>(store))
    , m_dataAccess(std::make_unique<DataAccessRoutes>(store))
{ }

PlatformServer::~PlatformServer() = default;

void PlatformServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->disconnectFromHost();
}

bool PlatformServer::handleRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    // Answers go out in one piece: no Nagle delay waiting for the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    HttpRequest request;
    request.method = methodName(raw.method());
    const QUrl url = raw.url();
    request.path = url.path();
    request.rawQuery = url.query(QUrl::FullyEncoded);
    request.query = QUrlQuery(url);
    request.headers = raw.headers();
    request.body = raw.body();
    request.requestId = newRequestId();

    qint64 bytesIn = request.body.size() + request.path.size() + request.rawQuery.size() + 12;
    for (const auto &h : std::as_const(request.headers))
        bytesIn += h.first.size() + h.second.size() + 4;

    RequestLogEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.requestId = request.requestId;
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.bytesIn = bytesIn;

    // Secret-looking query values never reach the log; neither does the token request's
    // body (it is not a gateway route).
    entry.query = RequestLog::redactedQuery(request.rawQuery);
    const bool gatewayRoute = startsWithBase(request.path, catalogBase)
            || startsWithBase(request.path, upsBase)
            || startsWithBase(request.path, dataAccessBase);
    if (gatewayRoute
        && (request.method == "POST" || request.method == "PUT" || request.method == "PATCH")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error == QJsonParseError::NoError)
            entry.body = RequestLog::redacted(doc.isObject() ? QJsonValue(doc.object())
                                                             : QJsonValue(doc.array()));
        else if (!request.body.isEmpty())
            entry.body = QString::fromUtf8(request.body.left(4096));
    }
    const QByteArray sandboxHeader = request.header("x-sandbox-name");
    entry.sandbox = gatewayRoute
            ? (sandboxHeader.isEmpty() ? QStringLiteral("prod") : QString::fromUtf8(sandboxHeader))
            : QString();

    Chaos::Decision decision;
    if (gatewayRoute)
        decision = m_chaos->decideRequest();

    if (decision.action == Chaos::Action::Drop) {
        entry.status = 0;
        entry.chaos = QStringLiteral("drop");
        entry.durationMs = double(timer.nsecsElapsed()) / 1e6;
        m_log.append(entry);
        socket->abort();
        return true;
    }

    HttpResponse response;
    if (decision.action == Chaos::Action::TooManyRequests) {
        response = ErrorBody::gateway(429, "429050", QStringLiteral("Too many requests"));
        response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        entry.chaos = QStringLiteral("429");
    } else if (decision.action == Chaos::Action::ServerError) {
        response = ErrorBody::gateway(decision.status, QByteArray::number(decision.status) + "000",
                                      ErrorBody::title(decision.status));
        if (decision.retryAfterSeconds > 0)
            response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        entry.chaos = QStringLiteral("5xx");
    } else {
        QString sandbox;
        bool gateway = false;
        response = dispatch(request, &sandbox, &gateway);
        m_store.db().resetAll();
    }
    response.setHeader("x-request-id", request.requestId.toLatin1());

    entry.status = response.status;
    entry.bytesOut = response.bodySize();
    for (const auto &h : std::as_const(response.headers))
        entry.bytesOut += h.first.size() + h.second.size() + 4;

    if (decision.delayMs > 0) {
        if (entry.chaos.isEmpty())
            entry.chaos = QStringLiteral("slow");
        // The request has been carried out: it is logged even when the client gave up
        // waiting and closed the connection before the answer was due.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(decision.delayMs, this, [this, guard, response, request, entry, timer] {
            RequestLogEntry e = entry;
            if (guard)
                send(guard, response, request);
            e.durationMs = double(timer.nsecsElapsed()) / 1e6;
            m_log.append(e);
        });
        return true;
    }
    send(socket, response, request);
    entry.durationMs = double(timer.nsecsElapsed()) / 1e6;
    m_log.append(entry);
    return true;
}

HttpResponse PlatformServer::dispatch(const HttpRequest &request, QString *sandbox, bool *gateway)
{
    if (request.path == tokenPath) {
        if (request.method != "POST")
            return ErrorBody::oauth(405, QStringLiteral("invalid_request"),
                                    QStringLiteral("Use POST for the token endpoint"));
        return m_token->handle(request);
    }

    const bool isCatalog = startsWithBase(request.path, catalogBase);
    const bool isUps = startsWithBase(request.path, upsBase);
    const bool isDataAccess = startsWithBase(request.path, dataAccessBase);
    if (!isCatalog && !isUps && !isDataAccess)
        return ErrorBody::gateway(404, "404010",
                                  QStringLiteral("No route for %1 %2")
                                          .arg(QString::fromLatin1(request.method), request.path));
    *gateway = true;

    Tenant tenant;
    if (auto failure = authenticate(request, &tenant))
        return *failure;
    *sandbox = tenant.sandbox;

    const bool hasBody
            = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    if (hasBody) {
        if (request.body.size() > MaxBodyBytes) {
            const QString message = QStringLiteral("The request body is %1 bytes; at most %2 are "
                                                   "accepted")
                                            .arg(request.body.size())
                                            .arg(MaxBodyBytes);
            return isCatalog ? ErrorBody::catalog(413, message)
                    : isUps  ? ErrorBody::service(413, request.requestId, message)
                             : ErrorBody::problem(413, message);
        }
        // Only a body needs a media type: a bodiless POST reaches the route (and its 405).
        const QByteArray type = request.header("content-type").trimmed().toLower();
        if (!request.body.isEmpty() && type.split(';').value(0).trimmed() != "application/json")
            return ErrorBody::problem(
                    415,
                    QStringLiteral("Content-Type must be application/json, not '%1'")
                            .arg(QString::fromLatin1(type.isEmpty() ? "(none)" : type)),
                    QJsonObject{{QStringLiteral("header"), QStringLiteral("Content-Type")}});
    }

    if (isCatalog)
        return m_catalog->handle(request, tenant, request.path.mid(catalogBase.size()));
    if (isUps) {
        const QString sub = request.path.mid(upsBase.size());
        if (sub.startsWith(u"/export/jobs"))
            return m_jobs->handle(request, tenant, sub);
        return m_choices->handle(request, tenant, sub);
    }
    return m_dataAccess->handle(request, tenant, request.path.mid(dataAccessBase.size()));
}

std::optional<HttpResponse> PlatformServer::authenticate(const HttpRequest &request, Tenant *tenant)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return ErrorBody::gateway(403, "403010", QStringLiteral("Oauth token is missing"));
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return ErrorBody::gateway(401, "401013", QStringLiteral("Oauth token is not valid"));
    const auto token = m_token->validate(authorization.mid(7).trimmed());
    if (!token)
        return ErrorBody::gateway(401, "401013", QStringLiteral("Oauth token is not valid"));

    const QByteArray apiKey = request.header("x-api-key").trimmed();
    if (apiKey.isEmpty())
        return ErrorBody::gateway(403, "403000", QStringLiteral("Api Key is required"));
    if (QString::fromUtf8(apiKey) != token->clientId)
        return ErrorBody::gateway(403, "403003", QStringLiteral("Api Key is invalid"));

    const QByteArray org = request.header("x-gw-ims-org-id").trimmed();
    if (org.isEmpty())
        return ErrorBody::gateway(400, "400003", QStringLiteral("Missing x-gw-ims-org-id header"));
    if (QString::fromUtf8(org) != token->orgId)
        return ErrorBody::gateway(
                403, "403025",
                QStringLiteral("The access token does not belong to organization %1")
                        .arg(QString::fromUtf8(org)));

    const QByteArray sandboxHeader = request.header("x-sandbox-name").trimmed();
    const QString sandbox
            = sandboxHeader.isEmpty() ? QStringLiteral("prod") : QString::fromUtf8(sandboxHeader);
    const auto found = m_store.tenant(token->orgId, sandbox);
    if (!found)
        return ErrorBody::gateway(403, "403027",
                                  QStringLiteral("Sandbox '%1' does not exist in organization %2 "
                                                 "or is not accessible")
                                          .arg(sandbox, token->orgId));
    *tenant = *found;
    return std::nullopt;
}

void PlatformServer::send(QTcpSocket *socket, const HttpResponse &response,
                          const HttpRequest &request)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool close = request.header("connection").toLower().contains("close");
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.bodySize()) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (response.filePath.isEmpty() || request.method == "HEAD") {
        if (request.method != "HEAD")
            socket->write(response.body);
        if (close)
            socket->disconnectFromHost();
        return;
    }
    new FileStreamer(socket, response.filePath, response.fileOffset, response.fileLength, close);
}

} // namespace Emulator
