#include "ScriptedHttpPeer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

QString ScriptedHttpPeer::Request::path() const
{
    const int question = target.indexOf('?');
    return QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
}

QUrlQuery ScriptedHttpPeer::Request::query() const
{
    const int question = target.indexOf('?');
    return question < 0 ? QUrlQuery() : QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
}

ScriptedHttpPeer::Answer ScriptedHttpPeer::Answer::json(int status, const QByteArray &body)
{
    Answer a;
    a.status = status;
    a.body = body;
    a.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return a;
}

ScriptedHttpPeer::Answer ScriptedHttpPeer::Answer::text(int status, const QByteArray &body,
                                                        const QByteArray &contentType)
{
    Answer a;
    a.status = status;
    a.body = body;
    a.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", contentType));
    return a;
}

ScriptedHttpPeer::Answer ScriptedHttpPeer::Answer::failure(Fault fault)
{
    Answer a = json(200, R"({"records":[]})");
    a.fault = fault;
    a.truncateAt = 5;
    return a;
}

ScriptedHttpPeer::Answer &ScriptedHttpPeer::Answer::withHeader(const QByteArray &name,
                                                               const QByteArray &value)
{
    headers.append(std::pair(name, value));
    return *this;
}

ScriptedHttpPeer::Answer &ScriptedHttpPeer::Answer::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

ScriptedHttpPeer::ScriptedHttpPeer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpPeer::onNewConnection);
}

ScriptedHttpPeer::~ScriptedHttpPeer() = default;

bool ScriptedHttpPeer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpPeer::url() const
{
    QUrl url;
    url.setScheme(u"http"_qs);
    url.setHost(u"127.0.0.1"_qs);
    url.setPort(m_server->serverPort());
    return url;
}

void ScriptedHttpPeer::enqueue(const Answer &answer)
{
    m_queue.append(answer);
}

void ScriptedHttpPeer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

int ScriptedHttpPeer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &r) { return r.path() == path; }));
}

void ScriptedHttpPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, ConnectionState{m_nextConnection++, {}, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.value(socket).waiting)
                ++m_abortedWhileWaiting;
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpPeer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    while (!it->waiting) {
        const int headEnd = it->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = it->buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        request.method = start.value(0);
        request.target = start.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (it->buffer.size() < headEnd + 4 + length)
            return;
        request.body = it->buffer.mid(headEnd + 4, length);
        it->buffer.remove(0, headEnd + 4 + length);
        request.receivedAtMs = m_clock.elapsed();
        request.connection = it->id;
        m_requests.append(request);
        it->waiting = true;

        Answer reply;
        if (!m_queue.isEmpty())
            reply = m_queue.takeFirst();
        else if (m_handler)
            reply = m_handler(request);
        else
            reply = Answer::json(500, R"({"errorMessage":"no scripted answer"})");
        emit requestReceived();

        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
                if (guard)
                    answer(guard, reply);
            });
        } else {
            answer(socket, reply);
        }
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
    }
}

void ScriptedHttpPeer::answer(QTcpSocket *socket, const Answer &answer)
{
    using Fault = Answer::Fault;
    if (answer.fault == Fault::NeverAnswer)
        return;
    auto it = m_connections.find(socket);
    if (it != m_connections.end())
        it->waiting = false;
    if (answer.fault == Fault::CloseWithoutAnswer) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
            + reasonPhrase(answer.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : answer.headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || name.toLower() == "content-length";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    const bool close = answer.closeAfter || answer.fault != Fault::None;
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    if (answer.fault == Fault::CloseAfterHeaders) {
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (answer.fault == Fault::TruncateBody) {
        socket->write(answer.body.left(answer.truncateAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(answer.body);
    if (close)
        socket->disconnectFromHost();
}

QByteArray ScriptedHttpPeer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
