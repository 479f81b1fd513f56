#include "Codec.h"

#include "Budget.h"
#include "Error.h"
#include "Metadata.h"

#include <QCoreApplication>

#include <brotli/decode.h>
#include <cstring>
#include <lz4.h>
#include <lz4frame.h>
#include <memory>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

namespace Parquet {

namespace {

[[noreturn]] void corrupt(int codec, const QString &detail = {})
{
    QString message = QCoreApplication::translate("Parquet", "A page's %1 data is corrupt.")
                              .arg(codecName(codec));
    if (!detail.isEmpty())
        message += u" ("_qs + detail + u')';
    malformed(message);
}

[[noreturn]] void wrongSize(int codec, qint64 produced, qint64 declared)
{
    malformed(QCoreApplication::translate("Parquet",
                                          "A page's %1 data holds %2 bytes; its "
                                          "header says %3.")
                      .arg(codecName(codec))
                      .arg(produced)
                      .arg(declared));
}

// A buffer charged to the budget as it grows, never beyond `limit` bytes.
class Output
{
public:
    Output(Budget &budget, qint64 limit, qint64 first)
        : m_budget(budget)
        , m_limit(limit)
    {
        grow(qMax<qint64>(1, qMin(first, limit)));
    }

    char *data() { return m_bytes.data(); }
    qint64 capacity() const { return m_bytes.size(); }
    bool full() const { return m_bytes.size() >= m_limit; }

    void grow(qint64 to)
    {
        to = qMin(to, m_limit);
        if (to <= m_bytes.size())
            return;
        m_budget.charge(to - m_bytes.size());
        m_bytes.resize(to);
    }
    void growDouble() { grow(qMax<qint64>(m_bytes.size() * 2, 65536)); }

