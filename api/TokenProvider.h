#pragma once

#include "ApiResult.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// Where access tokens come from. The client asks for a token before each call, and reports
// a token the platform refused so the provider can replace it (when it can).
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(ApiResult<QString>)>;

    using QObject::QObject;

    // A token that can be used now without asking anyone, or an empty string.
    virtual QString currentToken() const = 0;
    // Delivers a usable token or the reason there is none, always from the event loop and
    // never after `context` is destroyed. Concurrent requests share one fetch.
    virtual void requestToken(QObject *context, Callback callback) = 0;
    // The platform answered 401 to `token`: forget it, so the next request fetches another.
    virtual void invalidate(const QString &token) = 0;
    // Whether a refused token can be replaced without asking the user.
    virtual bool canRenew() const = 0;
    // Values that must never appear in a message or a log (the token, the client secret).
    virtual QStringList secrets() const = 0;

signals:
    // A new token was obtained (OAuth) or entered (pasted token).
    void tokenChanged();
};
