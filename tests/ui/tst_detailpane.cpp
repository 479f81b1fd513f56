#include "api/CurlCommand.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "models/JobBatchesModel.h"
#include "models/JobErrorsModel.h"
#include "models/JobPhasesModel.h"
#include "models/PhaseSpan.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/models/JobBuilder.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"
#include "ui/DetailPane.h"
#include "ui/FilePreviewModel.h"
#include "ui/JobErrorsTab.h"
#include "ui/JobOutputTab.h"
#include "ui/JobOverviewTab.h"
#include "ui/JobRequestTab.h"
#include "ui/JobTimelineTab.h"
#include "ui/JobTimelineView.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using Phase = PhaseSpan::Phase;

// The detail pane against a real local platform: the timeline of a job as it runs, the errors
// of a failed one, the files of a finished one and their preview, and what a refresh keeps.
class tst_DetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void timelineGrowsToThreePhases();
    void failedJobShowsErrorsAndHints();
    void outputListsFilesAndPreviewsThem();
    void cancelOnlyForRunningJobs();
    void refreshKeepsTabScrollAndUnfoldedRows();
    void overviewNamesDatasetAndMergePolicy();
    void errorDetailShowsTheChosenErrorInFull();

private:
    qint64 postJob(const QString &datasetId);
    ExportJob fetch(qint64 id);
    static QSet<Phase> phasesOf(const DetailPane &pane);

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    std::unique_ptr<PlatformClient> m_client;
    Connection m_connection;
    QString m_dataset;
};

void tst_DetailPane::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 120;
    options.recordsPerFile = 40; // several files per batch
    options.pace = 0.3; // each stage lasts long enough to be seen
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    // The preview reads JSON Lines parts.
    m_dataset = ExportSteps::createDataset(*m_http, u"Export target"_qs, ExportSteps::unionSchema,
                                           ExportSteps::Format::JsonLines);
    QVERIFY(!m_dataset.isEmpty());

    m_client = std::make_unique<PlatformClient>();
    m_connection = TestSupport::signIn(*m_client, *m_platform);
}

void tst_DetailPane::cleanupTestCase()
{
    m_client.reset();
    m_http.reset();
    m_platform.reset();
}

qint64 tst_DetailPane::postJob(const QString &datasetId)
{
    const HttpResult created = m_http->gateway("POST", u"/data/core/ups/export/jobs"_qs,
                                               ExportSteps::jobBody(datasetId));
    return created.status == 200 ? created.json().object().value(u"id").toInteger() : -1;
}

ExportJob tst_DetailPane::fetch(qint64 id)
{
    return ExportJob::fromJson(ExportSteps::getJob(*m_http, id)).value_or(ExportJob());
}

QSet<Phase> tst_DetailPane::phasesOf(const DetailPane &pane)
{
    QSet<Phase> phases;
    for (const PhaseSpan &span : pane.timelineTab()->view()->spans()) {
        if (span.phase != Phase::Total)
            phases.insert(span.phase);
    }
    return phases;
}

