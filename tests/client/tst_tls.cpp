#include "ClientTestSupport.h"
#include "api/RequestEngine.h"
#include "api/StaticTokenProvider.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace ClientTest;
using std::chrono::milliseconds;

// TLS verification is never turned off: a certificate the system does not trust stops the
// call with a TLS error, and the same server works once its certificate is trusted.
class tst_Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateRefused_data();
    void untrustedCertificateRefused();
    void trustedCertificateAccepted();
    void noCodeDisablesVerification();

private:
    std::shared_ptr<Outcome<RawReply>> call(const QByteArray &method);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslServer m_server;
    int m_httpRequests = 0;
};

void tst_Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    // A self-signed certificate made for this test alone (CN and SAN 127.0.0.1).
    QFile certificate(
            QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/tests/client/data/test-only-selfsigned.crt"));
    QFile key(
            QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/tests/client/data/test-only-selfsigned.key"));
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!m_key.isNull());

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask clients
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (m_server.hasPendingConnections()) {
            auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection());
            connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++m_httpRequests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

std::shared_ptr<Outcome<RawReply>> tst_Tls::call(const QByteArray &method)
{
    QNetworkAccessManager network;
    StaticTokenProvider tokens(u"tls-test-token"_qs);
    RequestEngine engine(&network);
    QUrl url;
    url.setScheme(u"https"_qs);
    url.setHost(u"127.0.0.1"_qs);
    url.setPort(m_server.serverPort());
    engine.setConnection(connectionTo(url));
    engine.setTokenProvider(&tokens);
    engine.setRetryPolicy(RetryPolicy::none());
    engine.setTimeout(milliseconds(5000));
    ApiRequest request;
    request.method = method;
    request.url = engine.connection().endpoint(u"/data/core/ups/export/jobs");
    if (method == "POST")
        request.body = "{}";
    auto outcome = std::make_shared<Outcome<RawReply>>();
    engine.send(request, this, recordInto(outcome));
    if (!QTest::qWaitFor([&] { return outcome->done(); }, 10000))
        qWarning("no answer");
    return outcome;
}

void tst_Tls::untrustedCertificateRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("GET") << QByteArray("GET");
    // Nothing was sent, so a create is plainly refused, not of unknown outcome.
    QTest::newRow("POST") << QByteArray("POST");
}

void tst_Tls::untrustedCertificateRefused()
{
    QFETCH(QByteArray, method);
    m_httpRequests = 0;
    auto outcome = call(method);
    QVERIFY(outcome->done());
    QVERIFY(!outcome->result->isOk());
    const ApiError error = outcome->result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY(error.message().contains(u"certificate"));
    QVERIFY(!error.message().contains(u"tls-test-token"));
    QCOMPARE(m_httpRequests, 0);
}

void tst_Tls::trustedCertificateAccepted()
{
    // Trusting the certificate as a CA, as a company would install its own, is the only way in.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    m_httpRequests = 0;
    auto outcome = call("GET");
    QSslConfiguration::setDefaultConfiguration(saved);
    QVERIFY(outcome->done());
    QVERIFY2(outcome->result->isOk(), why(*outcome->result).constData());
    QCOMPARE(m_httpRequests, 1);
}

void tst_Tls::noCodeDisablesVerification()
{
    QStringList offenders;
    for (const QString &folder : {u"api"_qs, u"app"_qs, u"models"_qs, u"ui"_qs}) {
        QDirIterator it(QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/") + folder,
                        {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            for (const char *forbidden : {"ignoreSslErrors", "VerifyNone", "QueryPeer"}) {
                if (text.contains(forbidden))
                    offenders << file.fileName() + u": "_qs + QLatin1String(forbidden);
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
