#pragma once

#include "HttpExchange.h"
#include "StateStore.h"

namespace Emulator {

// What a form offers to choose from: segment definitions, merge policies and audiences,
// each paged in its own documented shape.
class ChoiceRoutes
{
public:
    explicit ChoiceRoutes(StateStore &store);

    HttpResponse handle(const HttpRequest &request, const Tenant &tenant, const QString &path);

private:
    HttpResponse segments(const HttpRequest &request, const Tenant &tenant);
    HttpResponse mergePolicies(const HttpRequest &request, const Tenant &tenant);
    HttpResponse audiences(const HttpRequest &request, const Tenant &tenant);
    HttpResponse one(const HttpRequest &request, const char *sql, const Tenant &tenant,
                     const QString &id, const QString &what);

    StateStore &m_store;
};

} // namespace Emulator
