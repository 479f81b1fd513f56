#pragma once

#include "api/Connection.h"
#include "api/ExportJob.h"

#include <QString>

// The curl command that creates a job with the same request, for a terminal: POST to the
// connection's export jobs endpoint with every header the platform needs. The access token is
// never written out: the command reads it from $ACCESS_TOKEN.
namespace JobCurlText {

QString createCommand(const ExportJob &job, const Connection &connection);
// A shell word in single quotes, embedded quotes escaped.
QString shellQuote(const QString &text);

} // namespace JobCurlText
