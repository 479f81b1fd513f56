#include "app/AppContext.h"
#include "emulator/EmbeddedPlatform.h"
#include "models/ConnectionStore.h"
#include "models/JobFilterModel.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"
#include "translations/Translations.h"
#include "ui/ConnectionSwitcher.h"
#include "ui/ConnectionsDialog.h"
#include "ui/DatasetDialog.h"
#include "ui/DetailPane.h"
#include "ui/ExportJobDialog.h"
#include "ui/ExportJobForm.h"
#include "ui/JobFilterBar.h"
#include "ui/JobHistoryChart.h"
#include "ui/JobNotifier.h"
#include "ui/JobOverviewTab.h"
#include "ui/JobsTableView.h"
#include "ui/LoadState.h"
#include "ui/MainWindow.h"
#include "ui/MonitorStatus.h"
#include "ui/SegmentsEditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString JobsPath = QStringLiteral("/data/core/ups/export/jobs");

// The window's own top-level dialog of this name, once it is shown.
template<typename Dialog>
Dialog *waitForDialog(const QString &name)
{
    Dialog *found = nullptr;
    (void)QTest::qWaitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    auto *dialog = qobject_cast<Dialog *>(widget);
                    if (dialog && dialog->objectName() == name && dialog->isVisible()) {
                        found = dialog;
                        return true;
                    }
                }
                return false;
            },
            5000);
    return found;
}

// A CSV file as rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF).
QList<QStringList> parseCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

// The main window of the application as a person uses it, against a real local platform on
// loopback: the same AppContext the application builds, pointed at the test's platform.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jobStartedThroughTheApiAppearsProgressesAndSucceeds();
    void notificationsFollowTheSetting();
    void selectionAndScrollSurviveRefreshes();
    void cancelRunningJobEndsCancelled();
    void cancelDisabledForEndedJobs();
    void csvExportHoldsEveryVisibleRow();
    void survivesThePlatformGoingAwayAndComingBack();
    void sandboxSwitchShowsThatSandboxAndMarksProduction();
    void historyChartAndCurlFollowTheSelection();
    void clonedJobIsCreatedAndSelected();
    void newDatasetFromTheWindow();
    void connectionsOpenOnTheCurrentOne();
    void languageSwitchRetranslatesTheWindow();
    void windowStateIsRestored();

private:
    qint64 createJob(bool withSegment = false);
    QJsonObject waitForPlatformStatus(qint64 id, const QString &status);
    bool waitForRow(qint64 id, int timeoutMs = 20000);
    JobStatus shownStatus(qint64 id) const;
    void openWindow();

    LanguageSwitcher m_language;
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_dataset;
    QString m_segmentId;
    QString m_segmentName;
};

void tst_MainWindow::initTestCase()
{
    // English as the product writes it, plurals included.
    QVERIFY(m_language.setLanguage(u"en"_qs));
}

void tst_MainWindow::init()
{
    EmulatorFixture::Options options;
    options.profiles = 40;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    m_dataset = ExportSteps::createDataset(*m_http, QStringLiteral("Window target"));
    QVERIFY(!m_dataset.isEmpty());
    const QHash<QString, QString> segments = ExportSteps::segments(*m_http);
    QVERIFY(!segments.isEmpty());
    m_segmentName = segments.keys().constFirst();
    m_segmentId = segments.value(m_segmentName);

    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    openWindow();
}

void tst_MainWindow::openWindow()
{
    m_context = std::make_unique<AppContext>(m_dataDir->path());
    const Emulator::Credentials demo = m_platform->credentials();
    m_context->setLocalPlatformSecret(demo.clientSecret);
    m_context->connections()->setLocalPlatform(m_platform->baseUrl(), demo.orgId, demo.clientId,
                                               demo.defaultSandbox(),
                                               demo.scopes.split(u',', Qt::SkipEmptyParts));
    JobMonitor::Settings settings;
    settings.activeInterval = 150ms;
    settings.idleInterval = 400ms;
    settings.backoffInitial = 200ms;
    settings.backoffMax = 800ms;
    m_context->monitor()->setSettings(settings);

    m_window = std::make_unique<MainWindow>(m_context->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_context->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_context->monitor()->isInitialLoadDone(), 20000);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_dataDir.reset();
    m_http.reset();
    m_platform.reset();
}

