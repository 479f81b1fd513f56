#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

// A real HTTP/1.1 server on a loopback port whose answers a test scripts one by one, including
// the faults a real network produces: a connection dropped before or during an answer, a body
// cut short, an answer that never comes, a slow one. It records every request it received.
class ScriptedHttpPeer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpPeer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 receivedAtMs = 0; // since the peer started
        int connection = 0;

        QString path() const;
        QUrlQuery query() const;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Answer
    {
        enum class Fault {
            None,
            CloseWithoutAnswer, // read the request, then close the connection
            CloseAfterHeaders, // send the status line and headers, then close
            TruncateBody, // send `truncateAt` bytes of the body, then close
            NeverAnswer, // keep the connection open and silent
        };

        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Fault fault = Fault::None;
        int delayMs = 0;
        int truncateAt = 0;
        bool closeAfter = false;

        static Answer json(int status, const QByteArray &body);
        static Answer text(int status, const QByteArray &body,
                           const QByteArray &contentType = "text/plain");
        static Answer failure(Fault fault);
        Answer &withHeader(const QByteArray &name, const QByteArray &value);
        Answer &withDelay(int ms);
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit ScriptedHttpPeer(QObject *parent = nullptr);
    ~ScriptedHttpPeer() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    QUrl url() const;

    // Answers in the order requests arrive; once the queue is empty the handler answers, and
    // without a handler the peer answers 500.
    void enqueue(const Answer &answer);
    void setHandler(Handler handler);

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int requestCount(const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    // Connections the client closed or aborted while waiting for an answer.
    int abortedWhileWaiting() const { return m_abortedWhileWaiting; }

signals:
    void requestReceived();

private:
    struct ConnectionState
    {
        int id = 0;
        QByteArray buffer;
        bool waiting = false; // a request was read and its answer is not complete
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Answer &answer);
    static QByteArray reasonPhrase(int status);

    QTcpServer *m_server;
    QHash<QTcpSocket *, ConnectionState> m_connections;
    QList<Answer> m_queue;
    Handler m_handler;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    int m_nextConnection = 1;
    int m_abortedWhileWaiting = 0;
};

Q_DECLARE_METATYPE(ScriptedHttpPeer::Answer)
