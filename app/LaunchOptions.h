#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <variant>

// What the command line of export-studio asks for. Reading it needs no window system, so
// --help, --version and usage errors answer on a terminal without a display.
class LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    // How the process ends at once instead of opening a window.
    struct Exit
    {
        int code = 0; // 0 for --help and --version, 2 for a usage error
        QString text; // printed as is
        bool toStderr = false;
    };

    static constexpr double defaultDemoPace = 4.0; // seconds per export phase
    static constexpr double maxDemoPace = 600.0;

    QString connection; // a saved connection's name; empty: the one last used
    QString sandbox; // empty: the connection's own
    QString language; // "ja", "en"; empty: the saved choice, else the system's
    QString dataDir; // settings, history, drafts and the local platform's data
    double demoPace = defaultDemoPace;

    // The options, or how the process ends. The texts follow the installed translators.
    static std::variant<LaunchOptions, Exit> read(const QStringList &arguments);
    // The value of --lang, found before the parser is built so its texts are already in
    // that language; empty when absent.
    static QString peekLanguage(const QStringList &arguments);
    // QStandardPaths' application data folder.
    static QString defaultDataDir();
    // The settings file inside a data folder.
    static QString settingsFile(const QString &dataDir);
};
