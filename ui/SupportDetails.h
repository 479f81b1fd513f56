#pragma once

#include "api/Connection.h"
#include "api/ExportJob.h"

#include <QCoreApplication>
#include <QString>

// What the platform's support needs to find a job: its ids, the compute jobs behind it, the
// organization and sandbox, its status, times in UTC and its errors. Never a token or a secret:
// the connection value holds none.
class SupportDetails
{
    Q_DECLARE_TR_FUNCTIONS(SupportDetails)

public:
    static QString text(const ExportJob &job, const Connection &connection);
};