void tst_DetailPane::timelineGrowsToThreePhases()
{
    DetailPane pane(m_client.get());
    pane.setContext(m_connection);
    pane.resize(900, 600);
    pane.show();
    pane.tabs()->setCurrentIndex(DetailPane::Timeline);
    const qint64 id = postJob(m_dataset);
    QVERIFY(id > 0);

    // Poll as the monitor does and hand every state to the pane.
    QList<int> phaseCounts;
    qint64 lastOpenEnd = 0;
    bool openPhaseGrew = false;
    ExportJob job;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        job = fetch(id);
        QCOMPARE(job.id, id);
        pane.setJob(job);
        const int count = int(phasesOf(pane).size());
        if (phaseCounts.isEmpty() || phaseCounts.last() != count)
            phaseCounts << count;
        for (const PhaseSpan &span : pane.timelineTab()->view()->spans()) {
            if (span.open && span.phase != Phase::Total) {
                openPhaseGrew = openPhaseGrew || (lastOpenEnd > 0 && span.endMs > lastOpenEnd);
                lastOpenEnd = span.endMs;
            }
        }
        if (job.isTerminal())
            break;
        QTest::qWait(40);
    }
    QCOMPARE(job.status(), JobStatus::Succeeded);
    // The phases appeared one after the other, and the last state has all three.
    QVERIFY2(phaseCounts.size() >= 2, qPrintable(QString::number(phaseCounts.size())));
    QCOMPARE(phaseCounts.last(), 3);
    QVERIFY(std::is_sorted(phaseCounts.cbegin(), phaseCounts.cend()));
    QCOMPARE(phasesOf(pane),
             (QSet<Phase>{Phase::QueueWait, Phase::ProfileExport, Phase::DatasetWrite}));
    QVERIFY(openPhaseGrew);
    QVERIFY(!pane.timelineTab()->isEmptyStateShown());
    // The table under the chart lists the same phases, total included.
    QCOMPARE(pane.timelineTab()->phasesModel()->rowCount(), 4);
    // Every phase lies inside the total.
    const QList<PhaseSpan> spans = pane.timelineTab()->view()->spans();
    const auto total = std::find_if(spans.cbegin(), spans.cend(),
                                    [](const PhaseSpan &s) { return s.phase == Phase::Total; });
    QVERIFY(total != spans.cend());
    for (const PhaseSpan &span : spans) {
        QVERIFY(!span.open);
        QVERIFY(span.startMs >= total->startMs);
        QVERIFY(span.endMs <= total->endMs);
    }
}

void tst_DetailPane::failedJobShowsErrorsAndHints()
{
    // A dataset deleted before the export starts makes the platform fail the job.
    const QString doomed = ExportSteps::createDataset(*m_http, u"Soon gone"_qs);
    QVERIFY(!doomed.isEmpty());
    const qint64 id = postJob(doomed);
    QVERIFY(id > 0);
    QCOMPARE(m_http->gateway("DELETE", u"/data/foundation/catalog/dataSets/"_qs + doomed).status,
             200);
    const ExportJob job = ExportJob::fromJson(ExportSteps::waitForJob(*m_http, id)).value();
    QCOMPARE(job.status(), JobStatus::Failed);
    QVERIFY(job.errorCount() >= 1);

    DetailPane pane(m_client.get());
    pane.setContext(m_connection);
    pane.setJob(job);
    // A failed job opens on its errors.
    QCOMPARE(pane.tabs()->currentIndex(), int(DetailPane::Errors));
    QVERIFY(pane.tabs()->tabText(DetailPane::Errors).contains(QString::number(job.errorCount())));
    QTreeWidget *tree = pane.errorsTab()->tree();
    QCOMPARE(qsizetype(tree->topLevelItemCount()), job.errorCount());
    bool writeFailureSeen = false;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const JobError &error = job.errors->at(row);
        QTreeWidgetItem *item = tree->topLevelItem(row);
        QCOMPARE(item->text(JobErrorsTab::Code), error.code.value_or(QString()));
        QCOMPARE(item->text(JobErrorsTab::Message), error.msg.value_or(QString()));
        const JobErrorsModel::Kind kind = JobErrorsModel::classify(error);
        QCOMPARE(item->text(JobErrorsTab::Hint), JobErrorsModel::hint(kind));
        QVERIFY(!item->text(JobErrorsTab::Hint).isEmpty());
        writeFailureSeen = writeFailureSeen || error.code == u"0090000009";
        // The call stack is folded under its error.
        if (error.callStack && !error.callStack->trimmed().isEmpty()) {
            QCOMPARE(item->childCount(), 1);
            QCOMPARE(item->child(0)->text(0), error.callStack->trimmed());
            QVERIFY(!item->isExpanded());
        }
    }
    QVERIFY(writeFailureSeen);
    // Support details name the job, the organization and the sandbox, never a secret.
    const QString details = pane.errorsTab()->supportDetails();
    QVERIFY(details.contains(QString::number(id)));
    QVERIFY(details.contains(m_connection.orgId));
    QVERIFY(details.contains(m_connection.sandbox));
    QVERIFY(details.contains(job.errors->first().msg.value()));
    QVERIFY(!details.contains(m_platform->credentials().clientSecret));
    QVERIFY(pane.errorsTab()->copyButton()->isEnabled());
}

