#pragma once

#include "TokenProvider.h"

// An access token pasted by the user. It cannot be renewed: a 401 is final and tells the user
// to paste a new one.
class StaticTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticTokenProvider)

public:
    explicit StaticTokenProvider(const QString &token = {}, QObject *parent = nullptr);

    void setToken(const QString &token);

    QString currentToken() const override { return m_token; }
    void requestToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    bool canRenew() const override { return false; }
    QStringList secrets() const override;

private:
    QString m_token;
};
