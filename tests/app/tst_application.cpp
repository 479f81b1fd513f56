#include "app/AppContext.h"
#include "app/Application.h"
#include "app/LocalPlatform.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The application as `export-studio --data-dir DIR` starts it: the embedded local platform on
// its own thread with demo data, the window populated from it, and a language that is chosen
// in Settings, applied at once and kept for the next start.
class tst_Application : public QObject
{
    Q_OBJECT

private slots:
    void startsPopulatedOnTheLocalPlatform();
    void languageChosenInSettingsIsAppliedAndKept();

private:
    std::unique_ptr<Application> start(const QStringList &options);

    QTemporaryDir m_dataDir;
};

std::unique_ptr<Application> tst_Application::start(const QStringList &options)
{
    auto app = std::make_unique<Application>();
    const auto exit = app->parseArguments(
            QStringList{u"export-studio"_qs, u"--data-dir"_qs, m_dataDir.path()} + options);
    if (exit)
        return nullptr;
    app->start();
    return app;
}

void tst_Application::startsPopulatedOnTheLocalPlatform()
{
    std::unique_ptr<Application> app
            = start({u"--demo-pace"_qs, u"0.3"_qs, u"--lang"_qs, u"en"_qs});
    QVERIFY(app);
    QSignalSpy started(app.get(), &Application::firstJobStarted);
    MainWindow *window = app->mainWindow();
    QVERIFY(window);
    // The window is up before the platform answers.
    QVERIFY(window->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(app->localPlatform()->state(), LocalPlatform::State::Running, 60000);

    // The demo's past jobs: one succeeded, one failed, one cancelled at least.
    JobTableModel *jobs = app->context()->jobs();
    auto countOf = [jobs](JobStatus status) {
        int n = 0;
        for (int row = 0; row < jobs->jobCount(); ++row)
            n += jobs->jobAt(row)->status() == status ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(countOf(JobStatus::Failed) >= 1 && countOf(JobStatus::Cancelled) >= 1
                                     && countOf(JobStatus::Succeeded) >= 1,
                             30000);

    // On a first run a job is started so a newcomer sees one move; it ends as it should.
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
    const qint64 id = started.constFirst().constFirst().toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(jobs->job(id) != nullptr, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->job(id)->status(), JobStatus::Succeeded, 60000);
    QVERIFY(window->windowTitle().contains(u"prod"_qs));

    // Closing saves the window; the next start shows the same jobs and starts no other one.
    window->close();
    const int count = jobs->jobCount();
    app.reset();
    app = start({u"--demo-pace"_qs, u"0"_qs, u"--lang"_qs, u"en"_qs});
    QVERIFY(app);
    QSignalSpy startedAgain(app.get(), &Application::firstJobStarted);
    QTRY_COMPARE_WITH_TIMEOUT(app->context()->jobs()->jobCount(), count, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(app->context()->monitor()->isInitialLoadDone(), 30000);
    QTest::qWait(300);
    QCOMPARE(startedAgain.size(), 0);
    QCOMPARE(app->context()->jobs()->jobCount(), count);
}

void tst_Application::languageChosenInSettingsIsAppliedAndKept()
{
    std::unique_ptr<Application> app = start({u"--demo-pace"_qs, u"0"_qs, u"--lang"_qs, u"en"_qs});
    QVERIFY(app);
    MainWindow *window = app->mainWindow();
    const QAction *fileMenu = window->menuBar()->actions().constFirst();
    QCOMPARE(fileMenu->text(), u"&File"_qs);

    window->action(MainWindow::Action::Settings)->trigger();
    QDialog *settings = window->findChild<QDialog *>(u"settingsDialog"_qs);
    QVERIFY(settings);
    auto *box = settings->findChild<QComboBox *>(u"languageBox"_qs);
    QVERIFY(box);
    box->setCurrentIndex(box->findData(u"ja"_qs));
    settings->accept();
    QCOMPARE(app->languageSwitcher()->language(), u"ja"_qs);
    QTRY_COMPARE(fileMenu->text(), u"ファイル(&F)"_qs);

    // Kept for the next start without --lang.
    app.reset();
    app = start({u"--demo-pace"_qs, u"0"_qs});
    QVERIFY(app);
    QCOMPARE(app->languageSwitcher()->language(), u"ja"_qs);
    QTRY_COMPARE(app->mainWindow()->menuBar()->actions().constFirst()->text(), u"ファイル(&F)"_qs);
    // --lang wins for one run.
    app.reset();
    app = start({u"--demo-pace"_qs, u"0"_qs, u"--lang"_qs, u"en"_qs});
    QVERIFY(app);
    QTRY_COMPARE(app->mainWindow()->menuBar()->actions().constFirst()->text(), u"&File"_qs);
}

QTEST_MAIN(tst_Application)
#include "tst_application.moc"