void tst_DetailPane::outputListsFilesAndPreviewsThem()
{
    const qint64 id = postJob(m_dataset);
    QVERIFY(id > 0);
    const ExportJob job = ExportJob::fromJson(ExportSteps::waitForJob(*m_http, id)).value();
    QCOMPARE(job.status(), JobStatus::Succeeded);

    DetailPane pane(m_client.get());
    pane.setContext(m_connection);
    pane.resize(900, 600);
    pane.show();
    pane.tabs()->setCurrentIndex(DetailPane::Output);
    JobOutputTab *output = pane.outputTab();
    QSignalSpy loaded(output->batchesModel(), &JobBatchesModel::loaded);
    pane.setJob(job);
    QVERIFY(loaded.wait(20000));
    JobBatchesModel *batches = output->batchesModel();
    QCOMPARE(batches->rowCount(), 1);
    const QModelIndex batch = batches->index(0, 0);
    const int files = batches->rowCount(batch);
    QVERIFY2(files >= 2, qPrintable(QString::number(files)));
    QVERIFY(output->batchesView()->isExpanded(batch));

    // Select the first file: its first records appear, read off the GUI thread.
    const QModelIndex file = batches->index(0, 0, batch);
    const QString fileId = file.data(JobBatchesModel::FileIdRole).toString();
    QVERIFY(!fileId.isEmpty());
    QSignalSpy previewed(output, &JobOutputTab::previewLoaded);
    output->batchesView()->setCurrentIndex(file);
    QVERIFY(previewed.wait(20000));
    QCOMPARE(output->previewedFileId(), fileId);
    QVERIFY(output->saveButton()->isEnabled());

    // Save the whole file and compare the preview with what is on disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"first.json"_qs);
    QSignalSpy saved(output, &JobOutputTab::saveFinished);
    output->saveSelectedFileTo(path);
    QVERIFY(saved.wait(20000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QFile onDisk(path);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    const QByteArray bytes = onDisk.readAll();
    QVERIFY(!QFile::exists(path + u".part"));
    QList<QJsonObject> records;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.trimmed().isEmpty())
            records << QJsonDocument::fromJson(line).object();
    }
    const qint64 listedRecords = batches->index(0, JobBatchesModel::Records, batch)
                                         .data(JobBatchesModel::SortRole)
                                         .toLongLong();
    const qint64 listedSize = batches->index(0, JobBatchesModel::Size, batch)
                                      .data(JobBatchesModel::SortRole)
                                      .toLongLong();
    QCOMPARE(qint64(records.size()), listedRecords);
    QCOMPARE(qint64(bytes.size()), listedSize);

    FilePreviewModel *preview = output->previewModel();
    QVERIFY(preview->rowCount() > 0);
    QVERIFY(preview->rowCount() <= records.size());
    if (!preview->preview().partial)
        QCOMPARE(preview->rowCount(), records.size());
    const QStringList columns = preview->preview().columns;
    int compared = 0;
    for (int row = 0; row < preview->rowCount(); ++row) {
        const QJsonObject &record = records[row];
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (!it.value().isString())
                continue;
            const int column = int(columns.indexOf(it.key()));
            QVERIFY2(column >= 0, qPrintable(it.key()));
            QCOMPARE(preview->index(row, column).data(Qt::UserRole).toString(),
                     it.value().toString());
            ++compared;
        }
        // The identities column holds the record's identities.
        const int identities = int(columns.indexOf(u"identities"_qs));
        if (identities >= 0 && record.value(u"identities").isArray()) {
            const QJsonArray shown = QJsonDocument::fromJson(preview->index(row, identities)
                                                                     .data(Qt::UserRole)
                                                                     .toString()
                                                                     .toUtf8())
                                             .array();
            QCOMPARE(shown, record.value(u"identities").toArray());
            ++compared;
        }
    }
    QVERIFY2(compared >= preview->rowCount(), qPrintable(QString::number(compared)));
}

