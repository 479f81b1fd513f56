#include "ValueDecoders.h"

#include "BitUnpack.h"
#include "DeltaDecoder.h"
#include "Error.h"
#include "RleDecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Parquet {

namespace {

const uint8_t *bytesAt(const PageValues &in)
{
    return reinterpret_cast<const uint8_t *>(in.buffer.constData() + in.offset);
}

qint64 bytesLeft(const PageValues &in)
{
    return in.end - in.offset;
}

[[noreturn]] void tooFew(const char *encoding, qint64 count)
{
    malformed(QCoreApplication::translate("Parquet",
                                          "A page's %1 data ends before its %2 "
                                          "values.")
                      .arg(QLatin1String(encoding))
                      .arg(count));
}

[[noreturn]] void notForType(const char *encoding, const SchemaNode &leaf)
{
    unsupported(QCoreApplication::translate("Parquet",
                                            "The %1 encoding does not apply to the "
                                            "%2 column \"%3\".")
                        .arg(QLatin1String(encoding), Schema::physicalTypeName(*leaf.physical),
                             leaf.path));
}

void keepPage(const PageValues &in, ValueBuffer &out)
{
    if (out.keep.empty() || out.keep.back().constData() != in.buffer.constData())
        out.keep.push_back(in.buffer);
}

// Appends views of `count` length-prefixed byte arrays (PLAIN BYTE_ARRAY).
void plainByteArrays(const PageValues &in, ValueBuffer &out, Budget &budget)
{
    // Each value takes at least its four length bytes.
    if (in.count > bytesLeft(in) / 4)
        tooFew("PLAIN", in.count);
    ByteView *views = out.views.grow(in.count, budget);
    const char *p = in.buffer.constData() + in.offset;
    const char *end = in.buffer.constData() + in.end;
    for (qint64 i = 0; i < in.count; ++i) {
        if (end - p < 4)
            tooFew("PLAIN", in.count);
        quint32 length;
        std::memcpy(&length, p, 4);
        p += 4;
        if (length > quint64(end - p))
            tooFew("PLAIN", in.count);
        views[i] = ByteView{p, qint64(length)};
        p += length;
    }
    keepPage(in, out);
}

void unpackBits(const uint8_t *in, const uint8_t *end, char *out, qint64 count)
{
    const auto unpack = BitUnpack::forWidth<quint8>(1);
    auto *o = reinterpret_cast<quint8 *>(out);
    const qint64 groups = count / 8;
    unpack(in, end, o, groups);
    if (count % 8) {
        quint8 group[8];
        unpack(in + groups, end, group, 1);
        std::memcpy(o + groups * 8, group, size_t(count % 8));
    }
}

} // namespace

int valueWidth(const SchemaNode &leaf)
{
    switch (*leaf.physical) {
    case PhysicalType::Boolean:
        return 1;
    case PhysicalType::Int32:
    case PhysicalType::Float:
        return 4;
    case PhysicalType::Int64:
    case PhysicalType::Double:
        return 8;
    case PhysicalType::Int96:
        return 12;
    case PhysicalType::FixedLenByteArray:
        return leaf.typeLength;
    case PhysicalType::ByteArray:
        return 0;
    }
    return 0;
}

void decodePlain(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out, Budget &budget)
{
    if (in.count <= 0)
        return;
    const uint8_t *data = bytesAt(in);
    const qint64 left = bytesLeft(in);
    switch (*leaf.physical) {
    case PhysicalType::ByteArray:
        plainByteArrays(in, out, budget);
        return;
    case PhysicalType::Boolean:
        if ((in.count + 7) / 8 > left)
            tooFew("PLAIN", in.count);
        unpackBits(data, data + left, out.fixed.grow(in.count, budget), in.count);
        return;
    default: {
        const int width = out.width;
        if (in.count > left / width)
            tooFew("PLAIN", in.count);
        std::memcpy(out.fixed.grow(in.count * width, budget), data, size_t(in.count * width));
        return;
    }
    }
}

void decodeRleBooleans(const PageValues &in, ValueBuffer &out, Budget &budget)
{
    if (in.count <= 0)
        return;
    // A four-byte length, then the hybrid runs with a bit width of one.
    if (bytesLeft(in) < 4)
        tooFew("RLE", in.count);
    quint32 length;
    std::memcpy(&length, bytesAt(in), 4);
    if (length > quint64(bytesLeft(in) - 4))
        tooFew("RLE", in.count);
    RleDecoder rle(bytesAt(in) + 4, length, 1);
    rle.decode(reinterpret_cast<quint8 *>(out.fixed.grow(in.count, budget)), in.count);
}

