#pragma once

#include "HttpExchange.h"
#include "StateStore.h"

namespace Emulator {

// Catalog: POST/GET /dataSets, GET/DELETE /dataSets/{id}, GET /batches/{id}. Errors in the
// Catalog shape.
class CatalogRoutes
{
public:
    explicit CatalogRoutes(StateStore &store);

    HttpResponse handle(const HttpRequest &request, const Tenant &tenant, const QString &path);

    static const QString unionSchemaId;

private:
    HttpResponse createDataset(const HttpRequest &request, const Tenant &tenant);
    HttpResponse listDatasets(const HttpRequest &request, const Tenant &tenant);
    HttpResponse getDataset(const Tenant &tenant, const QString &id);
    HttpResponse deleteDataset(const Tenant &tenant, const QString &id);
    HttpResponse getBatch(const Tenant &tenant, const QString &id);

    StateStore &m_store;
};

} // namespace Emulator