void tst_DetailPane::cancelOnlyForRunningJobs()
{
    DetailPane pane(nullptr);
    QSignalSpy cancel(&pane, &DetailPane::cancelRequested);
    QSignalSpy clone(&pane, &DetailPane::cloneRequested);
    QPushButton *button = pane.overviewTab()->cancelButton();

    for (JobStatus status : {JobStatus::Succeeded, JobStatus::Failed, JobStatus::Cancelled}) {
        pane.setJob(JobBuilder::job(5, status, JobBuilder::T0));
        QVERIFY(!button->isEnabled());
        button->click();
    }
    QCOMPARE(cancel.size(), 0);

    const ExportJob running = JobBuilder::job(7, JobStatus::Processing, JobBuilder::T0);
    pane.setJob(running);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(cancel.size(), 1);
    QCOMPARE(cancel.first().at(0).toLongLong(), 7);
    // While the cancel is on its way the button waits; the job ending releases it.
    pane.setCancelling(true);
    QVERIFY(!button->isEnabled());
    pane.setJob(JobBuilder::finished(running, JobStatus::Cancelled, JobBuilder::T0 + 5000));
    QVERIFY(!button->isEnabled());
    QVERIFY(!pane.overviewTab()->isCancelling());

    pane.overviewTab()->cloneButton()->click();
    QCOMPARE(clone.size(), 1);
    QCOMPARE(clone.first().at(0).value<ExportJob>().id, 7);

    pane.clear();
    QVERIFY(!pane.hasJob());
    QVERIFY(!button->isEnabled());
}