    QByteArray take(qint64 size)
    {
        m_bytes.truncate(size);
        return std::move(m_bytes);
    }

private:
    Budget &m_budget;
    qint64 m_limit;
    QByteArray m_bytes;
};

// A first guess for streaming codecs: typical columns compress 2 to 10 times.
qint64 firstGuess(qint64 compressed, qint64 declared)
{
    return qMin(declared, compressed * 8 + 65536);
}

QByteArray snappy(const char *data, qint64 size, qint64 declared, Budget &budget)
{
    size_t length = 0;
    if (snappy_uncompressed_length(data, size_t(size), &length) != SNAPPY_OK)
        corrupt(int(Codec::Snappy));
    if (qint64(length) != declared)
        wrongSize(int(Codec::Snappy), qint64(length), declared);
    // A snappy element of 1 to 5 bytes copies at most 64: no stream expands more than that.
    if (declared > size * 64 + 64)
        corrupt(int(Codec::Snappy));
    budget.charge(declared);
    QByteArray out(declared, Qt::Uninitialized);
    size_t produced = size_t(declared);
    if (snappy_uncompress(data, size_t(size), out.data(), &produced) != SNAPPY_OK
        || qint64(produced) != declared)
        corrupt(int(Codec::Snappy));
    return out;
}

// Streaming codecs share one loop: `step` decompresses into [target, target + room) and
// reports what it produced and consumed; output grows as it is produced, and one probe byte
// past the declared size tells an overlong stream from one that ends exactly there.
template<typename Step>
QByteArray stream(int codec, qint64 size, qint64 declared, Budget &budget, Step step)
{
    Output out(budget, declared, firstGuess(size, declared));
    qint64 produced = 0;
    int stalled = 0;
    for (;;) {
        if (produced == out.capacity() && !out.full())
            out.growDouble();
        char probe;
        const bool probing = produced == out.capacity();
        char *target = probing ? &probe : out.data() + produced;
        const qint64 room = probing ? 1 : out.capacity() - produced;
        qint64 made = 0;
        bool consumed = false;
        const bool finished = step(target, room, &made, &consumed);
        if (probing && made > 0)
            wrongSize(codec, declared + 1, declared);
        produced += made;
        if (finished)
            break;
        // Neither input taken nor output given twice in a row: the stream ends early.
        stalled = made == 0 && !consumed ? stalled + 1 : 0;
        if (stalled > 1)
            corrupt(codec, QCoreApplication::translate("Parquet", "truncated"));
    }
    if (produced != declared)
        wrongSize(codec, produced, declared);
    return out.take(produced);
}

QByteArray gzip(const char *data, qint64 size, qint64 declared, Budget &budget)
{
    const int codec = int(Codec::Gzip);
    z_stream z{};
    // 15 + 32: a gzip or a zlib header, told apart by its magic.
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        corrupt(codec);
    std::unique_ptr<z_stream, void (*)(z_stream *)> guard(&z, [](z_stream *s) { inflateEnd(s); });
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    return stream(codec, size, declared, budget,
                  [&](char *target, qint64 room, qint64 *made, bool *consumed) {
                      const uInt inBefore = z.avail_in;
                      z.next_out = reinterpret_cast<Bytef *>(target);
                      z.avail_out = uInt(room);
                      const int r = inflate(&z, Z_NO_FLUSH);
                      *made = room - z.avail_out;
                      *consumed = z.avail_in != inBefore;
                      if (r == Z_STREAM_END) {
                          // Writers may concatenate several gzip members in one page.
                          if (z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                              inflateReset(&z);
                              *consumed = true;
                              return false;
                          }
                          return true;
                      }
                      if (r != Z_OK && r != Z_BUF_ERROR)
                          corrupt(codec, QString::fromLatin1(z.msg ? z.msg : ""));
                      return false;
                  });
}

QByteArray zstd(const char *data, qint64 size, qint64 declared, Budget &budget)
{
    const int codec = int(Codec::Zstd);
    std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx *)> context(ZSTD_createDCtx(), ZSTD_freeDCtx);
    ZSTD_inBuffer in{data, size_t(size), 0};
    size_t pending = 1;
    return stream(codec, size, declared, budget,
                  [&](char *target, qint64 room, qint64 *made, bool *consumed) {
                      ZSTD_outBuffer out{target, size_t(room), 0};
                      const size_t inBefore = in.pos;
                      pending = ZSTD_decompressStream(context.get(), &out, &in);
                      if (ZSTD_isError(pending))
                          corrupt(codec, QString::fromLatin1(ZSTD_getErrorName(pending)));
                      *made = qint64(out.pos);
                      *consumed = in.pos != inBefore;
                      // Done when every frame is complete and flushed.
                      return in.pos == in.size && pending == 0;
                  });
}

QByteArray brotli(const char *data, qint64 size, qint64 declared, Budget &budget)
{
    const int codec = int(Codec::Brotli);
    std::unique_ptr<BrotliDecoderState, void (*)(BrotliDecoderState *)> state(
            BrotliDecoderCreateInstance(nullptr, nullptr, nullptr), BrotliDecoderDestroyInstance);
    const auto *next = reinterpret_cast<const uint8_t *>(data);
    size_t available = size_t(size);
    return stream(codec, size, declared, budget,
                  [&](char *target, qint64 room, qint64 *made, bool *consumed) {
                      auto *out = reinterpret_cast<uint8_t *>(target);
                      size_t left = size_t(room);
                      const size_t inBefore = available;
                      const BrotliDecoderResult r = BrotliDecoderDecompressStream(
                              state.get(), &available, &next, &left, &out, nullptr);
                      *made = room - qint64(left);
                      *consumed = available != inBefore;
                      if (r == BROTLI_DECODER_RESULT_ERROR)
                          corrupt(codec);
                      if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
                          corrupt(codec, QCoreApplication::translate("Parquet", "truncated"));
                      return r == BROTLI_DECODER_RESULT_SUCCESS;
                  });
}

// An LZ4 block expands at most 255 times (plus a few literal bytes).
void checkLz4Bound(int codec, qint64 size, qint64 declared)
{
    if (declared > size * 255 + 16)
        corrupt(codec);
}

QByteArray lz4Raw(int codec, const char *data, qint64 size, qint64 declared, Budget &budget)
{
    checkLz4Bound(codec, size, declared);
    budget.charge(declared);
    QByteArray out(declared, Qt::Uninitialized);
    const int n = LZ4_decompress_safe(data, out.data(), int(size), int(declared));
    if (n < 0)
        corrupt(codec);
    if (n != declared)
        wrongSize(codec, n, declared);
    return out;
}

quint32 bigEndian32(const char *p)
{
    const auto *b = reinterpret_cast<const unsigned char *>(p);
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | b[3];
}

// Hadoop's framing: blocks of [uncompressed size][compressed size][LZ4 block], sizes big
// endian. False when the bytes are not in that framing (the caller then tries others).
bool lz4Hadoop(const char *data, qint64 size, char *out, qint64 declared)
{
    qint64 in = 0;
    qint64 produced = 0;
    while (size - in >= 8) {
        const qint64 blockOut = bigEndian32(data + in);
        const qint64 blockIn = bigEndian32(data + in + 4);
        in += 8;
        if (blockIn > size - in || blockOut > declared - produced)
            return false;
        const int n = LZ4_decompress_safe(data + in, out + produced, int(blockIn), int(blockOut));
        if (n != blockOut)
            return false;
        in += blockIn;
        produced += blockOut;
    }
    return in == size && produced == declared;
}

bool lz4Frame(const char *data, qint64 size, char *out, qint64 declared)
{
    LZ4F_dctx *context = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&context, LZ4F_VERSION)))
        return false;
    size_t in = 0;
    size_t produced = 0;
    bool ok = true;
    while (in < size_t(size)) {
        size_t inSize = size_t(size) - in;
        size_t outSize = size_t(declared) - produced;
        const size_t r
                = LZ4F_decompress(context, out + produced, &outSize, data + in, &inSize, nullptr);
        if (LZ4F_isError(r) || (inSize == 0 && outSize == 0)) {
            ok = false;
            break;
        }
        in += inSize;
        produced += outSize;
        if (r == 0 && in == size_t(size))
            break;
    }
    LZ4F_freeDecompressionContext(context);
    return ok && qint64(produced) == declared;
}

