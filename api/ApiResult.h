#pragma once

#include "ApiError.h"

#include <QString>

#include <utility>
#include <variant>

// What one call delivers: its payload or the error that stopped it, plus the HTTP status and
// request ID of the answer when there was one.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value, int httpStatus = 0, QString requestId = {})
        : m_data(std::in_place_index<0>, std::move(value))
        , m_httpStatus(httpStatus)
        , m_requestId(std::move(requestId))
    { }
    ApiResult(ApiError error)
        : m_httpStatus(error.httpStatus())
        , m_requestId(error.requestId())
    {
        m_data.template emplace<1>(std::move(error));
    }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    // Only when isOk().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    // Only when !isOk().
    const ApiError &error() const { return std::get<1>(m_data); }

    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }

    // The same outcome with another payload type, for a caller that forwards an error.
    template<typename U>
    ApiResult<U> forwardError() const
    {
        return ApiResult<U>(error());
    }

private:
    std::variant<T, ApiError> m_data;
    int m_httpStatus = 0;
    QString m_requestId;
};