qint64 tst_MainWindow::createJob(bool withSegment)
{
    QJsonObject body = ExportSteps::jobBody(m_dataset);
    if (withSegment) {
        body.insert(u"filter"_qs,
                    QJsonObject{{u"segments"_qs,
                                 QJsonArray{QJsonObject{{u"segmentId"_qs, m_segmentId},
                                                        {u"segmentNs"_qs, u"ups"_qs}}}}});
    }
    const HttpResult r = m_http->gateway("POST", JobsPath, body);
    if (r.status != 200)
        return -1;
    return r.json().object().value(u"id").toInteger();
}

QJsonObject tst_MainWindow::waitForPlatformStatus(qint64 id, const QString &status)
{
    return ExportSteps::waitForStatus(*m_http, id, status);
}

bool tst_MainWindow::waitForRow(qint64 id, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_context->jobs()->rowOf(id) >= 0; }, timeoutMs);
}

JobStatus tst_MainWindow::shownStatus(qint64 id) const
{
    // What the table shows, read through the view's own model.
    const QModelIndexList found
            = m_window->filterModel()->match(m_window->filterModel()->index(0, 0),
                                             JobTableModel::JobIdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return JobStatus::Unknown;
    return JobStatus(found.constFirst().data(JobTableModel::StatusRole).toInt());
}

void tst_MainWindow::jobStartedThroughTheApiAppearsProgressesAndSucceeds()
{
    QSignalSpy notified(m_window->notifier(), &JobNotifier::notified);
    m_platform->platform()->setPace(0.4);
    const qint64 id = createJob();
    QVERIFY(id > 0);
    QVERIFY(waitForRow(id));
    // Selected while it runs: the details follow each refresh of it.
    QVERIFY(m_window->jobsView()->selectJob(id));
    DetailPane *detail = m_window->detailPane();
    QVERIFY(detail->hasJob());
    QCOMPARE(detail->job().id, id);

    QSet<JobStatus> seen;
    QSet<JobStatus> seenInDetail;
    QStringList activeTexts;
    QVERIFY(QTest::qWaitFor(
            [&] {
                const JobStatus status = shownStatus(id);
                seen.insert(status);
                seenInDetail.insert(detail->job().status());
                if (!activeTexts.contains(m_window->monitorStatus()->activeText()))
                    activeTexts << m_window->monitorStatus()->activeText();
                return status == JobStatus::Succeeded;
            },
            30000));
    // It was seen running before it ended, and the status bar counted it meanwhile.
    QVERIFY(seen.contains(JobStatus::New) || seen.contains(JobStatus::Processing));
    QVERIFY(seenInDetail.contains(JobStatus::New) || seenInDetail.contains(JobStatus::Processing));
    QTRY_COMPARE(detail->job().status(), JobStatus::Succeeded);
    QCOMPARE(detail->job().id, id);
    QVERIFY2(activeTexts.contains(u"1 active job"_qs), qPrintable(activeTexts.join(u" | ")));
    QTRY_COMPARE(m_window->monitorStatus()->activeText(), u"0 active jobs"_qs);
    QVERIFY(m_window->monitorStatus()->healthText().startsWith(u"Refreshed "_qs));

    // The row a person reads: the id and the status text.
    QVERIFY(m_window->jobsView()->selectJob(id));
    const QModelIndex current = m_window->jobsView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(JobTableModel::Id).data().toString(), QString::number(id));
    QCOMPARE(current.siblingAtColumn(JobTableModel::Status).data().toString(), u"Succeeded"_qs);
    // The overview names the merge policy and the dataset as the table does, with their IDs.
    const QString policy = current.siblingAtColumn(JobTableModel::MergePolicy).data().toString();
    const QString dataset = current.siblingAtColumn(JobTableModel::Dataset).data().toString();
    QVERIFY(!policy.isEmpty() && !dataset.isEmpty());
    QTRY_VERIFY2(detail->overviewTab()
                         ->fieldText(JobOverviewTab::MergePolicy)
                         .startsWith(policy + u" ("),
                 qPrintable(detail->overviewTab()->fieldText(JobOverviewTab::MergePolicy)));
    QCOMPARE(detail->overviewTab()->fieldText(JobOverviewTab::Dataset),
             u"%1 (%2)"_qs.arg(dataset, m_dataset));

    // One notification, about this job; none for the jobs the first load found.
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.constFirst().at(0).value<JobNotifier::Kind>(), JobNotifier::Kind::Succeeded);
    QCOMPARE(notified.constFirst().at(1).toLongLong(), id);
    QVERIFY(notified.constFirst().at(2).toString().contains(QString::number(id)));
}