// The deprecated LZ4 codec: writers used Hadoop's framing, a plain LZ4 block or (rarely) the
// LZ4 frame format under the same number, so each is tried as other readers do.
QByteArray lz4Legacy(const char *data, qint64 size, qint64 declared, Budget &budget)
{
    const int codec = int(Codec::Lz4);
    checkLz4Bound(codec, size, declared);
    budget.charge(declared);
    QByteArray out(declared, Qt::Uninitialized);
    if (lz4Hadoop(data, size, out.data(), declared))
        return out;
    if (size >= 4 && quint32(data[0] & 0xff) == 0x04 && quint32(data[1] & 0xff) == 0x22
        && quint32(data[2] & 0xff) == 0x4d && quint32(data[3] & 0xff) == 0x18) {
        if (lz4Frame(data, size, out.data(), declared))
            return out;
        corrupt(codec);
    }
    const int n = LZ4_decompress_safe(data, out.data(), int(size), int(declared));
    if (n != declared)
        corrupt(codec);
    return out;
}

} // namespace

QString codecName(int codec)
{
    switch (Codec(codec)) {
    case Codec::Uncompressed:
        return u"UNCOMPRESSED"_qs;
    case Codec::Snappy:
        return u"SNAPPY"_qs;
    case Codec::Gzip:
        return u"GZIP"_qs;
    case Codec::Lzo:
        return u"LZO"_qs;
    case Codec::Brotli:
        return u"BROTLI"_qs;
    case Codec::Lz4:
        return u"LZ4"_qs;
    case Codec::Zstd:
        return u"ZSTD"_qs;
    case Codec::Lz4Raw:
        return u"LZ4_RAW"_qs;
    }
    return QString::number(codec);
}

QByteArray decompress(int codec, const char *data, qint64 size, qint64 uncompressedSize,
                      Budget &budget)
{
    if (uncompressedSize < 0 || size < 0)
        malformed(QCoreApplication::translate("Parquet", "A page declares a negative size."));
    if (uncompressedSize > INT_MAX)
        fail(Error::Kind::Limit,
             QCoreApplication::translate("Parquet",
                                         "A page declares %1 bytes, more than one "
                                         "page may hold.")
                     .arg(uncompressedSize));
    // A page larger than what the read may still take is refused before any work: whether it
    // tells the truth or not, it cannot be decoded within the limit.
    if (uncompressedSize > budget.limit() - budget.used())
        budget.charge(uncompressedSize);
    // An empty v2 page may carry no bytes at all, which is no valid stream for most codecs.
    if (size == 0 && uncompressedSize == 0 && codec != int(Codec::Lzo))
        return {};
    switch (Codec(codec)) {
    case Codec::Uncompressed:
        if (size != uncompressedSize)
            wrongSize(codec, size, uncompressedSize);
        budget.charge(size);
        return QByteArray(data, size);
    case Codec::Snappy:
        return snappy(data, size, uncompressedSize, budget);
    case Codec::Gzip:
        return gzip(data, size, uncompressedSize, budget);
    case Codec::Zstd:
        return zstd(data, size, uncompressedSize, budget);
    case Codec::Brotli:
        return brotli(data, size, uncompressedSize, budget);
    case Codec::Lz4Raw:
        return lz4Raw(codec, data, size, uncompressedSize, budget);
    case Codec::Lz4:
        return lz4Legacy(data, size, uncompressedSize, budget);
    case Codec::Lzo:
        unsupported(QCoreApplication::translate("Parquet", "LZO compression is not supported."));
    }
    unsupported(QCoreApplication::translate("Parquet", "Unknown compression codec %1.").arg(codec));
}

} // namespace Parquet
