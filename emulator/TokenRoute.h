#pragma once

#include "HttpExchange.h"

#include <optional>

namespace Emulator {

class StateStore;

// POST /ims/token/v3: the client-credentials grant. Tokens are random, kept only as their
// SHA-256 in the store, and expire after the configured lifetime.
class TokenRoute
{
public:
    struct Token
    {
        QString clientId;
        QString orgId;
        qint64 expiresMs = 0;
    };

    TokenRoute(StateStore &store, int lifetimeSeconds);

    HttpResponse handle(const HttpRequest &request);
    std::optional<Token> validate(const QByteArray &accessToken);

private:
    StateStore &m_store;
    int m_lifetimeSeconds;
};

} // namespace Emulator
