#pragma once

#include "api/ApiResult.h"
#include "api/Connection.h"

#include <QByteArray>
#include <QUrl>

#include <memory>
#include <optional>

namespace ClientTest {

// A usable connection to a loopback test server.
inline Connection connectionTo(const QUrl &url,
                               Connection::AuthMethod auth = Connection::AuthMethod::StaticToken)
{
    Connection c;
    c.name = QStringLiteral("Test");
    c.kind = Connection::Kind::LocalPlatform;
    c.baseUrl = url;
    c.imsUrl = url;
    c.orgId = QStringLiteral("TESTORG0000000000000000@AdobeOrg");
    c.sandbox = QStringLiteral("prod");
    c.clientId = QStringLiteral("test-client-id");
    c.authMethod = auth;
    if (auth == Connection::AuthMethod::OAuthServerToServer)
        c.scopes = {QStringLiteral("openid"), QStringLiteral("AdobeID")};
    return c;
}

// Collects what a callback delivered and how often it was called.
template<typename T>
struct Outcome
{
    std::optional<ApiResult<T>> result;
    int calls = 0;

    bool done() const { return result.has_value(); }
    const ApiResult<T> &operator*() const { return *result; }
    const ApiResult<T> *operator->() const { return &*result; }
};

template<typename T>
auto recordInto(const std::shared_ptr<Outcome<T>> &outcome)
{
    return [outcome](ApiResult<T> result) {
        outcome->result.emplace(std::move(result));
        ++outcome->calls;
    };
}

// The error message of a failed result, for QVERIFY2 (which evaluates it even on success).
template<typename T>
QByteArray why(const ApiResult<T> &result)
{
    return result.isOk() ? QByteArray("ok") : result.error().message().toUtf8();
}

} // namespace ClientTest
