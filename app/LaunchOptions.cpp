#include "LaunchOptions.h"

#include "models/ConnectionStore.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>

QString LaunchOptions::peekLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--lang" || arg == u"-lang")
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return QString();
}

QString LaunchOptions::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString LaunchOptions::settingsFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("export-studio.ini"));
}

std::variant<LaunchOptions, LaunchOptions::Exit> LaunchOptions::read(const QStringList &arguments)
{
    const QString languages = LanguageSwitcher::availableLanguages().join(QStringLiteral(", "));
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Create, monitor and cancel customer-profile export jobs. Without a saved "
               "connection it runs on its embedded local platform, with demo data."));
    // Our own help and version options: Qt's describe themselves in English only and add
    // --help-all, which lists options of Qt's that the app does not document.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Shows the version."));
    const QCommandLineOption connection(QStringLiteral("connection"),
                                        tr("Open the saved connection NAME."), tr("NAME"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Open the sandbox NAME of the connection."), tr("NAME"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("Interface language: %1.").arg(languages), tr("language"));
    const QCommandLineOption dataDir(
            QStringLiteral("data-dir"),
            tr("Keep settings, job history, drafts and the local platform's data in DIR "
               "(default: %1).")
                    .arg(QDir::toNativeSeparators(defaultDataDir())),
            tr("DIR"));
    const QCommandLineOption pace(
            QStringLiteral("demo-pace"),
            tr("Make each phase of a local platform export last at least SECONDS (default: "
               "%1; 0 for full speed).")
                    .arg(defaultDemoPace),
            tr("SECONDS"));
    parser.addOptions({help, version, connection, sandbox, language, dataDir, pace});

    auto usageError = [](const QString &text) {
        return Exit{2, text + u'\n', true};
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        return Exit{0, parser.helpText(), false};
    if (parser.isSet(version)) {
        return Exit{0,
                    QCoreApplication::applicationName() + u' '
                            + QCoreApplication::applicationVersion() + u'\n',
                    false};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("Unexpected argument \"%1\". See --help.")
                                  .arg(parser.positionalArguments().constFirst()));
    }

    LaunchOptions options;
    options.language = parser.value(language);
    if (parser.isSet(language)
        && !LanguageSwitcher::availableLanguages().contains(options.language)) {
        return usageError(
                tr("Unknown language \"%1\". Available: %2.").arg(options.language, languages));
    }

    if (parser.isSet(pace)) {
        bool ok = false;
        const QString text = parser.value(pace);
        options.demoPace = text.toDouble(&ok);
        if (!ok || !std::isfinite(options.demoPace) || options.demoPace < 0
            || options.demoPace > maxDemoPace) {
            return usageError(tr("--demo-pace takes a number of seconds from 0 to %1, not "
                                 "\"%2\".")
                                      .arg(maxDemoPace)
                                      .arg(text));
        }
    }

    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    if (options.dataDir.trimmed().isEmpty())
        return usageError(tr("--data-dir needs a folder."));
    options.dataDir = QDir::cleanPath(QDir(options.dataDir).absolutePath());
    if (const QFileInfo info(options.dataDir); info.exists() && !info.isDir())
        return usageError(tr("\"%1\" is not a folder.").arg(options.dataDir));

    options.sandbox = parser.value(sandbox).trimmed().toLower();
    static const QRegularExpression sandboxPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (parser.isSet(sandbox) && !sandboxPattern.match(options.sandbox).hasMatch()) {
        return usageError(tr("The sandbox name \"%1\" is not valid: use lowercase letters, "
                             "digits and hyphens.")
                                  .arg(parser.value(sandbox)));
    }

    options.connection = parser.value(connection);
    if (parser.isSet(connection)) {
        // Read only: a mistyped name must not create a settings file anywhere.
        QSettings settings(settingsFile(options.dataDir), QSettings::IniFormat);
        const ConnectionStore store(&settings);
        if (!store.find(options.connection)) {
            QStringList names;
            for (const Connection &saved : store.connections())
                names << saved.name;
            return usageError(tr("There is no connection called \"%1\". Saved connections: %2.")
                                      .arg(options.connection, names.join(QStringLiteral(", "))));
        }
    }
    return options;
}