void tst_MainWindow::notificationsFollowTheSetting()
{
    QSignalSpy notified(m_window->notifier(), &JobNotifier::notified);
    m_window->notifier()->setEnabled(false);
    const qint64 quiet = createJob();
    QVERIFY(waitForRow(quiet));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(quiet), JobStatus::Succeeded, 20000);
    QTest::qWait(200);
    QCOMPARE(notified.size(), 0);

    m_window->notifier()->setEnabled(true);
    const qint64 told = createJob();
    QVERIFY(waitForRow(told));
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 20000);
    QCOMPARE(notified.constFirst().at(1).toLongLong(), told);
    // Without a system tray, the status bar carries the message.
    if (!m_window->notifier()->usesTray())
        QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(told)));
}

void tst_MainWindow::selectionAndScrollSurviveRefreshes()
{
    for (int i = 0; i < 40; ++i)
        QVERIFY(createJob() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs()->jobCount(), 40, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs()->activeJobCount(), 0, 30000);

    JobsTableView *view = m_window->jobsView();
    m_window->resize(1000, 500);
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const QList<qint64> visible = view->visibleJobIds();
    QVERIFY(visible.size() > 3);
    const qint64 selected = visible.at(2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()
                                               ->match(view->model()->index(0, 0),
                                                       JobTableModel::JobIdRole, selected)
                                               .constFirst())
                              .center());
    QCOMPARE(m_window->selectedJobId(), selected);
    const qint64 top = view->topJobId();

    // New jobs arrive on top, and the existing ones change as they are polled.
    const qint64 newer = createJob();
    QVERIFY(newer > 0);
    QVERIFY(waitForRow(newer));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(newer), JobStatus::Succeeded, 30000);
    QVERIFY(m_context->monitor()->cyclesRun() > 0);

    QCOMPARE(m_window->selectedJobId(), selected);
    QCOMPARE(view->topJobId(), top);
    QCOMPARE(view->visibleJobIds().mid(0, 3), visible.mid(0, 3));
}

void tst_MainWindow::cancelRunningJobEndsCancelled()
{
    m_platform->platform()->setPace(30);
    const qint64 id = createJob(true);
    QVERIFY(id > 0);
    QVERIFY(waitForRow(id));
    QVERIFY(m_window->jobsView()->selectJob(id));
    QAction *cancel = m_window->action(MainWindow::Action::CancelJob);
    QTRY_VERIFY(cancel->isEnabled());

    cancel->trigger();
    auto *box = waitForDialog<QMessageBox>(u"cancelConfirmation"_qs);
    QVERIFY(box);
    // The question names the job and what it exports.
    QVERIFY2(box->text().contains(QString::number(id)), qPrintable(box->text()));
    QTRY_VERIFY_WITH_TIMEOUT(box->informativeText().contains(m_segmentName)
                                     || box->informativeText().contains(m_segmentId),
                             1000);
    // Keeping it running changes nothing.
    auto *keep = box->findChild<QPushButton *>(u"keepRunningButton"_qs);
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!m_context->jobs()->isCancelling(id));

    // The details' own Cancel button asks the same question.
    QPushButton *paneCancel = m_window->detailPane()->overviewTab()->cancelButton();
    QVERIFY(paneCancel->isEnabled());
    QTest::mouseClick(paneCancel, Qt::LeftButton);
    box = waitForDialog<QMessageBox>(u"cancelConfirmation"_qs);
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(u"confirmCancelButton"_qs);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    // At once: no second cancel, and the row says it is being cancelled.
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!paneCancel->isEnabled());
    const QModelIndex statusCell
            = m_window->jobsView()->currentIndex().siblingAtColumn(JobTableModel::Status);
    QVERIFY(statusCell.data(JobTableModel::CancellingRole).toBool());
    QVERIFY2(statusCell.data().toString().contains(u"Cancelling"_qs),
             qPrintable(statusCell.data().toString()));

    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(id), JobStatus::Cancelled, 20000);
    QCOMPARE(ExportSteps::getJob(*m_http, id).value(u"status").toString(), u"CANCELLED"_qs);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!m_context->jobs()->isCancelling(id));
}

