#pragma once

#include <QCommandLineOption>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class LanguageSwitcher;
class QCommandLineParser;
class MainWindow;

// Owns what lives as long as the process: the language, the main window, and (as the app
// grows) the settings, the platform client and the embedded local platform.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Reads the command line; returns an exit code when the process should stop at once
    // (--help, --version, a usage error), otherwise nothing.
    std::optional<int> parseArguments(const QStringList &arguments);
    // Whether parseArguments() would stop the process, so no window system is needed.
    static bool answersOnConsole(const QStringList &arguments);
    void start();

    LanguageSwitcher *languageSwitcher() const { return m_language.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }

private:
    struct Options
    {
        QCommandLineOption help;
        QCommandLineOption version;
        QCommandLineOption language;
    };
    static Options addOptions(QCommandLineParser &parser);

    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<MainWindow> m_mainWindow;
};
