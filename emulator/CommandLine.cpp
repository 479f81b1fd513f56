#include "CommandLine.h"

#include "Credentials.h"

#include <QCommandLineParser>
#include <QUrl>

#include <cstdio>

namespace Emulator {

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

std::optional<int> CommandLine::parse(const QStringList &arguments, PlatformOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("A local platform that speaks the export API of the customer-data platform: IMS "
               "tokens, Catalog datasets and batches, export jobs, segment definitions, merge "
               "policies, audiences and Data Access, with real exports of generated profiles."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port(
            QStringLiteral("port"), tr("TCP port to listen on; 0 picks a free port (default: 0)."),
            tr("port", "value name of a command-line option"), QStringLiteral("0"));
    const QCommandLineOption bind(
            QStringLiteral("bind"),
            tr("Address to listen on (default: 127.0.0.1). Anything other than "
               "a loopback address makes the platform reachable from other "
               "machines."),
            tr("address", "value name of a command-line option"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Folder for the SQLite state and the exported files; kept "
                                        "across restarts. Without it a temporary folder is used "
                                        "and removed on exit."),
                                     tr("folder", "value name of a command-line option"));
    const QCommandLineOption profiles(
            QStringLiteral("profiles"),
            tr("Profiles with a profile record in the demo organization's "
               "\"prod\" sandbox (default: 2000). Other sandboxes get a "
               "tenth; one profile in twenty more has only events."),
            tr("count", "value name of a command-line option"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generated profiles, segments and policies "
                                     "(default: 1). The same seed always gives the same data."),
                                  tr("number", "value name of a command-line option"),
                                  QStringLiteral("1"));
    const QCommandLineOption pace(QStringLiteral("pace"),
                                  tr("Seconds that each stage of an export lasts at least: queue "
                                     "wait, profile export and dataset write (default: 0, as fast "
                                     "as the disk allows). Use 5 to watch jobs move in a demo."),
                                  tr("seconds", "value name of a command-line option"),
                                  QStringLiteral("0"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      tr("Lifetime of issued access tokens in seconds (default: "
                                         "86399)."),
                                      tr("seconds", "value name of a command-line option"),
                                      QStringLiteral("86399"));
    const QCommandLineOption chaos(QStringLiteral("chaos"),
                                   tr("Misbehaviour to inject, as comma-separated kind=rate items "
                                      "(rates 0..1 or percentages): fail=R (export jobs end "
                                      "FAILED), 429=R[:SECONDS] (Too Many Requests with "
                                      "Retry-After, default 1), 5xx=R (500, 502, 503 or 504), "
                                      "slow=R[:MS] (answer late, default 1500 ms), drop=R (close "
                                      "the connection without an answer), seed=N (reproducible "
                                      "dice)."),
                                   tr("spec", "value name of a command-line option"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Add demo data on first start: a union-schema dataset, a "
                                     "dataset on another schema and three past jobs (succeeded, "
                                     "failed, cancelled)."));
    const QCommandLineOption log(
            QStringLiteral("log"),
            tr("Append every request to this file as JSON Lines (method, path, "
               "query, sandbox, status, bytes, duration, request body). "
               "Tokens and secrets are never written."),
            tr("file", "value name of a command-line option"));
    const QCommandLineOption recordsPerFile(QStringLiteral("records-per-file"),
                                            tr("Records per exported file before a new file of "
                                               "the batch starts (default: 250000)."),
                                            tr("count", "value name of a command-line option"),
                                            QStringLiteral("250000"));
    parser.addOptions({port, bind, dataDir, profiles, seed, pace, lifetime, chaos, demo, log,
                       recordsPerFile});

    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + u'\n' + tr("Try --help.") + u'\n');
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text += u'\n' + tr("Examples:") + u'\n';
        text += QStringLiteral("  platform-emulator --port 8080 --demo --pace 5\n");
        text += QStringLiteral("  platform-emulator --data-dir ~/platform-data --profiles 100000 "
                               "--log requests.jsonl\n");
        text += QStringLiteral("  platform-emulator --chaos "
                               "\"429=0.1:2,5xx=0.05,slow=0.1:2000,drop=0.02,seed=7\"\n");
        text += QStringLiteral("  platform-emulator --token-lifetime 60 --chaos fail=0.5\n");
        text += u'\n'
                + tr("Every URL of the platform is served on the one port: point both the "
                     "gateway URL and the IMS URL of a connection at the printed base URL.")
                + u'\n';
        print(stdout, text);
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout,
              QStringLiteral("platform-emulator %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }

    auto fail = [](const QString &message) {
        print(stderr, message + u'\n');
        return std::optional<int>(2);
    };
    bool ok = false;
    const int portValue = parser.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return fail(tr("--port must be a number from 0 to 65535."));
    options->port = quint16(portValue);
    if (!options->bindAddress.setAddress(parser.value(bind)))
        return fail(tr("--bind: '%1' is not an IP address.").arg(parser.value(bind)));
    options->dataDir = parser.value(dataDir);
    options->profiles = parser.value(profiles).toInt(&ok);
    if (!ok || options->profiles < 0 || options->profiles > 50000000)
        return fail(tr("--profiles must be a number from 0 to 50000000."));
    options->seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a whole number."));
    options->paceSeconds = parser.value(pace).toDouble(&ok);
    if (!ok || options->paceSeconds < 0 || options->paceSeconds > 3600)
        return fail(tr("--pace must be a number of seconds from 0 to 3600."));
    options->tokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || options->tokenLifetimeSeconds < 1)
        return fail(tr("--token-lifetime must be a number of seconds from 1."));
    options->recordsPerFile = parser.value(recordsPerFile).toInt(&ok);
    if (!ok || options->recordsPerFile < 1)
        return fail(tr("--records-per-file must be a number from 1."));
    if (parser.isSet(chaos)) {
        const QString problem = ChaosSettings::parse(parser.value(chaos), &options->chaos);
        if (!problem.isEmpty())
            return fail(tr("--chaos: %1").arg(problem));
    }
    options->demo = parser.isSet(demo);
    options->logFile = parser.value(log);
    return std::nullopt;
}

QString CommandLine::banner(const QUrl &baseUrl, const QString &dataDir,
                            const PlatformOptions &options)
{
    const Credentials demo = Credentials::demo();
    const QString url = baseUrl.toString();
    QString text = tr("The local platform is listening on %1").arg(url) + u'\n';
    text += tr("  Gateway URL:    %1").arg(url) + u'\n';
    text += tr("  IMS URL:        %1 (POST /ims/token/v3)").arg(url) + u'\n';
    text += tr("  Org ID:         %1").arg(demo.orgId) + u'\n';
    text += tr("  Client ID:      %1").arg(demo.clientId) + u'\n';
    text += tr("  Client secret:  %1 (demo credentials of the local platform)")
                    .arg(demo.clientSecret)
            + u'\n';
    text += tr("  Sandboxes:      %1").arg(demo.sandboxes.join(QStringLiteral(", "))) + u'\n';
    text += tr("  Data folder:    %1").arg(dataDir) + u'\n';
    text += tr("  Profiles:       %1 (seed %2)").arg(options.profiles).arg(options.seed) + u'\n';
    if (!options.chaos.isQuiet())
        text += tr("  Chaos:          %1").arg(options.chaos.toString()) + u'\n';
    if (options.paceSeconds > 0)
        text += tr("  Pace:           %1 s per stage").arg(options.paceSeconds) + u'\n';
    text += tr("Press Ctrl+C to stop.") + u'\n';
    return text;
}

} // namespace Emulator