void tst_MainWindow::cancelDisabledForEndedJobs()
{
    const qint64 ended = createJob();
    QVERIFY(ended > 0);
    QVERIFY(waitForRow(ended));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(ended), JobStatus::Succeeded, 20000);

    QAction *cancel = m_window->action(MainWindow::Action::CancelJob);
    QVERIFY(m_window->jobsView()->selectJob(ended));
    QVERIFY(!cancel->isEnabled());
    // The shortcut asks nothing either.
    QTest::keyClick(m_window->jobsView(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(100);
    for (QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY(!(widget->objectName() == u"cancelConfirmation" && widget->isVisible()));

    // A running job beside it can be cancelled: the action follows the selection.
    m_platform->platform()->setPace(30);
    const qint64 running = createJob();
    QVERIFY(running > 0);
    QVERIFY(waitForRow(running));
    QVERIFY(m_window->jobsView()->selectJob(running));
    QVERIFY(cancel->isEnabled());
    QVERIFY(m_window->jobsView()->selectJob(ended));
    QVERIFY(!cancel->isEnabled());
}

void tst_MainWindow::csvExportHoldsEveryVisibleRow()
{
    for (int i = 0; i < 12; ++i)
        QVERIFY(createJob(i % 3 == 0) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs()->jobCount(), 12, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs()->activeJobCount(), 0, 30000);

    // Only the jobs with the segment, by a search typed as a person would.
    QLineEdit *search = m_window->filterBar()->searchField();
    QTest::keyClicks(search, m_segmentName);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 4);
    // A hidden column stays out of the file.
    m_window->jobsView()->header()->setSectionHidden(JobTableModel::MergePolicy, true);

    const QString path = m_dataDir->filePath(u"ジョブ 一覧.csv"_qs);
    QSignalSpy finished(m_window.get(), &MainWindow::csvExportFinished);
    m_window->action(MainWindow::Action::ExportCsv)->trigger();
    auto *dialog = waitForDialog<QFileDialog>(u"csvFileDialog"_qs);
    QVERIFY(dialog);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toString(), path);
    QCOMPARE(finished.constFirst().at(1).toString(), QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(file.readAll());
    const QAbstractItemModel *shown = m_window->filterModel();
    QCOMPARE(rows.size(), shown->rowCount() + 1);
    const QStringList header = rows.constFirst();
    QCOMPARE(header.size(), JobTableModel::ColumnCount - 1);
    QVERIFY(!header.contains(
            m_context->jobs()->headerData(JobTableModel::MergePolicy, Qt::Horizontal).toString()));
    const int idColumn = int(header.indexOf(
            m_context->jobs()->headerData(JobTableModel::Id, Qt::Horizontal).toString()));
    const int segmentColumn = int(header.indexOf(
            m_context->jobs()->headerData(JobTableModel::Segments, Qt::Horizontal).toString()));
    QVERIFY(idColumn >= 0 && segmentColumn >= 0);
    // Every visible row, in the order shown, as shown.
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QStringList &fields = rows.at(row + 1);
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields.at(idColumn), shown->index(row, JobTableModel::Id).data().toString());
        QCOMPARE(fields.at(segmentColumn),
                 shown->index(row, JobTableModel::Segments).data().toString());
        QVERIFY(fields.at(segmentColumn).contains(m_segmentName));
    }
}

void tst_MainWindow::survivesThePlatformGoingAwayAndComingBack()
{
    const qint64 before = createJob();
    QVERIFY(before > 0);
    QVERIFY(waitForRow(before));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(before), JobStatus::Succeeded, 20000);

    m_platform->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_context->monitor()->health().state, ConnectionHealth::State::Down,
                              20000);
    MonitorStatus *status = m_window->monitorStatus();
    QTRY_VERIFY(status->healthText().startsWith(u"Cannot reach the platform"_qs));
    QTRY_VERIFY(status->pollingText().startsWith(u"Paused"_qs));
    // What was known stays on screen.
    QCOMPARE(shownStatus(before), JobStatus::Succeeded);
    QVERIFY(m_window->isVisible());
    QTest::qWait(600); // a few failed polls

    QString error;
    QVERIFY2(m_platform->restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_context->monitor()->health().state, ConnectionHealth::State::Ok,
                              20000);
    QTRY_VERIFY(status->healthText().startsWith(u"Refreshed "_qs));
    const qint64 after = createJob();
    QVERIFY(after > 0);
    QVERIFY(waitForRow(after));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(after), JobStatus::Succeeded, 20000);
}

