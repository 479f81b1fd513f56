#include "DataAccessRoutes.h"

#include "ErrorBody.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Emulator {

DataAccessRoutes::DataAccessRoutes(StateStore &store)
    : m_store(store)
{ }

HttpResponse DataAccessRoutes::handle(const HttpRequest &request, const Tenant &tenant,
                                      const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (request.method != "GET" && request.method != "HEAD")
        return ErrorBody::problem(405, QStringLiteral("Only GET is allowed on Data Access"));
    if (parts.size() == 3 && parts[0] == u"batches" && parts[2] == u"files")
        return batchFiles(request, tenant, parts[1]);
    if (parts.size() == 2 && parts[0] == u"files")
        return file(request, tenant, parts[1]);
    return ErrorBody::problem(404, QStringLiteral("No Data Access resource at %1").arg(path));
}

HttpResponse DataAccessRoutes::batchFiles(const HttpRequest &request, const Tenant &tenant,
                                          const QString &batchId)
{
    int limit = 100, start = 0;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return ErrorBody::problem(400,
                                      QStringLiteral("limit must be a whole number from 1 to 100, "
                                                     "not '%1'")
                                              .arg(request.queryValue(QStringLiteral("limit"))));
    }
    if (request.hasQuery(QStringLiteral("start"))) {
        bool ok = false;
        start = request.queryValue(QStringLiteral("start")).toInt(&ok);
        if (!ok || start < 0)
            return ErrorBody::problem(400,
                                      QStringLiteral("start must be a whole number from 0, not "
                                                     "'%1'")
                                              .arg(request.queryValue(QStringLiteral("start"))));
    }
    QString dataset;
    {
        auto &b = m_store.db().cached("SELECT dataset FROM batches WHERE id = ? AND tenant = ?");
        b.bind(1, batchId).bind(2, tenant.id);
        if (!b.step())
            return ErrorBody::problem(404, QStringLiteral("Batch %1 was not found").arg(batchId));
        dataset = b.text(0);
    }
    auto &q = m_store.db().cached("SELECT id, records, size, created FROM files WHERE batch = ? "
                                  "ORDER BY seq LIMIT ? OFFSET ?");
    q.bind(1, batchId).bind(2, limit + 1).bind(3, start);
    QJsonArray data;
    bool more = false;
    const QString base = request.origin() + QStringLiteral("/data/foundation/export");
    while (q.step()) {
        if (data.size() == limit) {
            more = true;
            break;
        }
        const QString id = q.text(0);
        data.append(QJsonObject{
                {QStringLiteral("dataSetFileId"), id},
                {QStringLiteral("dataSetViewId"), dataset},
                {QStringLiteral("version"), QStringLiteral("1.0.0")},
                {QStringLiteral("created"), QString::number(q.int64(3))},
                {QStringLiteral("updated"), QString::number(q.int64(3))},
                {QStringLiteral("isValid"), true},
                {QStringLiteral("records"), double(q.int64(1))},
                {QStringLiteral("size"), double(q.int64(2))},
                {QStringLiteral("_links"),
                 QJsonObject{{QStringLiteral("self"),
                              QJsonObject{{QStringLiteral("href"),
                                           QString(base + QStringLiteral("/files/") + id)}}}}},
        });
    }
    q.reset();
    QJsonObject links;
    if (more)
        links.insert(QStringLiteral("next"),
                     QJsonObject{{QStringLiteral("href"),
                                  QString(base
                                          + QStringLiteral("/batches/%1/files?start=%2&limit=%3")
                                                    .arg(batchId)
                                                    .arg(start + limit)
                                                    .arg(limit))}});
    const QJsonObject body{
            {QStringLiteral("data"), data},
            {QStringLiteral("_page"),
             QJsonObject{{QStringLiteral("limit"), limit},
                         {QStringLiteral("count"), int(data.size())}}},
            {QStringLiteral("_links"), links},
    };
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse DataAccessRoutes::file(const HttpRequest &request, const Tenant &tenant,
                                    const QString &fileId)
{
    auto &q = m_store.db().cached("SELECT name, path, size FROM files WHERE id = ? AND tenant = ?");
    q.bind(1, fileId).bind(2, tenant.id);
    if (!q.step())
        return ErrorBody::problem(404, QStringLiteral("File %1 was not found").arg(fileId));
    const QString name = q.text(0);
    const QString path = QDir(m_store.dataDir()).filePath(q.text(1));
    q.reset();
    const qint64 size = QFileInfo(path).size();

    if (!request.hasQuery(QStringLiteral("path"))) {
        const QString href = request.origin()
                + QStringLiteral("/data/foundation/export/files/%1?path=%2")
                          .arg(fileId, QString::fromUtf8(QUrl::toPercentEncoding(name)));
        const QJsonObject body{
                {QStringLiteral("data"),
                 QJsonArray{QJsonObject{
                         {QStringLiteral("name"), name},
                         {QStringLiteral("length"), QString::number(size)},
                         {QStringLiteral("_links"),
                          QJsonObject{{QStringLiteral("self"),
                                       QJsonObject{{QStringLiteral("href"), href}}}}}}}},
                {QStringLiteral("_page"),
                 QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("count"), 1}}},
        };
        return HttpResponse::json(200, QJsonDocument(body));
    }
    if (request.queryValue(QStringLiteral("path")) != name)
        return ErrorBody::problem(404,
                                  QStringLiteral("File %1 has no part named '%2'")
                                          .arg(fileId, request.queryValue(QStringLiteral("path"))));

    HttpResponse response;
    response.filePath = path;
    // A file's bytes, whatever its format, as the Data Access API answers them.
    response.setHeader("Content-Type", "application/octet-stream");
    response.setHeader("Accept-Ranges", "bytes");
    response.fileOffset = 0;
    response.fileLength = size;
    const QByteArray range = request.header("range").trimmed();
    static const QRegularExpression single(QStringLiteral("^bytes=(\\d*)-(\\d*)"));
    const auto m = single.match(QString::fromLatin1(range));
    if (!range.isEmpty() && m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        qint64 first, last;
        if (m.captured(1).isEmpty()) {
            const qint64 suffix = m.captured(2).toLongLong();
            first = std::max<qint64>(0, size - suffix);
            last = size - 1;
        } else {
            first = m.captured(1).toLongLong();
            last = m.captured(2).isEmpty() ? size - 1
                                           : std::min(size - 1, m.captured(2).toLongLong());
        }
        if (first >= size || last < first || size == 0) {
            HttpResponse unsatisfiable = ErrorBody::problem(
                    416,
                    QStringLiteral("Range '%1' lies outside the %2 bytes of the file")
                            .arg(QString::fromLatin1(range))
                            .arg(size));
            unsatisfiable.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return unsatisfiable;
        }
        response.status = 206;
        response.fileOffset = first;
        response.fileLength = last - first + 1;
        response.setHeader("Content-Range",
                           "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last)
                                   + '/' + QByteArray::number(size));
    }
    return response;
}

} // namespace Emulator
