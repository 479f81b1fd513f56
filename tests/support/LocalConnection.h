#pragma once

#include "api/Connection.h"
#include "api/PlatformClient.h"
#include "tests/support/EmulatorFixture.h"

// The connection the app makes to its local platform, for tests that drive the client against
// a real one: OAuth server-to-server with the platform's own client, in `sandbox` (the
// platform's first when empty). Header-only: the tests that use it link es_api themselves.
namespace TestSupport {

inline Connection localConnection(const EmulatorFixture &platform, const QString &sandbox = {})
{
    const Emulator::Credentials credentials = platform.credentials();
    Connection connection;
    connection.name = QStringLiteral("Local platform");
    connection.kind = Connection::Kind::LocalPlatform;
    connection.baseUrl = platform.baseUrl();
    connection.imsUrl = platform.baseUrl();
    connection.orgId = credentials.orgId;
    connection.sandbox = sandbox.isEmpty() ? credentials.defaultSandbox() : sandbox;
    connection.clientId = credentials.clientId;
    connection.authMethod = Connection::AuthMethod::OAuthServerToServer;
    connection.scopes = credentials.scopes.split(u',');
    return connection;
}

// Signs `client` in to `platform` over that connection, with the platform's client secret;
// returns the connection.
inline Connection signIn(PlatformClient &client, const EmulatorFixture &platform,
                         const QString &sandbox = {})
{
    const Connection connection = localConnection(platform, sandbox);
    client.setConnection(connection,
                         client.makeTokenProvider(connection, platform.credentials().clientSecret));
    return connection;
}

} // namespace TestSupport
