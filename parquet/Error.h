#pragma once

#include <QString>
#include <QtGlobal>

namespace Parquet {

// A span of bytes in a file: what a reader needs next, or where a part of the file lies.
struct ByteRange
{
    qint64 offset = 0;
    qint64 length = 0;

    qint64 end() const { return offset + length; }
    bool isEmpty() const { return length <= 0; }
    bool contains(const ByteRange &other) const
    {
        return other.offset >= offset && other.end() <= end();
    }
    // The smallest range covering both; an empty range is ignored.
    ByteRange united(const ByteRange &other) const;
    friend bool operator==(const ByteRange &, const ByteRange &) = default;
};

// Why a read stopped. Messages are English source strings of the "Parquet" translation
// context: callers show them through QCoreApplication::translate's catalogue, already
// translated when the application has loaded one.
class Error
{
public:
    enum class Kind {
        None, // no error
        Malformed, // the bytes contradict the format
        Unsupported, // a valid feature this reader does not implement (encryption, LZO...)
        NeedData, // a partial source lacks `missing()`; fetch it and try again
        Limit, // decoding would need more memory than the read limits allow
        Io, // the source failed to read
        Cancelled,
    };

    Error() = default;
    Error(Kind kind, QString message, ByteRange missing = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_missing(missing)
    { }

    static Error needData(ByteRange missing);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    ByteRange missing() const { return m_missing; }

    // The same error with `context` ("column a.b, row group 2") in front of its message.
    Error within(const QString &context) const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    ByteRange m_missing;
};

// Thrown inside the decoders and caught at every public entry point: unwinding keeps the
// many bounds checks of the format one line each instead of a return path each.
struct Failure
{
    Error error;
};

[[noreturn]] void fail(Error::Kind kind, QString message);
[[noreturn]] inline void malformed(QString message)
{
    fail(Error::Kind::Malformed, std::move(message));
}
[[noreturn]] inline void unsupported(QString message)
{
    fail(Error::Kind::Unsupported, std::move(message));
}

} // namespace Parquet
