#pragma once

#include "Error.h"

#include <QByteArray>
#include <QMap>
#include <QMutex>

class QIODevice;

namespace Parquet {

// Random access to the bytes of one file. A reader asks for the footer first, then only the
// column chunks it decodes, so a source may hold only part of the file (SparseSource).
// Implementations are used from one thread at a time unless they say otherwise.
class Source
{
public:
    virtual ~Source() = default;

    // The whole file's size, also when the source holds only part of it.
    virtual qint64 size() const = 0;
    // Exactly `length` bytes at `offset` into `out`; false with `error` set otherwise
    // (Error::Kind::NeedData naming the missing range for a partial source).
    virtual bool read(qint64 offset, qint64 length, QByteArray *out, Error *error) = 0;
};

// A file held in memory.
class MemorySource final : public Source
{
public:
    explicit MemorySource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }

    qint64 size() const override { return m_bytes.size(); }
    bool read(qint64 offset, qint64 length, QByteArray *out, Error *error) override;

private:
    QByteArray m_bytes;
};

// A seekable QIODevice (a local QFile). The device must stay open while the source is used.
class DeviceSource final : public Source
{
public:
    explicit DeviceSource(QIODevice *device);

    qint64 size() const override { return m_size; }
    bool read(qint64 offset, qint64 length, QByteArray *out, Error *error) override;

private:
    QIODevice *m_device;
    qint64 m_size;
};

// Ranges of a remote file fetched so far (HTTP Range requests), for a preview that reads
// the footer and the first row group only. Thread-safe: the GUI thread may add ranges while
// a worker thread reads. A read of bytes not added fails with Error::Kind::NeedData whose
// missing() range is exactly the first gap in the requested range.
//
//     SparseSource source(contentLength);
//     source.add(contentLength - 65536, lastBytes);      // the tail holds the footer
//     FileReader reader(source);                       // then reader.open(), and so on
class SparseSource final : public Source
{
public:
    explicit SparseSource(qint64 size)
        : m_size(size)
    { }

    qint64 size() const override { return m_size; }
    bool read(qint64 offset, qint64 length, QByteArray *out, Error *error) override;

    // Adds bytes read at `offset`; overlapping ranges merge. Bytes past size() are dropped.
    void add(qint64 offset, const QByteArray &bytes);
    // The parts of `range` not yet added, in order.
    QList<ByteRange> missing(ByteRange range) const;
    // Bytes held, for the preview's "read N of M bytes".
    qint64 bytesHeld() const;

private:
    mutable QMutex m_mutex;
    qint64 m_size;
    QMap<qint64, QByteArray> m_ranges; // start -> bytes; never overlapping, never adjacent
};

} // namespace Parquet