void tst_MainWindow::sandboxSwitchShowsThatSandboxAndMarksProduction()
{
    const qint64 prodJob = createJob();
    QVERIFY(waitForRow(prodJob));
    ConnectionSwitcher *switcher = m_window->connectionSwitcher();
    QVERIFY(switcher->showsProduction());
    QVERIFY(m_window->windowTitle().endsWith(u"prod"_qs));

    // A name that is not a sandbox's is refused and changes nothing.
    QSignalSpy rejected(switcher, &ConnectionSwitcher::sandboxRejected);
    QLineEdit *edit = switcher->sandboxBox()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, u"no such/box"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(m_context->connections()->current().sandbox, u"prod"_qs);
    QCOMPARE(edit->text(), u"prod"_qs);

    // Typed as a person would: the development sandbox, no production mark, none of prod's jobs.
    edit->selectAll();
    QTest::keyClicks(edit, u"dev"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_context->monitor()->scope().sandbox, u"dev"_qs);
    QVERIFY(!switcher->showsProduction());
    QVERIFY(m_window->windowTitle().endsWith(u"dev"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(m_context->monitor()->isInitialLoadDone(), 20000);
    QCOMPARE(m_context->jobs()->rowOf(prodJob), -1);
    QTRY_COMPARE(m_window->jobsView()->placeholderText(),
                 u"No export jobs in this sandbox yet.\nCreate one with New export job."_qs);

    // And back, from the list of recent sandboxes.
    const int prodRow = switcher->sandboxBox()->findText(u"prod"_qs);
    QVERIFY(prodRow >= 0);
    switcher->sandboxBox()->setCurrentIndex(prodRow);
    emit switcher->sandboxBox()->textActivated(u"prod"_qs);
    QVERIFY(waitForRow(prodJob));
    QVERIFY(switcher->showsProduction());
}

void tst_MainWindow::historyChartAndCurlFollowTheSelection()
{
    const qint64 id = createJob(true);
    QVERIFY(waitForRow(id));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(id), JobStatus::Succeeded, 20000);

    // A point of the chart selects its job, even when a filter hides it.
    m_window->filterBar()->chip(JobFilterModel::StatusFilter::Failed)->click();
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 0);
    JobHistoryChart *chart = m_window->historyChart();
    chart->rebuildNow();
    QVERIFY(chart->jobIds(JobHistoryChart::Kind::Succeeded).contains(id));
    emit chart->jobActivated(id);
    QCOMPARE(m_window->selectedJobId(), id);
    QVERIFY(m_window->filterBar()->chip(JobFilterModel::StatusFilter::All)->isChecked());
    QCOMPARE(m_window->detailPane()->job().id, id);

    // Copy as curl: the request that creates it again, never a token.
    QAction *curl = m_window->action(MainWindow::Action::CopyAsCurl);
    QVERIFY(curl->isEnabled());
    QGuiApplication::clipboard()->clear();
    curl->trigger();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"curl"_qs) && command.contains(u"POST"_qs), qPrintable(command));
    QVERIFY(command.contains(m_platform->baseUrl().toString() + u"/data/core/ups/export/jobs"_qs));
    QVERIFY(command.contains(m_dataset));
    QVERIFY(command.contains(m_segmentId));
    QVERIFY(command.contains(u"x-sandbox-name: prod"_qs));
    QVERIFY(command.contains(u"{ACCESS_TOKEN}"_qs));
    QVERIFY(!command.contains(m_platform->credentials().clientSecret));

    // Nothing selected, nothing to copy.
    m_window->jobsView()->setCurrentIndex(QModelIndex());
    QVERIFY(!curl->isEnabled());
    QVERIFY(!m_window->detailPane()->hasJob());
}

