#include "StaticTokenProvider.h"

#include <QPointer>
#include <QTimer>

StaticTokenProvider::StaticTokenProvider(const QString &token, QObject *parent)
    : TokenProvider(parent)
    , m_token(token.trimmed())
{ }

void StaticTokenProvider::setToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed == m_token)
        return;
    m_token = trimmed;
    emit tokenChanged();
}

void StaticTokenProvider::requestToken(QObject *context, Callback callback)
{
    ApiResult<QString> result = m_token.isEmpty()
            ? ApiResult<QString>(ApiError(ApiError::Kind::Authentication,
                                          tr("No access token has been entered for this "
                                             "connection.")))
            : ApiResult<QString>(m_token);
    QTimer::singleShot(
            0, context ? context : this,
            [callback = std::move(callback), result = std::move(result)] { callback(result); });
}

void StaticTokenProvider::invalidate(const QString &token)
{
    // Nothing can replace a pasted token; it is kept so the user sees which one failed,
    // and the 401 reaches the caller as final.
    Q_UNUSED(token);
}

QStringList StaticTokenProvider::secrets() const
{
    return m_token.isEmpty() ? QStringList() : QStringList{m_token};
}