void tst_DetailPane::refreshKeepsTabScrollAndUnfoldedRows()
{
    // The tutorial's failed job, small enough a pane that the overview scrolls.
    ExportJob job = JobBuilder::tutorialList().at(1);
    QVERIFY(job.errorCount() > 0);
    DetailPane pane(nullptr);
    pane.setContext(m_connection);
    pane.resize(420, 260);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setJob(job);
    pane.tabs()->setCurrentIndex(DetailPane::Overview);
    QCoreApplication::processEvents();
    QScrollBar *scroll = pane.overviewTab()->scrollArea()->verticalScrollBar();
    QVERIFY(scroll->maximum() > 40);
    scroll->setValue(scroll->maximum() / 2);
    const int position = scroll->value();
    QVERIFY(position > 0);
    QTreeWidgetItem *firstError = pane.errorsTab()->tree()->topLevelItem(0);
    firstError->setExpanded(true);

    // The monitor's next poll: same job, a later update.
    ExportJob refreshed = job;
    refreshed.updateTime = job.updateTime.value_or(0) + 1000;
    pane.setJob(refreshed);
    QCoreApplication::processEvents();
    QCOMPARE(pane.tabs()->currentIndex(), int(DetailPane::Overview));
    QCOMPARE(scroll->value(), position);
    QCOMPARE(pane.errorsTab()->tree()->topLevelItem(0), firstError);
    QVERIFY(firstError->isExpanded());

    // The same for the Request tab's JSON.
    pane.tabs()->setCurrentIndex(DetailPane::Request);
    QCoreApplication::processEvents();
    QScrollBar *jsonScroll = pane.requestTab()->jsonView()->verticalScrollBar();
    QVERIFY(jsonScroll->maximum() > 5);
    jsonScroll->setValue(jsonScroll->maximum() - 2);
    const int jsonPosition = jsonScroll->value();
    refreshed.updateTime = *refreshed.updateTime + 1000;
    pane.setJob(refreshed);
    QCoreApplication::processEvents();
    QCOMPARE(pane.tabs()->currentIndex(), int(DetailPane::Request));
    QCOMPARE(jsonScroll->value(), jsonPosition);
    QVERIFY(pane.requestTab()->jsonText().contains(QString::number(job.id)));
    // The curl command recreates the job against this connection, token left to the shell.
    const QString curl = pane.requestTab()->curlText();
    QVERIFY(curl.contains(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(curl.contains(m_connection.orgId));
    QVERIFY(curl.contains(CurlCommand::accessTokenPlaceholder()));
    QVERIFY(!curl.contains(m_platform->credentials().clientSecret));

    // Another job is another story: its own tab choice is made afresh.
    pane.setJob(JobBuilder::tutorialList().at(0));
    QCOMPARE(pane.tabs()->currentIndex(), int(DetailPane::Request));
}

void tst_DetailPane::overviewNamesDatasetAndMergePolicy()
{
    // The tutorial's job with its merge policy at version 1.
    const ExportJob job = JobBuilder::sample(u"seed/get-job-response.json"_qs);
    QVERIFY(job.mergePolicy && job.mergePolicy->id);
    const QString policyId = *job.mergePolicy->id;
    const QString datasetId = job.datasetId();
    QVERIFY(!datasetId.isEmpty());
    DetailPane pane(nullptr);
    pane.setJob(job);
    JobOverviewTab *overview = pane.overviewTab();
    // Before the names are known: the IDs.
    QCOMPARE(overview->fieldText(JobOverviewTab::MergePolicy),
             JobOverviewTab::tr("%1, version %2", "merge policy, version").arg(policyId, u"1"_qs));
    QCOMPARE(overview->fieldText(JobOverviewTab::Dataset), datasetId);

    pane.setMergePolicyNames({{policyId, u"Default Timebased"_qs}});
    pane.setDatasetNames({{datasetId, u"Profile Data Export"_qs}});
    QCOMPARE(overview->fieldText(JobOverviewTab::MergePolicy),
             u"Default Timebased (%1), version 1"_qs.arg(policyId));
    QCOMPARE(overview->fieldText(JobOverviewTab::Dataset),
             u"Profile Data Export (%1)"_qs.arg(datasetId));
}

void tst_DetailPane::errorDetailShowsTheChosenErrorInFull()
{
    // The tutorial's failed job: its messages are longer than their column.
    const ExportJob job = JobBuilder::tutorialList().at(1);
    QVERIFY(job.errorCount() >= 2);
    DetailPane pane(nullptr);
    pane.resize(700, 500);
    pane.show();
    pane.setJob(job);
    JobErrorsTab *errors = pane.errorsTab();
    QTreeWidget *tree = errors->tree();
    QTextBrowser *detail = errors->detailView();
    QVERIFY(detail->isVisible());
    const auto shows = [&](const JobError &error) {
        const QString text = detail->toPlainText();
        return text.contains(error.msg.value_or(QString()))
                && text.contains(JobErrorsModel::hint(JobErrorsModel::classify(error)))
                && text.contains(error.callStack.value_or(QString()).trimmed());
    };
    // The first error until another is chosen.
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0));
    QVERIFY2(shows(job.errors->at(0)), qPrintable(detail->toPlainText()));
    QVERIFY(!detail->toPlainText().contains(job.errors->at(1).msg.value()));
    tree->setCurrentItem(tree->topLevelItem(1));
    QVERIFY2(shows(job.errors->at(1)), qPrintable(detail->toPlainText()));
    // A call stack row stands for its error.
    if (tree->topLevelItem(0)->childCount() > 0) {
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QVERIFY(shows(job.errors->at(0)));
    }
    // The monitor's next poll with the same errors keeps the choice.
    tree->setCurrentItem(tree->topLevelItem(1));
    ExportJob refreshed = job;
    refreshed.updateTime = job.updateTime.value_or(0) + 1000;
    QTextCursor selection = detail->textCursor();
    selection.select(QTextCursor::Document);
    detail->setTextCursor(selection);
    pane.setJob(refreshed);
    QCOMPARE(tree->currentItem(), tree->topLevelItem(1));
    QVERIFY(shows(job.errors->at(1)));
    QVERIFY(!detail->textCursor().selectedText().isEmpty()); // a selection survives
    // A job without errors shows none.
    pane.setJob(JobBuilder::tutorialList().at(0));
    QVERIFY(detail->toPlainText().isEmpty());
}

QTEST_MAIN(tst_DetailPane)
#include "tst_detailpane.moc"