void tst_MainWindow::clonedJobIsCreatedAndSelected()
{
    const qint64 original = createJob(true);
    QVERIFY(waitForRow(original));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(original), JobStatus::Succeeded, 20000);
    QVERIFY(m_window->jobsView()->selectJob(original));

    // From the details' Clone button, as from the toolbar.
    QPushButton *clone = m_window->detailPane()->overviewTab()->cloneButton();
    QVERIFY(clone->isEnabled());
    QTest::mouseClick(clone, Qt::LeftButton);
    auto *dialog = waitForDialog<ExportJobDialog>(u"exportJobDialog"_qs);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
            dialog->form()->datasetLoadState()->state() == LoadState::State::Loaded
                    && dialog->form()->mergePolicyLoadState()->state() == LoadState::State::Loaded
                    && dialog->form()->segments()->loadState()->state() == LoadState::State::Loaded,
            20000);
    QVERIFY(dialog->request().destination);
    QCOMPARE(dialog->request().destination->datasetId.value_or(QString()), m_dataset);
    QTRY_VERIFY2(dialog->submitButton()->isEnabled(), qPrintable(dialog->statusText()));
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);

    // The new job is in the table and selected as soon as the platform answers.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->selectedJobId() > original, 20000);
    const qint64 created = m_window->selectedJobId();
    QVERIFY(m_context->jobs()->job(created));
    QCOMPARE(m_window->detailPane()->job().id, created);
    QCOMPARE(m_context->jobs()->job(created)->segmentIds(),
             m_context->jobs()->job(original)->segmentIds());
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(created), JobStatus::Succeeded, 20000);
    QCOMPARE(ExportSteps::getJob(*m_http, created).value(u"status").toString(), u"SUCCEEDED"_qs);
}

void tst_MainWindow::newDatasetFromTheWindow()
{
    QAction *newDataset = m_window->action(MainWindow::Action::NewDataset);
    QVERIFY(newDataset->isEnabled());
    newDataset->trigger();
    // Closed and deleted once the platform has created it.
    QPointer<DatasetDialog> dialog = waitForDialog<DatasetDialog>(u"datasetDialog"_qs);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), u"Made from the window"_qs);
    QTRY_VERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->statusText()));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);

    const HttpResult list = m_http->gateway("GET", u"/data/foundation/catalog/dataSets"_qs);
    QCOMPARE(list.status, 200);
    QStringList names;
    const QJsonObject datasets = list.json().object();
    for (auto it = datasets.begin(); it != datasets.end(); ++it)
        names << it.value().toObject().value(u"name").toString();
    QVERIFY2(names.contains(u"Made from the window"_qs), qPrintable(names.join(u", ")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"dataset"_qs));
}

void tst_MainWindow::connectionsOpenOnTheCurrentOne()
{
    m_window->action(MainWindow::Action::Connections)->trigger();
    auto *dialog = waitForDialog<ConnectionsDialog>(u"connectionsDialog"_qs);
    QVERIFY(dialog);
    QCOMPARE(dialog->editedConnection().kind, Connection::Kind::LocalPlatform);
    QCOMPARE(dialog->editedConnection().baseUrl, m_platform->baseUrl());
    // A connection saved with its secret is passed on, so the one in use signs in again.
    QSignalSpy saved(m_window.get(), &MainWindow::connectionSaved);
    Connection edited = dialog->editedConnection();
    emit dialog->connectionSaved(edited);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().value<Connection>().name, edited.name);
    dialog->reject();
}

