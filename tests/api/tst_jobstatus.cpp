#include "api/ExportJob.h"
#include "api/JobStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_JobStatus : public QObject
{
    Q_OBJECT

private slots:
    void fromText_data();
    void fromText();
    void terminal_data();
    void terminal();
    void platformSpelling();
    void displayName();
    void jobKeepsRawText_data();
    void jobKeepsRawText();
};

void tst_JobStatus::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<JobStatus>("status");

    QTest::newRow("NEW") << u"NEW"_s << JobStatus::New;
    QTest::newRow("PROCESSING") << u"PROCESSING"_s << JobStatus::Processing;
    QTest::newRow("SUCCEEDED") << u"SUCCEEDED"_s << JobStatus::Succeeded;
    QTest::newRow("FAILED") << u"FAILED"_s << JobStatus::Failed;
    QTest::newRow("CANCELLED") << u"CANCELLED"_s << JobStatus::Cancelled;
    QTest::newRow("CANCELED") << u"CANCELED"_s << JobStatus::Cancelled;
    QTest::newRow("lowercase") << u"succeeded"_s << JobStatus::Succeeded;
    QTest::newRow("mixed case") << u"Processing"_s << JobStatus::Processing;
    QTest::newRow("canceled lower") << u"canceled"_s << JobStatus::Cancelled;
    QTest::newRow("misspelled SUCEEDED") << u"SUCEEDED"_s << JobStatus::Unknown;
    QTest::newRow("QUEUED") << u"QUEUED"_s << JobStatus::Unknown;
    QTest::newRow("empty") << QString() << JobStatus::Unknown;
    QTest::newRow("padded") << u" NEW"_s << JobStatus::Unknown;
    QTest::newRow("prefix") << u"NEWER"_s << JobStatus::Unknown;
}

void tst_JobStatus::fromText()
{
    QFETCH(QString, text);
    QFETCH(JobStatus, status);
    QCOMPARE(jobStatusFromText(text), status);
}

void tst_JobStatus::terminal_data()
{
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("New") << JobStatus::New << false;
    QTest::newRow("Processing") << JobStatus::Processing << false;
    QTest::newRow("Succeeded") << JobStatus::Succeeded << true;
    QTest::newRow("Failed") << JobStatus::Failed << true;
    QTest::newRow("Cancelled") << JobStatus::Cancelled << true;
    QTest::newRow("Unknown") << JobStatus::Unknown << false;
}

void tst_JobStatus::terminal()
{
    QFETCH(JobStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

void tst_JobStatus::platformSpelling()
{
    for (JobStatus status : {JobStatus::New, JobStatus::Processing, JobStatus::Succeeded,
                             JobStatus::Failed, JobStatus::Cancelled}) {
        QCOMPARE(jobStatusFromText(jobStatusText(status)), status);
    }
    QCOMPARE(jobStatusText(JobStatus::Cancelled), u"CANCELLED"_s);
    QVERIFY(jobStatusText(JobStatus::Unknown).isEmpty());
}

void tst_JobStatus::displayName()
{
    QCOMPARE(jobStatusDisplayName(JobStatus::Unknown, u"QUEUED"_s), u"QUEUED"_s);
    QCOMPARE(jobStatusDisplayName(JobStatus::Succeeded, u"succeeded"_s), u"Succeeded"_s);
    QCOMPARE(jobStatusDisplayName(JobStatus::Cancelled, u"CANCELED"_s), u"Cancelled"_s);
}

void tst_JobStatus::jobKeepsRawText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("QUEUED") << u"QUEUED"_s << JobStatus::Unknown << false;
    QTest::newRow("SUCEEDED") << u"SUCEEDED"_s << JobStatus::Unknown << false;
    QTest::newRow("Canceled") << u"Canceled"_s << JobStatus::Cancelled << true;
    QTest::newRow("FAILED") << u"FAILED"_s << JobStatus::Failed << true;
    QTest::newRow("empty") << u""_s << JobStatus::Unknown << false;
}

void tst_JobStatus::jobKeepsRawText()
{
    QFETCH(QString, text);
    QFETCH(JobStatus, status);
    QFETCH(bool, terminal);
    const ExportJob job(7, text);
    QCOMPARE(job.status(), status);
    QCOMPARE(job.statusText(), text);
    QCOMPARE(job.isTerminal(), terminal);
    QCOMPARE(job.toJson().value("status"_L1).toString(), text);
    QVERIFY(job.toJson().value("status"_L1).isString());
}

QTEST_GUILESS_MAIN(tst_JobStatus)
#include "tst_jobstatus.moc"
