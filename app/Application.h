#pragma once

#include "LaunchOptions.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class AppContext;
class LanguageSwitcher;
class LocalPlatform;
class MainWindow;

// The process: reads the command line, installs the translators, builds the long-lived
// objects (AppContext) under the data folder, starts the embedded local platform when the
// current connection is the local platform, and opens the main window at once, before the
// platform answers.
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
    // Opens the main window; needs a QApplication.
    void start();

    const LaunchOptions &options() const { return m_options; }
    LanguageSwitcher *languageSwitcher() const { return m_language.get(); }
    AppContext *context() const { return m_context.get(); }
    LocalPlatform *localPlatform() const { return m_localPlatform.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }

signals:
    // On a first run of the local platform, the export job started so that a newcomer sees
    // one move through its phases.
    void firstJobStarted(qint64 jobId);

private:
    void startLocalPlatform();
    void onLocalPlatformStarted(const QUrl &baseUrl);
    void startFirstJob();
    void applyLanguage(const QString &language);

    LaunchOptions m_options;
    std::unique_ptr<LanguageSwitcher> m_language;
    // Destroyed in reverse: the window, then the client and monitor, then the platform.
    std::unique_ptr<LocalPlatform> m_localPlatform;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_mainWindow;
    bool m_firstJobPending = false;
};
