#include "CliOptions.h"

#include <QCommandLineParser>

namespace {

const QString kBaseUrl = QStringLiteral("EXPORT_STUDIO_BASE_URL");
const QString kImsUrl = QStringLiteral("EXPORT_STUDIO_IMS_URL");
const QString kToken = QStringLiteral("EXPORT_STUDIO_TOKEN");
const QString kApiKey = QStringLiteral("EXPORT_STUDIO_API_KEY");
const QString kOrg = QStringLiteral("EXPORT_STUDIO_ORG");
const QString kSandbox = QStringLiteral("EXPORT_STUDIO_SANDBOX");
const QString kClientSecret = QStringLiteral("EXPORT_STUDIO_CLIENT_SECRET");
const QString kScopes = QStringLiteral("EXPORT_STUDIO_SCOPES");

} // namespace

QString CliOptions::defaultScopes()
{
    return QStringLiteral(
            "openid,AdobeID,read_organizations,additional_info.projectedProductContext");
}

QString CliOptions::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="))
            return arguments[i].mid(7);
    }
    return {};
}

QString CliOptions::credentialsProblem() const
{
    if (!token.isEmpty() || !clientSecret.isEmpty())
        return {};
    return tr("No credentials: set %1 to an access token, or %2 to the client secret of the "
              "client ID given as --api-key.")
            .arg(kToken, kClientSecret);
}