void decodeByteStreamSplit(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                           Budget &budget)
{
    const int width = out.width;
    if (width == 0 || *leaf.physical == PhysicalType::Boolean
        || *leaf.physical == PhysicalType::Int96)
        notForType("BYTE_STREAM_SPLIT", leaf);
    if (in.count <= 0)
        return;
    // `width` streams of `count` bytes each: byte k of value i is stream k's byte i.
    if (in.count > bytesLeft(in) / width)
        tooFew("BYTE_STREAM_SPLIT", in.count);
    const uint8_t *data = bytesAt(in);
    auto *o = reinterpret_cast<uint8_t *>(out.fixed.grow(in.count * width, budget));
    const qint64 n = in.count;
    for (int k = 0; k < width; ++k) {
        const uint8_t *stream = data + k * n;
        uint8_t *target = o + k;
        for (qint64 i = 0; i < n; ++i)
            target[i * width] = stream[i];
    }
}

void decodeDeltaBinaryPacked(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                             Budget &budget)
{
    const PhysicalType type = *leaf.physical;
    if (type != PhysicalType::Int32 && type != PhysicalType::Int64)
        notForType("DELTA_BINARY_PACKED", leaf);
    if (in.count <= 0)
        return;
    DeltaBinaryPackedDecoder delta(bytesAt(in), bytesLeft(in));
    if (delta.totalValues() < in.count)
        tooFew("DELTA_BINARY_PACKED", in.count);
    char *target = out.fixed.grow(in.count * out.width, budget);
    if (type == PhysicalType::Int32)
        delta.decode(reinterpret_cast<qint32 *>(target), in.count);
    else
        delta.decode(reinterpret_cast<qint64 *>(target), in.count);
}

namespace {

// The DELTA_BINARY_PACKED lengths that start DELTA_LENGTH_BYTE_ARRAY and both halves of
// DELTA_BYTE_ARRAY: exactly `count` non-negative values, and the position after them.
qint64 deltaLengths(const uint8_t *data, qint64 size, qint64 count, PodBuffer<qint32> &lengths,
                    Budget &budget, const char *encoding)
{
    DeltaBinaryPackedDecoder delta(data, size);
    if (delta.totalValues() != count)
        malformed(QCoreApplication::translate("Parquet",
                                              "A page's %1 data holds %2 values; "
                                              "its levels define %3.")
                          .arg(QLatin1String(encoding))
                          .arg(delta.totalValues())
                          .arg(count));
    lengths.clear();
    qint32 *target = lengths.grow(count, budget);
    delta.decode(target, count);
    for (qint64 i = 0; i < count; ++i) {
        if (target[i] < 0)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page's %1 data holds a negative "
                                                  "length.")
                              .arg(QLatin1String(encoding)));
    }
    return delta.position();
}

// Byte arrays as views; FIXED_LEN_BYTE_ARRAY columns copy them into fixed-width storage.
void storeViews(const SchemaNode &leaf, const ByteView *views, qint64 count, ValueBuffer &out,
                Budget &budget)
{
    if (out.width == 0) {
        std::memcpy(out.views.grow(count, budget), views, size_t(count) * sizeof(ByteView));
        return;
    }
    char *target = out.fixed.grow(count * out.width, budget);
    for (qint64 i = 0; i < count; ++i) {
        if (views[i].size != out.width)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A value of the fixed-length "
                                                  "column \"%1\" is %2 bytes long.")
                              .arg(leaf.path)
                              .arg(views[i].size));
        std::memcpy(target + i * out.width, views[i].data, size_t(out.width));
    }
}

} // namespace

void decodeDeltaLengthByteArray(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                                Budget &budget)
{
    if (*leaf.physical != PhysicalType::ByteArray)
        notForType("DELTA_LENGTH_BYTE_ARRAY", leaf);
    if (in.count <= 0)
        return;
    PodBuffer<qint32> lengths;
    const qint64 start = deltaLengths(bytesAt(in), bytesLeft(in), in.count, lengths, budget,
                                      "DELTA_LENGTH_BYTE_ARRAY");
    const char *p = in.buffer.constData() + in.offset + start;
    const char *end = in.buffer.constData() + in.end;
    ByteView *views = out.views.grow(in.count, budget);
    for (qint64 i = 0; i < in.count; ++i) {
        if (lengths[i] > end - p)
            tooFew("DELTA_LENGTH_BYTE_ARRAY", in.count);
        views[i] = ByteView{p, lengths[i]};
        p += lengths[i];
    }
    keepPage(in, out);
}

