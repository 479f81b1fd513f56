#pragma once

#include "HttpExchange.h"
#include "StateStore.h"

namespace Emulator {

class ExportEngine;

// /data/core/ups/export/jobs: create, list (newest first, cursor paging), get, cancel.
// Errors in the service shape.
class ExportJobRoutes
{
public:
    ExportJobRoutes(StateStore &store, ExportEngine &engine);

    HttpResponse handle(const HttpRequest &request, const Tenant &tenant, const QString &path);

private:
    HttpResponse create(const HttpRequest &request, const Tenant &tenant);
    HttpResponse list(const HttpRequest &request, const Tenant &tenant);
    HttpResponse get(const HttpRequest &request, const Tenant &tenant, qint64 id);
    HttpResponse cancel(const HttpRequest &request, const Tenant &tenant, qint64 id);

    StateStore &m_store;
    ExportEngine &m_engine;
};

} // namespace Emulator
