#include "Application.h"

#include "AppContext.h"
#include "LocalPlatform.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "emulator/EmbeddedPlatform.h"
#include "models/ConnectionStore.h"
#include "models/JobMonitor.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <cstdio>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
    , m_language(std::make_unique<LanguageSwitcher>())
{
    m_language->setLanguage(QString());
}

Application::~Application()
{
    if (m_mainWindow)
        m_mainWindow->saveWindowState();
}

bool Application::answersOnConsole(const QStringList &arguments)
{
    return std::holds_alternative<LaunchOptions::Exit>(LaunchOptions::read(arguments));
}

std::optional<int> Application::parseArguments(const QStringList &arguments)
{
    // Before the parser is built, so that --help is already in that language.
    const QString language = LaunchOptions::peekLanguage(arguments);
    if (LanguageSwitcher::availableLanguages().contains(language))
        m_language->setLanguage(language);

    auto result = LaunchOptions::read(arguments);
    if (const auto *exit = std::get_if<LaunchOptions::Exit>(&result)) {
        std::fputs(exit->text.toLocal8Bit().constData(), exit->toStderr ? stderr : stdout);
        return exit->code;
    }
    m_options = std::get<LaunchOptions>(std::move(result));
    return std::nullopt;
}

void Application::start()
{
    m_context = std::make_unique<AppContext>(m_options.dataDir);
    m_context->setLocalPlatformSecret(Emulator::EmbeddedPlatform::credentials().clientSecret);
    QSettings *settings = m_context->settings();

    // --lang wins for this run; otherwise the choice made in Settings, else the system's.
    QString language = m_options.language;
    if (language.isEmpty())
        language = settings->value(kLanguageKey).toString();
    if (!language.isEmpty())
        m_language->setLanguage(language);

    ConnectionStore *connections = m_context->connections();
    if (!m_options.connection.isEmpty())
        connections->setCurrentName(m_options.connection);
    if (!m_options.sandbox.isEmpty())
        connections->setCurrentSandbox(m_options.sandbox);

    m_localPlatform = std::make_unique<LocalPlatform>(
            QDir(m_options.dataDir).filePath(QStringLiteral("local-platform")), m_options.demoPace);
    connect(m_localPlatform.get(), &LocalPlatform::started, this,
            &Application::onLocalPlatformStarted);
    connect(m_localPlatform.get(), &LocalPlatform::failed, this, [this](const QString &message) {
        m_mainWindow->setLocalPlatformState(MonitorStatus::PlatformState::Failed, message);
    });
    connect(m_context.get(), &AppContext::localPlatformNeeded, this,
            &Application::startLocalPlatform);
    connect(m_context.get(), &AppContext::connected, this, [this](const Connection &connection) {
        if (connection.kind != Connection::Kind::LocalPlatform)
            return;
        m_mainWindow->setLocalPlatformState(MonitorStatus::PlatformState::NotUsed);
        if (m_firstJobPending
            && connection.sandbox == Emulator::EmbeddedPlatform::credentials().defaultSandbox())
            startFirstJob();
    });

    m_mainWindow = std::make_unique<MainWindow>(m_context->services());
    // The store announces an edit of the connection in use before its new secret is written;
    // once it is, the client signs in with it.
    connect(m_mainWindow.get(), &MainWindow::connectionSaved, this,
            [this](const Connection &connection) {
                if (connection.name == m_context->connections()->currentName())
                    m_context->reconnect();
            });
    m_mainWindow->setLanguage(language);
    connect(m_mainWindow.get(), &MainWindow::languageRequested, this, &Application::applyLanguage);
    m_mainWindow->show();
    // The window is up; the platform (if any) starts behind it.
    m_context->activate();
}

void Application::startLocalPlatform()
{
    m_mainWindow->setLocalPlatformState(MonitorStatus::PlatformState::Starting);
    if (m_localPlatform->state() == LocalPlatform::State::Running)
        onLocalPlatformStarted(m_localPlatform->baseUrl());
    else
        m_localPlatform->start();
}

void Application::onLocalPlatformStarted(const QUrl &baseUrl)
{
    const Emulator::Credentials demo = Emulator::EmbeddedPlatform::credentials();
    m_firstJobPending = m_localPlatform->isFresh();
    // Connects at once when the local platform is the current connection.
    m_context->connections()->setLocalPlatform(baseUrl, demo.orgId, demo.clientId,
                                               demo.defaultSandbox(),
                                               demo.scopes.split(u',', Qt::SkipEmptyParts));
}

void Application::startFirstJob()
{
    m_firstJobPending = false;
    // The same request as the demo's succeeded export, so it is sure to be valid.
    ExportJobQuery query;
    query.limit = 20;
    m_context->client()->listExportJobs(query, this, [this](ApiResult<ExportJobPage> page) {
        if (!page)
            return;
        for (const ExportJob &job : page.value().records) {
            if (job.status() != JobStatus::Succeeded)
                continue;
            m_context->client()->createExportJob(ExportJobRequest::fromJob(job), this,
                                                 [this](ApiResult<ExportJob> created) {
                                                     if (!created)
                                                         return;
                                                     m_context->monitor()->refreshNow();
                                                     emit firstJobStarted(created.value().id);
                                                 });
            return;
        }
    });
}

void Application::applyLanguage(const QString &language)
{
    if (!m_language->setLanguage(language))
        return;
    m_context->settings()->setValue(kLanguageKey, language);
}
