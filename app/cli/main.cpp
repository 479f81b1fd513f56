#include "CliCommands.h"
#include "CliOptions.h"
#include "ExitCode.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("export-studio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ExportStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPORT_STUDIO_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    // Output is for the command's results; the client's own notes (retries, renewed tokens)
    // show only when QT_LOGGING_RULES asks for them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("es.*.info=false\nes.*.debug=false"));

    // The language first: every later message, the help included, is translated.
    LanguageSwitcher language;
    const QString requested = CliOptions::languageArgument(arguments);
    if (!language.setLanguage(requested)) {
        QTextStream(stderr) << QCoreApplication::translate("CliOptions",
                                                           "Unknown language \"%1\": use ja or en.")
                                       .arg(requested)
                            << Qt::endl;
        return ExitUsage;
    }

    CliOptions::Outcome outcome = CliOptions::Outcome::Error;
    QString text;
    const CliOptions options = CliOptions::parse(
            arguments, QProcessEnvironment::systemEnvironment(), &outcome, &text);
    switch (outcome) {
    case CliOptions::Outcome::Help:
    case CliOptions::Outcome::Version:
        QTextStream(stdout) << text << Qt::endl;
        return ExitOk;
    case CliOptions::Outcome::Error:
        QTextStream(stderr) << text << u'\n'
                            << QCoreApplication::translate("CliOptions",
                                                           "Run with --help for the commands.")
                            << Qt::endl;
        return ExitUsage;
    case CliOptions::Outcome::Run:
        break;
    }

    CliCommands commands(options);
    QObject::connect(&commands, &CliCommands::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    commands.start();
    return QCoreApplication::exec();
}