void decodeDeltaByteArray(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                          Budget &budget)
{
    const PhysicalType type = *leaf.physical;
    if (type != PhysicalType::ByteArray && type != PhysicalType::FixedLenByteArray)
        notForType("DELTA_BYTE_ARRAY", leaf);
    if (in.count <= 0)
        return;
    const char *encoding = "DELTA_BYTE_ARRAY";
    PodBuffer<qint32> prefixes;
    PodBuffer<qint32> suffixes;
    const qint64 afterPrefixes
            = deltaLengths(bytesAt(in), bytesLeft(in), in.count, prefixes, budget, encoding);
    const qint64 suffixStart = in.offset + afterPrefixes;
    const qint64 afterSuffixes
            = deltaLengths(reinterpret_cast<const uint8_t *>(in.buffer.constData() + suffixStart),
                           in.end - suffixStart, in.count, suffixes, budget, encoding);
    const char *suffixData = in.buffer.constData() + suffixStart + afterSuffixes;
    const qint64 suffixBytes = in.buffer.constData() + in.end - suffixData;

    // Each value is a prefix of the one before plus its own suffix: sum the sizes first so
    // the output is allocated (and charged) once and the views into it stay valid.
    qint64 total = 0;
    qint64 suffixTotal = 0;
    qint64 previous = 0;
    for (qint64 i = 0; i < in.count; ++i) {
        if (prefixes[i] > previous)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page's DELTA_BYTE_ARRAY data "
                                                  "shares a prefix longer than the "
                                                  "value before it."));
        previous = qint64(prefixes[i]) + suffixes[i];
        suffixTotal += suffixes[i];
        total += previous;
        if (suffixTotal > suffixBytes)
            tooFew(encoding, in.count);
    }
    budget.charge(total);
    QByteArray bytes(qsizetype(total), Qt::Uninitialized);
    PodBuffer<ByteView> views;
    ByteView *v = views.grow(in.count, budget);
    char *o = bytes.data();
    const char *s = suffixData;
    const char *last = o;
    for (qint64 i = 0; i < in.count; ++i) {
        std::memcpy(o, last, size_t(prefixes[i]));
        std::memcpy(o + prefixes[i], s, size_t(suffixes[i]));
        s += suffixes[i];
        const qint64 size = qint64(prefixes[i]) + suffixes[i];
        v[i] = ByteView{o, size};
        last = o;
        o += size;
    }
    storeViews(leaf, v, in.count, out, budget);
    if (out.width == 0)
        out.keep.push_back(std::move(bytes));
}

void decodeDictionaryIndices(const PageValues &in, const ValueBuffer &dictionary, ValueBuffer &out,
                             Budget &budget)
{
    if (in.count <= 0)
        return;
    if (bytesLeft(in) < 1)
        tooFew("RLE_DICTIONARY", in.count);
    const int bitWidth = bytesAt(in)[0];
    if (bitWidth > 32)
        malformed(QCoreApplication::translate("Parquet",
                                              "A page packs dictionary indices in "
                                              "%1 bits.")
                          .arg(bitWidth));
    const qint64 size = dictionary.count();
    if (size == 0)
        malformed(QCoreApplication::translate("Parquet",
                                              "A page refers to a dictionary that "
                                              "is empty or missing."));
    RleDecoder rle(bytesAt(in) + 1, bytesLeft(in) - 1, bitWidth);
    // Indices in slices, so a page's worth of them never needs its own buffer.
    quint32 indices[4096];
    const int width = out.width;
    qint64 done = 0;
    char *fixed = width ? out.fixed.grow(in.count * width, budget) : nullptr;
    ByteView *views = width ? nullptr : out.views.grow(in.count, budget);
    while (done < in.count) {
        const qint64 n = std::min<qint64>(4096, in.count - done);
        rle.decode(indices, n);
        quint32 worst = 0;
        for (qint64 i = 0; i < n; ++i)
            worst = std::max(worst, indices[i]);
        if (worst >= size)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page refers to dictionary "
                                                  "entry %1 of %2.")
                              .arg(worst)
                              .arg(size));
        if (views) {
            const ByteView *entries = dictionary.views.data();
            for (qint64 i = 0; i < n; ++i)
                views[done + i] = entries[indices[i]];
        } else {
            const char *entries = dictionary.fixed.data();
            char *target = fixed + done * width;
            switch (width) {
            case 4:
                for (qint64 i = 0; i < n; ++i)
                    std::memcpy(target + i * 4, entries + size_t(indices[i]) * 4, 4);
                break;
            case 8:
                for (qint64 i = 0; i < n; ++i)
                    std::memcpy(target + i * 8, entries + size_t(indices[i]) * 8, 8);
                break;
            default:
                for (qint64 i = 0; i < n; ++i)
                    std::memcpy(target + i * width, entries + size_t(indices[i]) * width,
                                size_t(width));
            }
        }
        done += n;
    }
}

} // namespace Parquet
