#include "JobBuilder.h"
#include "ModelSignalRecorder.h"
#include "models/JobFilterModel.h"
#include "models/JobTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace JobBuilder;

namespace {

// Six jobs that differ in every way a filter looks at.
QList<ExportJob> fixtureJobs()
{
    QList<ExportJob> jobs = tutorialList(); // 726 SUCCEEDED, 722 FAILED (two errors), 2018
    ExportJob fresh = job(24115, JobStatus::New, T0);
    SegmentFilter segment;
    segment.segmentId = QStringLiteral("4edc8488-2c35-4f6d-b4c6-9075c68d2df4");
    JobFilter filter;
    filter.segments = QList<SegmentFilter>{segment};
    fresh.filter = filter;
    fresh.requestId = QStringLiteral("IwkVcD4RupdSmX376OBVORvcvTdA4ypN");
    jobs << fresh;
    jobs << job(30001, JobStatus::Processing, T0 + 86400000);
    jobs << job(30002, JobStatus::Cancelled, T0 + 2 * 86400000);
    jobs << ExportJob(30003, QStringLiteral("QUEUED")); // unknown status: active, no time
    return jobs;
}

QList<qint64> visibleIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(JobTableModel::JobIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestJobFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void searchIsDebounced();
    void searchFollowsNewNames();
    void rowsEnterAndLeaveAsJobsChange();
    void sortsOnRawValues_data();
    void sortsOnRawValues();

private:
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestJobFilterModel::init()
{
    m_model = std::make_unique<JobTableModel>();
    m_model->setClock([] { return T0 + 3 * 86400000; });
    m_proxy = std::make_unique<JobFilterModel>();
    m_proxy->setJobModel(m_model.get());
    m_proxy->setSearchDelay(0);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->upsertJobs(fixtureJobs());
    m_model->setSegmentNames({{u"52c26d0d-45f2-47a2-ab30-ed06abc981ff"_qs, u"Gold Members"_qs}});
    m_model->setDatasetNames({{u"5bb4c46757920712f924a3eb"_qs, u"Nightly Snapshot"_qs}});
}

void TestJobFilterModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestJobFilterModel::filters_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QList<qint64>>("expected");

    using F = JobFilterModel::StatusFilter;
    const QDateTime open;
    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    const QList<qint64> all{722, 726, 24115, 30001, 30002, 30003};

    QTest::newRow("everything") << int(F::All) << QString() << open << open << all;
    QTest::newRow("active: new, processing, unknown")
            << int(F::Active) << QString() << open << open << QList<qint64>{24115, 30001, 30003};
    QTest::newRow("succeeded") << int(F::Succeeded) << QString() << open << open
                               << QList<qint64>{726};
    QTest::newRow("failed") << int(F::Failed) << QString() << open << open << QList<qint64>{722};
    QTest::newRow("cancelled") << int(F::Cancelled) << QString() << open << open
                               << QList<qint64>{30002};
    QTest::newRow("id") << int(F::All) << u"2411"_qs << open << open << QList<qint64>{24115};
    QTest::newRow("segment id") << int(F::All) << u"4EDC8488"_qs << open << open
                                << QList<qint64>{24115};
    QTest::newRow("segment name, any case")
            << int(F::All) << u"gold mem"_qs << open << open << QList<qint64>{726};
    QTest::newRow("dataset id") << int(F::All) << u"5b7c86968f7b"_qs << open << open
                                << QList<qint64>{726};
    QTest::newRow("dataset name") << int(F::All) << u"nightly"_qs << open << open
                                  << QList<qint64>{722};
    QTest::newRow("request id") << int(F::All) << u"KbOAsV7HXmdg"_qs << open << open
                                << QList<qint64>{722};
    QTest::newRow("error message")
            << int(F::All) << u"job aborted"_qs << open << open << QList<qint64>{722};
    QTest::newRow("error code") << int(F::All) << u"0090000009"_qs << open << open
                                << QList<qint64>{722};
    QTest::newRow("surrounding blanks ignored")
            << int(F::All) << u"  726 "_qs << open << open << QList<qint64>{726};
    QTest::newRow("no match") << int(F::All) << u"nothing like it"_qs << open << open
                              << QList<qint64>{};
    QTest::newRow("search and status")
            << int(F::Failed) << u"req-"_qs << open << open << QList<qint64>{};
    QTest::newRow("created from") << int(F::All) << QString() << at(T0 + 1) << open
                                  << QList<qint64>{30001, 30002};
    QTest::newRow("created until")
            << int(F::All) << QString() << open << at(T0) << QList<qint64>{722, 726, 24115};
    QTest::newRow("created within, inclusive") << int(F::All) << QString() << at(T0)
                                               << at(T0 + 86400000) << QList<qint64>{24115, 30001};
    QTest::newRow("range and status")
            << int(F::Active) << QString() << at(T0) << open << QList<qint64>{24115, 30001};
}

void TestJobFilterModel::filters()
{
    QFETCH(int, status);
    QFETCH(QString, search);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<qint64>, expected);
    m_proxy->setStatusFilter(JobFilterModel::StatusFilter(status));
    m_proxy->setCreatedRange(from, to);
    m_proxy->setSearchText(search);
    m_proxy->applySearchNow();
    QCOMPARE(visibleIds(*m_proxy), expected);
}

