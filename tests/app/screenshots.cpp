// Makes the README's screenshots: the application as `export-studio` starts it on a fresh data
// folder (the embedded local platform, demo data, a job started for the newcomer), grabbed at
// the moments worth showing. Run by scripts/screenshots.sh under Xvfb; not a test.
//
//     es-screenshots OUTPUT_DIR [LANGUAGE...]

#include "app/AppContext.h"
#include "app/Application.h"
#include "models/JobBatchesModel.h"
#include "models/JobTableModel.h"
#include "ui/DetailPane.h"
#include "ui/JobOutputTab.h"
#include "ui/JobsTableView.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

bool save(QWidget *window, const QString &path)
{
    QCoreApplication::processEvents();
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// One language: a fresh data folder, the app started as a newcomer starts it.
bool shoot(const QString &outDir, const QString &language, bool dark)
{
    QTemporaryDir dataDir;
    Application app;
    if (app.parseArguments({u"export-studio"_qs, u"--data-dir"_qs, dataDir.path(), u"--lang"_qs,
                            language, u"--demo-pace"_qs, u"8"_qs}))
        return false;
    qint64 running = 0;
    QObject::connect(&app, &Application::firstJobStarted, &app,
                     [&running](qint64 id) { running = id; });
    app.start();
    MainWindow *window = app.mainWindow();
    window->resize(1360, 820);
    JobTableModel *jobs = app.context()->jobs();

    // The newcomer's job, running, beside the demo's past jobs.
    if (!waitFor(
                [&] {
                    const ExportJob *job = running ? jobs->job(running) : nullptr;
                    return job && job->status() == JobStatus::Processing;
                },
                60000)) {
        std::fprintf(stderr, "the first job did not start running\n");
        return false;
    }
    window->jobsView()->selectJob(running);
    QTest::qWait(3000); // a phase or so into the export
    const QString suffix = dark ? u"-dark"_qs : QString();
    const auto file = [&](const QString &name) {
        return QDir(outDir).filePath(u"%1-%2%3.png"_qs.arg(name, language, suffix));
    };
    bool ok = save(window, file(u"main-window"_qs));
    if (dark)
        return ok;

    // The running job's phases, further on.
    DetailPane *detail = window->detailPane();
    detail->tabs()->setCurrentIndex(DetailPane::Timeline);
    QTest::qWait(6000);
    ok = save(window, file(u"timeline"_qs)) && ok;

    // The same job once it has succeeded: its batch, its files and the first records of one,
    // read off the GUI thread.
    if (!waitFor(
                [&] {
                    const ExportJob *job = jobs->job(running);
                    return job && job->status() == JobStatus::Succeeded;
                },
                120000)) {
        std::fprintf(stderr, "the first job did not succeed\n");
        return false;
    }
    detail->tabs()->setCurrentIndex(DetailPane::Output);
    JobOutputTab *output = detail->outputTab();
    JobBatchesModel *batches = output->batchesModel();
    if (!waitFor([&] { return batches->rowCount() > 0 && batches->rowCount(batches->index(0, 0)); },
                 30000)) {
        std::fprintf(stderr, "the first job's files were not listed\n");
        return false;
    }
    QSignalSpy previewed(output, &JobOutputTab::previewLoaded);
    output->batchesView()->setCurrentIndex(batches->index(0, 0, batches->index(0, 0)));
    if (!previewed.wait(30000)) {
        std::fprintf(stderr, "the first file was not previewed\n");
        return false;
    }
    QTest::qWait(500); // the history chart redraws the job as succeeded
    ok = save(window, file(u"output"_qs)) && ok;

    // Settings, as the menu opens them.
    window->action(MainWindow::Action::Settings)->trigger();
    auto *settings = window->findChild<SettingsDialog *>(u"settingsDialog"_qs);
    if (!settings || !waitFor([settings] { return settings->isVisible(); }, 5000)) {
        std::fprintf(stderr, "the settings did not open\n");
        return false;
    }
    QTest::qWait(200);
    ok = save(settings, file(u"settings"_qs)) && ok;
    settings->reject();

    // The demo's failed job: the pane opens on its errors.
    qint64 failed = 0;
    for (int row = 0; row < jobs->jobCount(); ++row) {
        if (jobs->jobAt(row)->status() == JobStatus::Failed)
            failed = jobs->jobAt(row)->id;
    }
    detail->tabs()->setCurrentIndex(DetailPane::Overview);
    if (failed == 0 || !window->jobsView()->selectJob(failed)) {
        std::fprintf(stderr, "no failed job to show\n");
        return false;
    }
    QTest::qWait(500);
    return save(window, file(u"errors"_qs)) && ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QCoreApplication::setApplicationName(u"export-studio"_qs);
    QCoreApplication::setOrganizationName(u"ExportStudio"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPORT_STUDIO_VERSION));
    QApplication::setApplicationDisplayName(u"Export Studio"_qs);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: es-screenshots OUTPUT_DIR [LANGUAGE...]\n");
        return 2;
    }
    const QString outDir = args.takeFirst();
    QDir().mkpath(outDir);
    if (args.isEmpty())
        args = {u"en"_qs, u"ja"_qs};

    bool ok = true;
    for (const QString &language : std::as_const(args))
        ok = shoot(outDir, language, false) && ok;
    // The same window on a dark palette, to see that every colour still reads.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
    QApplication::setPalette(darkPalette());
    ok = shoot(outDir, args.constFirst(), true) && ok;
    return ok ? 0 : 1;
}