CliOptions CliOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment,
                             Outcome *outcome, QString *text)
{
    CliOptions options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
            tr("Creates, watches and cancels profile export jobs and downloads their files, "
               "over the same client as the Export Studio app."));
    const QCommandLineOption help({u"h"_qs, u"help"_qs}, tr("Shows this help."));
    const QCommandLineOption version({u"v"_qs, u"version"_qs}, tr("Shows the version."));
    const QCommandLineOption json(u"json"_qs, tr("Writes JSON for scripts instead of text."));
    const QCommandLineOption lang(u"lang"_qs, tr("Language of messages: ja or en."),
                                  tr("language", "value name of --lang"));
    const QCommandLineOption baseUrl(
            u"base-url"_qs, tr("Gateway URL, e.g. https://platform.adobe.io (%1).").arg(kBaseUrl),
            tr("url", "value name"));
    const QCommandLineOption imsUrl(u"ims-url"_qs,
                                    tr("Token service URL, e.g. https://ims-na1.adobelogin.com "
                                       "(%1).")
                                            .arg(kImsUrl),
                                    tr("url", "value name"));
    const QCommandLineOption org(u"org"_qs, tr("Organization ID, ...@AdobeOrg (%1).").arg(kOrg),
                                 tr("id", "value name"));
    const QCommandLineOption sandbox(u"sandbox"_qs,
                                     tr("Sandbox name; prod when not given (%1).").arg(kSandbox),
                                     tr("name", "value name"));
    const QCommandLineOption apiKey(u"api-key"_qs,
                                    tr("Client ID, sent as x-api-key (%1).").arg(kApiKey),
                                    tr("id", "value name"));
    const QCommandLineOption scopes(u"scopes"_qs,
                                    tr("OAuth scopes, comma-separated (%1).").arg(kScopes),
                                    tr("list", "value name"));
    const QCommandLineOption timeout(u"timeout"_qs,
                                     tr("Seconds to wait for each answer; 30 when not given."),
                                     tr("seconds", "value name"));
    const QCommandLineOption status(u"status"_qs,
                                    tr("jobs list: only jobs with this status (NEW, PROCESSING, "
                                       "SUCCEEDED, FAILED, CANCELLED)."),
                                    tr("status", "value name"));
    const QCommandLineOption all(u"all"_qs, tr("Lists: every page, not only the first."));
    const QCommandLineOption limit(u"limit"_qs, tr("Lists: entries per page."),
                                   tr("count", "value name"));
    const QCommandLineOption file(u"file"_qs,
                                  tr("jobs create, datasets create: the request as a JSON file."),
                                  tr("file", "value name"));
    const QCommandLineOption path(u"path"_qs, tr("files get: the name of the file to download."),
                                  tr("name", "value name"));
    const QCommandLineOption output({u"o"_qs, u"output"_qs},
                                    tr("files get: where to save the file; standard output when "
                                       "not given."),
                                    tr("file", "value name"));
    const QCommandLineOption resume(u"resume"_qs,
                                    tr("files get: continue an interrupted download."));
    const QCommandLineOption name(u"name"_qs, tr("datasets create: the dataset's name."),
                                  tr("name", "value name"));
    const QCommandLineOption description(u"description"_qs,
                                         tr("datasets create: the dataset's description."),
                                         tr("text", "value name"));
    const QCommandLineOption interval(u"interval"_qs,
                                      tr("jobs watch: seconds between two looks at the job; 5 "
                                         "when not given."),
                                      tr("seconds", "value name"));
    const QCommandLineOption check(u"check"_qs,
                                   tr("connections: sign in and read one job to prove the "
                                      "connection works."));
    parser.addOptions({help,   version, json,    lang,        baseUrl,  imsUrl, org,  sandbox,
                       apiKey, scopes,  timeout, status,      all,      limit,  file, path,
                       output, resume,  name,    description, interval, check});
    parser.addPositionalArgument(u"command"_qs, tr("What to do; see Commands below."));

    const auto fail = [&](const QString &reason) {
        *outcome = Outcome::Error;
        *text = reason;
        return options;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        *outcome = Outcome::Help;
        *text = parser.helpText() + u'\n'
                + tr("Commands:\n"
                     "  connections [--check]             the connection in use and where it "
                     "comes from\n"
                     "  datasets list [--all] [--limit N] datasets of the sandbox\n"
                     "  datasets create --name NAME       a dataset an export can write to\n"
                     "  datasets create --file FILE       a dataset from a request file\n"
                     "  jobs list [--status S] [--all]    export jobs, newest first\n"
                     "  jobs get ID                       one export job in detail\n"
                     "  jobs create --file FILE           a new export job; the request is "
                     "checked first\n"
                     "  jobs watch ID [--interval SEC]    follow a job until it ends\n"
                     "  jobs cancel ID                    ask the platform to cancel a job\n"
                     "  batches files ID [--all]          the files of an exported batch\n"
                     "  files get ID [--path NAME] [-o FILE]\n"
                     "                                    list a file's parts, or download one\n")
                + u'\n'
                + tr("Environment:\n"
                     "  %1, %2, %3, %4, %5, %6\n"
                     "      the connection, when no option gives it\n"
                     "  %7  an access token to use as is\n"
                     "  %8  the client secret, to obtain tokens by OAuth server-to-server\n"
                     "  Secrets are read from the environment only, never from arguments.\n")
                          .arg(kBaseUrl, kImsUrl, kApiKey, kOrg, kSandbox, kScopes, kToken,
                               kClientSecret)
                + u'\n'
                + tr("Exit codes:\n"
                     "  0  done\n"
                     "  1  a local file could not be read or written\n"
                     "  2  wrong usage, an unusable connection or an invalid request\n"
                     "  3  the platform or the network failed the call\n"
                     "  4  the watched job failed or was cancelled\n");
        return options;
    }
    if (parser.isSet(version)) {
        *outcome = Outcome::Version;
        *text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return options;
    }

    options.words = parser.positionalArguments();
    options.json = parser.isSet(json);
    options.language = parser.value(lang);
    options.status = parser.value(status);
    options.all = parser.isSet(all);
    options.file = parser.value(file);
    options.path = parser.value(path);
    options.output = parser.value(output);
    options.resume = parser.isSet(resume);
    options.name = parser.value(name);
    options.description = parser.value(description);
    options.check = parser.isSet(check);

    if (parser.isSet(limit)) {
        bool ok = false;
        const int value = parser.value(limit).toInt(&ok);
        if (!ok || value < 1 || value > 100)
            return fail(tr("--limit takes a number from 1 to 100."));
        options.limit = value;
    }
    if (parser.isSet(interval)) {
        bool ok = false;
        const double value = parser.value(interval).toDouble(&ok);
        if (!ok || value < 0.1 || value > 3600)
            return fail(tr("--interval takes seconds from 0.1 to 3600."));
        options.intervalSeconds = value;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double value = parser.value(timeout).toDouble(&ok);
        if (!ok || value < 1 || value > 3600)
            return fail(tr("--timeout takes seconds from 1 to 3600."));
        options.timeout = std::chrono::milliseconds(qint64(value * 1000));
    }

    // Each connection field: the option, else the environment, else a default.
    const auto pick = [&](const QCommandLineOption &option, const QString &variable,
                          const QString &fallback) {
        const QString flag = u"--"_qs + option.names().constLast();
        if (parser.isSet(option)) {
            options.sources << flag;
            return parser.value(option).trimmed();
        }
        const QString fromEnvironment = environment.value(variable).trimmed();
        if (!fromEnvironment.isEmpty()) {
            options.sources << variable;
            return fromEnvironment;
        }
        options.sources << (fallback.isEmpty() ? QString() : tr("default"));
        return fallback;
    };
    Connection &c = options.connection;
    c.name = tr("Command line");
    c.baseUrl = QUrl(pick(baseUrl, kBaseUrl, u"https://platform.adobe.io"_qs));
    c.imsUrl = QUrl(pick(imsUrl, kImsUrl, u"https://ims-na1.adobelogin.com"_qs));
    c.orgId = pick(org, kOrg, {});
    c.sandbox = pick(sandbox, kSandbox, u"prod"_qs);
    c.clientId = pick(apiKey, kApiKey, {});
    const QString scopeList = pick(scopes, kScopes, defaultScopes());
    for (const QString &scope : scopeList.split(u',', Qt::SkipEmptyParts))
        c.scopes << scope.trimmed();
    c.kind = Connection::isLoopbackHost(c.baseUrl.host()) ? Connection::Kind::LocalPlatform
                                                          : Connection::Kind::Platform;

    options.token = environment.value(kToken).trimmed();
    options.clientSecret = environment.value(kClientSecret);
    c.authMethod = options.token.isEmpty() ? Connection::AuthMethod::OAuthServerToServer
                                           : Connection::AuthMethod::StaticToken;
    *outcome = Outcome::Run;
    return options;
}
