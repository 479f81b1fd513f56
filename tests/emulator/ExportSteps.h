#pragma once

#include "tests/support/PlatformHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// Steps the emulator tests repeat: create a dataset, create a job, wait for it, read its
// batches back through Data Access.
namespace ExportSteps {

inline const QString unionSchema
        = QStringLiteral("https://ns.adobe.com/xdm/context/profile__union");

// The file format a dataset asks for; the platform's default is Parquet.
enum class Format { Default, Parquet, JsonLines };

inline QString createDataset(PlatformHttp &http,
                             const QString &name = QStringLiteral("Export target"),
                             const QString &schemaId = unionSchema, Format format = Format::Default)
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("schemaRef"),
                      QJsonObject{{QStringLiteral("id"), schemaId},
                                  {QStringLiteral("contentType"),
                                   QStringLiteral("application/vnd.adobe.xed+json;version=1")}}}};
    if (format != Format::Default) {
        const QString name
                = format == Format::JsonLines ? QStringLiteral("json") : QStringLiteral("parquet");
        body.insert(QStringLiteral("fileDescription"),
                    QJsonObject{{QStringLiteral("persisted"), true},
                                {QStringLiteral("containerFormat"), name},
                                {QStringLiteral("format"), name}});
    }
    const HttpResult r
            = http.gateway("POST", QStringLiteral("/data/foundation/catalog/dataSets"), body);
    if (r.status != 201)
        return QString();
    return r.json().array().at(0).toString().section(u'/', -1);
}

// Segment definition ids by name.
inline QHash<QString, QString> segments(PlatformHttp &http)
{
    QHash<QString, QString> ids;
    const HttpResult r
            = http.gateway("GET", QStringLiteral("/data/core/ups/segment/definitions?limit=100"));
    for (const QJsonValue &s : r.json().object().value(u"segments").toArray())
        ids.insert(s.toObject().value(u"name").toString(), s.toObject().value(u"id").toString());
    return ids;
}

inline QJsonObject jobBody(const QString &datasetId)
{
    return QJsonObject{
            {QStringLiteral("destination"), QJsonObject{{QStringLiteral("datasetId"), datasetId}}},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
    };
}

inline QJsonObject getJob(PlatformHttp &http, qint64 id)
{
    return http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs/%1").arg(id))
            .json()
            .object();
}

inline bool isTerminal(const QString &status)
{
    return status == u"SUCCEEDED" || status == u"FAILED" || status == u"CANCELLED";
}

// Polls until the job is terminal; the statuses seen on the way go to `seen`.
inline QJsonObject waitForJob(PlatformHttp &http, qint64 id, QList<QJsonObject> *seen = nullptr,
                              int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject job;
    while (timer.elapsed() < timeoutMs) {
        job = getJob(http, id);
        if (seen)
            seen->append(job);
        if (isTerminal(job.value(u"status").toString()))
            return job;
        QTest::qWait(15);
    }
    return job;
}

inline QJsonObject waitForStatus(PlatformHttp &http, qint64 id, const QString &status,
                                 int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject job;
    while (timer.elapsed() < timeoutMs) {
        job = getJob(http, id);
        if (job.value(u"status").toString() == status
            || isTerminal(job.value(u"status").toString()))
            return job;
        QTest::qWait(10);
    }
    return job;
}

inline QStringList batchIds(const QJsonObject &job)
{
    const QJsonObject destination = job.value(u"destination").toObject();
    if (destination.contains(u"batches")) {
        QStringList ids;
        for (const QJsonValue &b : destination.value(u"batches").toArray())
            ids << b.toObject().value(u"batchId").toString();
        return ids;
    }
    return {destination.value(u"batchId").toString()};
}

// The parts of a batch as Data Access lists them: each file's download path (the listing's
// href), its name and the records the batch's file list counts in it.
struct BatchPart
{
    QString fileId;
    QString name;
    QString path;
    qint64 records = 0;
};

inline QList<BatchPart> batchParts(PlatformHttp &http, const QString &batchId)
{
    QList<BatchPart> parts;
    QString next = QStringLiteral("/data/foundation/export/batches/%1/files").arg(batchId);
    while (!next.isEmpty()) {
        const QJsonObject page = http.gateway("GET", next).json().object();
        for (const QJsonValue &f : page.value(u"data").toArray()) {
            const QString fileId = f.toObject().value(u"dataSetFileId").toString();
            const QJsonObject listing
                    = http.gateway("GET",
                                   QStringLiteral("/data/foundation/export/files/%1").arg(fileId))
                              .json()
                              .object();
            for (const QJsonValue &part : listing.value(u"data").toArray()) {
                const QUrl href(part.toObject()
                                        .value(u"_links")
                                        .toObject()
                                        .value(u"self")
                                        .toObject()
                                        .value(u"href")
                                        .toString());
                parts.append({fileId, part.toObject().value(u"name").toString(),
                              href.path() + u'?' + href.query(QUrl::FullyEncoded),
                              f.toObject().value(u"records").toInteger()});
            }
        }
        const QUrl nextUrl(page.value(u"_links")
                                   .toObject()
                                   .value(u"next")
                                   .toObject()
                                   .value(u"href")
                                   .toString());
        next = nextUrl.isEmpty() ? QString()
                                 : nextUrl.path() + u'?' + nextUrl.query(QUrl::FullyEncoded);
    }
    return parts;
}

// Every record of a batch written to a JSON Lines dataset, read back through Data Access
// file listing and download. A part in another format fails the calling test.
inline QList<QJsonObject> readBatch(PlatformHttp &http, const QString &batchId,
                                    int *fileCount = nullptr)
{
    QList<QJsonObject> records;
    const QList<BatchPart> parts = batchParts(http, batchId);
    for (const BatchPart &part : parts) {
        const HttpResult bytes = http.gateway("GET", part.path);
        if (!part.name.endsWith(u".json") || bytes.body.startsWith("PAR1")) {
            QTest::qFail(qPrintable(QStringLiteral("readBatch reads JSON Lines parts, not ")
                                    + part.name),
                         __FILE__, __LINE__);
            return {};
        }
        for (const QByteArray &line : bytes.body.split('\n')) {
            if (!line.isEmpty())
                records.append(QJsonDocument::fromJson(line).object());
        }
    }
    if (fileCount)
        *fileCount = int(parts.size());
    return records;
}

inline QString ecidOf(const QJsonObject &profile)
{
    for (const QJsonValue &i : profile.value(u"identities").toArray()) {
        if (i.toObject().value(u"namespace").toObject().value(u"code").toString() == u"ECID")
            return i.toObject().value(u"id").toString();
    }
    return QString();
}

} // namespace ExportSteps
