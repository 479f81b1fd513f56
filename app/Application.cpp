#include "Application.h"

#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

// The value of --lang, read before the parser is built so that its texts are already in
// that language.
QString peekLanguage(const QStringList &arguments)
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

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
    , m_language(std::make_unique<LanguageSwitcher>())
{
    m_language->setLanguage(QString());
}

Application::~Application() = default;

Application::Options Application::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            tr("Create, monitor and cancel customer-profile export jobs."));
    Options options{parser.addHelpOption(), parser.addVersionOption(),
                    QCommandLineOption(QStringLiteral("lang"),
                                       tr("Interface language: %1.")
                                               .arg(LanguageSwitcher::availableLanguages().join(
                                                       QStringLiteral(", "))),
                                       tr("language"))};
    parser.addOption(options.language);
    return options;
}

bool Application::answersOnConsole(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    if (!parser.parse(arguments) || parser.isSet(options.help) || parser.isSet(options.version))
        return true;
    const QString language = parser.value(options.language);
    return !language.isEmpty() && !LanguageSwitcher::availableLanguages().contains(language);
}

std::optional<int> Application::parseArguments(const QStringList &arguments)
{
    const QString language = peekLanguage(arguments);
    if (!language.isEmpty() && !m_language->setLanguage(language)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Unknown language \"%1\". Available: %2.")
                                        .arg(language,
                                             LanguageSwitcher::availableLanguages().join(
                                                     QStringLiteral(", ")))));
        return 2;
    }

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(options.help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(options.version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return std::nullopt;
}

void Application::start()
{
    m_mainWindow = std::make_unique<MainWindow>();
    m_mainWindow->show();
}
