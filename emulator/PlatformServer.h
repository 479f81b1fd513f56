#pragma once

#include "HttpExchange.h"
#include "StateStore.h"

#include <QAbstractHttpServer>

#include <memory>
#include <optional>

namespace Emulator {

class CatalogRoutes;
class Chaos;
class ChoiceRoutes;
class DataAccessRoutes;
class ExportEngine;
class ExportJobRoutes;
class RequestLog;
class TokenRoute;
struct PlatformOptions;

// The platform's HTTP face: the IMS token path and the gateway paths on one port. Routes
// by itself so that it can log every request with its status, size and duration, delay an
// answer without blocking the thread, and drop a connection, as chaos asks.
class PlatformServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformServer)

public:
    PlatformServer(StateStore &store, ExportEngine &engine, RequestLog &log,
                   std::shared_ptr<Chaos> chaos, const PlatformOptions &options,
                   QObject *parent = nullptr);
    ~PlatformServer() override;

    // Largest body a POST/PUT/PATCH may carry.
    static constexpr qsizetype MaxBodyBytes = 1 << 20;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const HttpRequest &request, QString *sandbox, bool *gateway);
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Tenant *tenant);
    void send(QTcpSocket *socket, const HttpResponse &response, const HttpRequest &request);

    StateStore &m_store;
    RequestLog &m_log;
    std::shared_ptr<Chaos> m_chaos;
    std::unique_ptr<TokenRoute> m_token;
    std::unique_ptr<CatalogRoutes> m_catalog;
    std::unique_ptr<ExportJobRoutes> m_jobs;
    std::unique_ptr<ChoiceRoutes> m_choices;
    std::unique_ptr<DataAccessRoutes> m_dataAccess;
};

} // namespace Emulator