void tst_MainWindow::languageSwitchRetranslatesTheWindow()
{
    LanguageSwitcher &language = m_language;
    const QAction *fileMenu = m_window->menuBar()->actions().constFirst();
    QCOMPARE(fileMenu->text(), u"&File"_qs);
    QCOMPARE(m_window->action(MainWindow::Action::Refresh)->text(), u"&Refresh"_qs);
    const QString statusHeader = m_window->jobsView()
                                         ->model()
                                         ->headerData(JobTableModel::Status, Qt::Horizontal)
                                         .toString();
    QCOMPARE(statusHeader, u"Status"_qs);
    const QString englishHealth = m_window->monitorStatus()->healthText();
    const QString englishActive = m_window->monitorStatus()->activeText();
    QVERIFY(englishHealth.startsWith(u"Refreshed"_qs));
    const QString englishChip
            = m_window->filterBar()->chip(JobFilterModel::StatusFilter::All)->text();
    const QString englishTab = m_window->detailPane()->tabs()->tabText(DetailPane::Overview);
    const QString englishDock = m_window->historyDock()->windowTitle();
    QCOMPARE(englishDock, u"Job history"_qs);

    QVERIFY(language.setLanguage(u"ja"_qs));
    // The widgets hear of it through posted LanguageChange events.
    QTRY_VERIFY(fileMenu->text() != u"&File"_qs);
    // Each string is the one the Japanese file gives, and none is the English one.
    QCOMPARE(fileMenu->text(), QCoreApplication::translate("MainWindow", "&File"));
    QVERIFY(fileMenu->text() != u"&File"_qs);
    QVERIFY(m_window->action(MainWindow::Action::Refresh)->text() != u"&Refresh"_qs);
    const QString japaneseHeader = m_window->jobsView()
                                           ->model()
                                           ->headerData(JobTableModel::Status, Qt::Horizontal)
                                           .toString();
    QVERIFY(japaneseHeader != statusHeader);
    QVERIFY(m_window->monitorStatus()->healthText() != englishHealth);
    QVERIFY(m_window->monitorStatus()->activeText() != englishActive);
    QVERIFY(m_window->filterBar()->chip(JobFilterModel::StatusFilter::All)->text() != englishChip);
    QVERIFY(m_window->windowTitle().contains(u"prod"_qs));
    QVERIFY(m_window->detailPane()->tabs()->tabText(DetailPane::Overview) != englishTab);
    QVERIFY(m_window->historyDock()->windowTitle() != englishDock);

    // The Settings dialog asks for the change; the window passes it on.
    QSignalSpy requested(m_window.get(), &MainWindow::languageRequested);
    m_window->setLanguage(u"ja"_qs);
    m_window->action(MainWindow::Action::Settings)->trigger();
    auto *settings = waitForDialog<QDialog>(u"settingsDialog"_qs);
    QVERIFY(settings);
    auto *box = settings->findChild<QComboBox *>(u"languageBox"_qs);
    QVERIFY(box);
    box->setCurrentIndex(box->findData(u"en"_qs));
    settings->accept();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), u"en"_qs);

    QVERIFY(language.setLanguage(u"en"_qs));
    QTRY_COMPARE(fileMenu->text(), u"&File"_qs);
    QCOMPARE(m_window->jobsView()
                     ->model()
                     ->headerData(JobTableModel::Status, Qt::Horizontal)
                     .toString(),
             statusHeader);
}

void tst_MainWindow::windowStateIsRestored()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(createJob() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs()->jobCount(), 3, 20000);

    JobsTableView *view = m_window->jobsView();
    view->sortByColumn(JobTableModel::Id, Qt::AscendingOrder);
    view->header()->setSectionHidden(JobTableModel::Dataset, true);
    view->header()->resizeSection(JobTableModel::Segments, 333);
    m_window->filterBar()->chip(JobFilterModel::StatusFilter::Succeeded)->click();
    m_window->filterBar()->setDateRange(JobFilterBar::DateRange::Last7Days);
    m_window->resize(1111, 777);
    QTRY_COMPARE(m_window->size(), QSize(1111, 777));
    m_window->historyDock()->hide();
    m_window->splitter()->setSizes({600, 400});
    const QList<int> sizes = m_window->splitter()->sizes();
    m_window->close();

    m_window.reset();
    m_context.reset();
    openWindow();

    view = m_window->jobsView();
    QCOMPARE(view->header()->sortIndicatorSection(), int(JobTableModel::Id));
    QCOMPARE(view->header()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(view->header()->isSectionHidden(JobTableModel::Dataset));
    QCOMPARE(view->header()->sectionSize(JobTableModel::Segments), 333);
    QVERIFY(m_window->filterBar()->chip(JobFilterModel::StatusFilter::Succeeded)->isChecked());
    QCOMPARE(m_window->filterBar()->dateRange(), JobFilterBar::DateRange::Last7Days);
    QCOMPARE(m_window->splitter()->sizes(), sizes);
    QCOMPARE(m_window->size(), QSize(1111, 777));
    QVERIFY(!m_window->historyDock()->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
