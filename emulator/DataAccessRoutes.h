#pragma once

#include "HttpExchange.h"
#include "StateStore.h"

namespace Emulator {

// Data Access: a batch's files, a file's listing and its bytes, with Range support.
// Errors in the problem-details shape.
class DataAccessRoutes
{
public:
    explicit DataAccessRoutes(StateStore &store);

    HttpResponse handle(const HttpRequest &request, const Tenant &tenant, const QString &path);

private:
    HttpResponse batchFiles(const HttpRequest &request, const Tenant &tenant,
                            const QString &batchId);
    HttpResponse file(const HttpRequest &request, const Tenant &tenant, const QString &fileId);

    StateStore &m_store;
};

} // namespace Emulator
