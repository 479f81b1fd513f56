#include "api/CurlCommand.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// CurlCommand writes a call a person can paste into a shell: the connection's headers, the
// access token as a placeholder, the body indented and safely quoted, and never a secret.
class tst_CurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void exportJobCommand();
    void missingValuesBecomePlaceholders();
    void quotesSurviveTheShell_data();
    void quotesSurviveTheShell();
    void tokenRequestHidesTheSecret();
    void queryIsEncoded();

private:
    static Connection connection();
};

Connection tst_CurlCommand::connection()
{
    Connection c;
    c.name = u"Work"_s;
    c.baseUrl = QUrl(u"https://platform.adobe.io"_s);
    c.imsUrl = QUrl(u"https://ims-na1.adobelogin.com"_s);
    c.orgId = u"ABC123@AdobeOrg"_s;
    c.sandbox = u"prod"_s;
    c.clientId = u"client-1"_s;
    c.scopes = {u"openid"_s, u"AdobeID"_s};
    return c;
}

void tst_CurlCommand::exportJobCommand()
{
    CurlCommand command(connection(), "POST", u"/data/core/ups/export/jobs");
    const QJsonObject body{{u"fields"_s, u"identities.id"_s},
                           {u"destination"_s, QJsonObject{{u"datasetId"_s, u"5b02"_s}}},
                           {u"schema"_s, QJsonObject{{u"name"_s, u"_xdm.context.profile"_s}}}};
    command.setJsonBody(body);
    const QString text = command.toString();
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.first(),
             u"curl -X POST 'https://platform.adobe.io/data/core/ups/export/jobs' \\"_s);
    QVERIFY(text.contains(u"-H 'Content-Type: application/json'"_s));
    QVERIFY(text.contains(u"-H 'Authorization: Bearer {ACCESS_TOKEN}'"_s));
    QVERIFY(text.contains(u"-H 'x-api-key: client-1'"_s));
    QVERIFY(text.contains(u"-H 'x-gw-ims-org-id: ABC123@AdobeOrg'"_s));
    QVERIFY(text.contains(u"-H 'x-sandbox-name: prod'"_s));
    // Each header line continues the command.
    for (const QString &line : lines) {
        if (line.startsWith(u"  -H "))
            QVERIFY2(line.endsWith(u" \\"_s), qPrintable(line));
    }
    // The body after -d is the JSON, whole.
    const qsizetype start = text.indexOf(u"-d '"_s) + 4;
    QVERIFY(start > 4);
    QVERIFY(text.endsWith(u'\''));
    const QString json = text.mid(start, text.size() - start - 1);
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), body);
}

void tst_CurlCommand::missingValuesBecomePlaceholders()
{
    Connection c = connection();
    c.clientId.clear();
    c.orgId.clear();
    c.sandbox.clear();
    const QString text = CurlCommand(c, "GET", u"/data/core/ups/export/jobs").toString();
    QVERIFY(text.contains(u"x-api-key: {API_KEY}"_s));
    QVERIFY(text.contains(u"x-gw-ims-org-id: {IMS_ORG}"_s));
    QVERIFY(text.contains(u"x-sandbox-name: {SANDBOX_NAME}"_s));
    QVERIFY(!text.contains(u"-d "_s));
    QVERIFY(!text.contains(u"Content-Type"_s));
}

void tst_CurlCommand::quotesSurviveTheShell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("single quote") << u"O'Brien"_s << u"'O'\\''Brien'"_s;
    QTest::newRow("dollar and backtick") << u"$HOME `id`"_s << u"'$HOME `id`'"_s;
    QTest::newRow("double quotes") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
}

void tst_CurlCommand::quotesSurviveTheShell()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(CurlCommand::shellQuote(text), quoted);
}

void tst_CurlCommand::tokenRequestHidesTheSecret()
{
    const QString text = CurlCommand::tokenRequest(connection()).toString();
    QVERIFY(text.startsWith(u"curl -X POST 'https://ims-na1.adobelogin.com/ims/token/v3'"_s));
    QVERIFY(text.contains(u"Content-Type: application/x-www-form-urlencoded"_s));
    QVERIFY(text.contains(u"client_id=client-1"_s));
    QVERIFY(text.contains(u"client_secret={CLIENT_SECRET}"_s));
    QVERIFY(text.contains(u"scope=openid%2CAdobeID"_s));
    QVERIFY(!text.contains(u"Authorization"_s));
}

void tst_CurlCommand::queryIsEncoded()
{
    CurlCommand command(connection(), "GET", u"/data/core/ups/export/jobs");
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"10"_s);
    query.addQueryItem(u"offset"_s, u"1538573416687_722"_s);
    command.setQuery(query);
    QVERIFY(command.toString().startsWith(
            u"curl -X GET 'https://platform.adobe.io/data/core/ups/export/jobs?limit=10&offset=1538573416687_722'"_s));
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
