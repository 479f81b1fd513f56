#include "JobCurlText.h"

#include "api/ExportJobRequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace JobCurlText {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString createCommand(const ExportJob &job, const Connection &connection)
{
    const QUrl url = connection.endpoint(u"/data/core/ups/export/jobs");
    const QByteArray body = QJsonDocument(ExportJobRequest::fromJob(job).toJson())
                                    .toJson(QJsonDocument::Indented)
                                    .trimmed();
    QStringList lines;
    lines << u"curl -X POST "_s
                    + shellQuote(url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
    // The token stays in the shell's environment: a command is copied and pasted around.
    lines << u"  -H \"Authorization: Bearer ${ACCESS_TOKEN}\""_s;
    lines << u"  -H "_s + shellQuote(u"x-api-key: "_s + connection.clientId);
    lines << u"  -H "_s + shellQuote(u"x-gw-ims-org-id: "_s + connection.orgId);
    lines << u"  -H "_s + shellQuote(u"x-sandbox-name: "_s + connection.sandbox);
    lines << u"  -H 'Content-Type: application/json'"_s;
    lines << u"  -d "_s + shellQuote(QString::fromUtf8(body));
    return lines.join(u" \\\n"_s) + u'\n';
}

} // namespace JobCurlText
