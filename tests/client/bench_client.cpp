#include "ScriptedHttpPeer.h"
#include "api/PlatformClient.h"
#include "api/Redaction.h"
#include "api/RequestEngine.h"
#include "api/StaticTokenProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <limits>

// How long the calling (GUI) thread stalls while a large job list is decoded: decoded on the
// thread pool, as the client does, against decoded inline on the calling thread, the
// baseline, measured in the same run. Then what an error page costs to fold into a message:
// the excerpt of hostile 64 KiB bodies against the pattern match it replaced.
//   cmake --build build --target bench_client && build/tests/client/bench_client
namespace {

QByteArray jobsBody(int count)
{
    QFile sample(QStringLiteral(EXPORT_STUDIO_TEST_DATA "/seed/get-job-response.json"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    const QJsonObject job = QJsonDocument::fromJson(sample.readAll()).object();
    QJsonArray records;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = job;
        copy.insert(u"id"_qs, 100000 + i);
        copy.insert(u"creationTime"_qs, 1700000000000LL - i);
        records.append(copy);
    }
    return QJsonDocument(QJsonObject{{u"records"_qs, records},
                                     {u"page"_qs, QJsonObject()},
                                     {u"link"_qs, QJsonObject()}})
            .toJson(QJsonDocument::Compact);
}

struct Figures
{
    double totalMs = 0;
    double longestStallMs = 0;
    int jobs = 0;
    // Kept, as a model keeps what it shows: freeing it is not part of the decoding.
    std::optional<ApiResult<ExportJobPage>> page;
};

Figures measure(ScriptedHttpPeer &peer, qsizetype threshold)
{
    PlatformClient client;
    Connection connection;
    connection.name = u"bench"_qs;
    connection.kind = Connection::Kind::LocalPlatform;
    connection.baseUrl = peer.url();
    connection.orgId = u"BENCH@AdobeOrg"_qs;
    connection.sandbox = u"prod"_qs;
    connection.clientId = u"bench"_qs;
    connection.authMethod = Connection::AuthMethod::StaticToken;
    client.setConnection(connection, std::make_unique<StaticTokenProvider>(u"bench-token"_qs));
    client.engine()->setOffThreadParseThreshold(threshold);

    // A 1 ms tick on the calling thread: the longest gap between two ticks is the longest
    // time the thread could not paint or react.
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });

    Figures figures;
    bool done = false;
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    tick.start();
    client.listExportJobs({}, nullptr, [&](ApiResult<ExportJobPage> page) {
        figures.jobs = page ? int(page.value().records.size()) : -1;
        figures.page.emplace(std::move(page));
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qFatal("no answer");
    figures.totalMs = double(total.nsecsElapsed()) / 1e6;
    tick.stop();
    figures.longestStallMs = longest;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    ScriptedHttpPeer peer;
    if (!peer.listen())
        return 1;
    for (const int count : {1000, 5000}) {
        const QByteArray body = jobsBody(count);
        peer.setHandler([&](const auto &) { return ScriptedHttpPeer::Answer::json(200, body); });
        measure(peer, 0); // warm up connections and caches
        const Figures inlineDecode = measure(peer, std::numeric_limits<qsizetype>::max());
        const Figures pooled = measure(peer, 256 * 1024);
        out << QStringLiteral("%1 jobs, %2 MB: decoded inline %3 ms total, longest stall "
                              "%4 ms | on the pool %5 ms total, longest stall %6 ms | stall "
                              "ratio %7x\n")
                        .arg(count)
                        .arg(double(body.size()) / 1e6, 0, 'f', 1)
                        .arg(inlineDecode.totalMs, 0, 'f', 1)
                        .arg(inlineDecode.longestStallMs, 0, 'f', 1)
                        .arg(pooled.totalMs, 0, 'f', 1)
                        .arg(pooled.longestStallMs, 0, 'f', 1)
                        .arg(inlineDecode.longestStallMs / std::max(0.001, pooled.longestStallMs),
                             0, 'f', 1);
        if (inlineDecode.jobs != count || pooled.jobs != count)
            return 1;
    }

    // The baseline: the excerpt as it was, with <script> and <style> blocks dropped by a lazy
    // pattern that scans the rest of the body again for every block never closed.
    const auto regexBaseline = [](const QByteArray &body) {
        static const QRegularExpression scriptOrStyle(
                u"<(script|style)\\b.*?</\\1\\s*>"_qs,
                QRegularExpression::CaseInsensitiveOption
                        | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(u"<[^>]*>"_qs);
        QString text = Redaction::redact(QString::fromUtf8(body.left(64 * 1024)), {});
        text.remove(scriptOrStyle);
        text.replace(tag, u" "_qs);
        text = text.simplified();
        if (text.size() > 300)
            text = text.left(300) + u'…';
        return text;
    };
    const auto timed = [](const auto &run) {
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        do {
            run();
            ++rounds;
        } while (timer.elapsed() < 300);
        return double(timer.nsecsElapsed()) / 1e6 / rounds;
    };
    for (const QByteArray &unit : {QByteArray("<style>x"), QByteArray("<script>"),
                                   QByteArray("<p>504 Gateway Time-out</p>")}) {
        QByteArray body;
        while (body.size() < 64 * 1024)
            body += unit;
        body.truncate(64 * 1024);
        if (Redaction::excerpt(body) != regexBaseline(body))
            return 1; // both must say the same
        const double excerptMs = timed([&] { (void)Redaction::excerpt(body); });
        const double baselineMs = timed([&] { (void)regexBaseline(body); });
        out << QStringLiteral("error excerpt of 64 KiB of \"%1\": %2 ms | pattern baseline "
                              "%3 ms | ratio %4x\n")
                        .arg(QString::fromLatin1(unit))
                        .arg(excerptMs, 0, 'f', 3)
                        .arg(baselineMs, 0, 'f', 3)
                        .arg(baselineMs / std::max(0.001, excerptMs), 0, 'f', 1);
    }
    return 0;
}
