#pragma once

#include <QString>

#include <optional>
#include <utility>

// What a decoder of a whole reply body gives back: the value, or a short reason in English
// for the log and the client's error value (the client translates what it shows).
template<typename T>
class DecodeResult
{
public:
    DecodeResult(T value)
        : m_value(std::move(value))
    { }

    static DecodeResult failure(QString reason)
    {
        DecodeResult result;
        result.m_error = std::move(reason);
        return result;
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    // Only when isOk().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }

    // Empty when isOk().
    const QString &error() const { return m_error; }

private:
    DecodeResult() = default;

    std::optional<T> m_value;
    QString m_error;
};