void TestJobFilterModel::searchIsDebounced()
{
    m_proxy->setSearchDelay(80);
    QCOMPARE(m_proxy->searchDelay(), 80);
    QSignalSpy applied(m_proxy.get(), &JobFilterModel::searchApplied);
    ModelSignalRecorder recorder(m_proxy.get());
    m_proxy->setSearchText(u"7"_qs);
    m_proxy->setSearchText(u"72"_qs);
    m_proxy->setSearchText(u"722"_qs);
    // Nothing is filtered while typing goes on.
    QCOMPARE(m_proxy->rowCount(), 6);
    QVERIFY(applied.isEmpty());
    QVERIFY(applied.wait(2000));
    QCOMPARE(applied.size(), 1); // once, for the last text
    QCOMPARE(applied.first().first().toString(), u"722"_qs);
    QCOMPARE(visibleIds(*m_proxy), QList<qint64>{722});
    QVERIFY(!recorder.events().isEmpty());
    QVERIFY(!applied.wait(200));
}

void TestJobFilterModel::searchFollowsNewNames()
{
    m_proxy->setSearchText(u"platinum"_qs);
    m_proxy->applySearchNow();
    QCOMPARE(m_proxy->rowCount(), 0);
    m_model->setSegmentNames({{u"7a93d2ff-a220-4bae-9a4e-5f3c35032be3"_qs, u"Platinum"_qs}});
    QCOMPARE(visibleIds(*m_proxy), QList<qint64>{722});
}

void TestJobFilterModel::rowsEnterAndLeaveAsJobsChange()
{
    m_proxy->setStatusFilter(JobFilterModel::StatusFilter::Active);
    QCOMPARE(visibleIds(*m_proxy), (QList<qint64>{24115, 30001, 30003}));
    // 30001 ends; a new job starts.
    const ExportJob running = *m_model->job(30001);
    m_model->upsertJobs({finished(running, JobStatus::Succeeded, T0 + 86400000 + 5000),
                         job(40000, JobStatus::New, T0 + 5 * 86400000)});
    QCOMPARE(visibleIds(*m_proxy), (QList<qint64>{24115, 30003, 40000}));
    m_proxy->setStatusFilter(JobFilterModel::StatusFilter::Succeeded);
    QCOMPARE(visibleIds(*m_proxy), (QList<qint64>{726, 30001}));
}

void TestJobFilterModel::sortsOnRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("id ascending") << int(JobTableModel::Id) << int(Qt::AscendingOrder)
                                  << QList<qint64>{722, 726, 24115, 30001, 30002, 30003};
    // Live durations of running jobs (3 and 2 days), then 505864 ms (722), 259344 ms (726),
    // 60000 ms: numbers, not text ("4 min" sorts after "1 h" as text).
    QTest::newRow("duration descending") << int(JobTableModel::Duration) << int(Qt::DescendingOrder)
                                         << QList<qint64>{24115, 30001, 722, 726, 30002, 30003};
    QTest::newRow("status: running first") << int(JobTableModel::Status) << int(Qt::AscendingOrder)
                                           << QList<qint64>{30001, 24115, 30003, 722, 30002, 726};
    QTest::newRow("created ascending") << int(JobTableModel::Created) << int(Qt::AscendingOrder)
                                       << QList<qint64>{30003, 722, 726, 24115, 30001, 30002};
    QTest::newRow("errors descending, ties in source order")
            << int(JobTableModel::Errors) << int(Qt::DescendingOrder)
            << QList<qint64>{722, 30002, 30001, 24115, 726, 30003};
}

void TestJobFilterModel::sortsOnRawValues()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expected);
    m_proxy->sort(column, Qt::SortOrder(order));
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(JobTableModel::JobIdRole).toLongLong();
    QCOMPARE(ids, expected);
}

QTEST_MAIN(TestJobFilterModel)
#include "tst_jobfiltermodel.moc"
