#include "ValueFormat.h"

#include "JsonText.h"
#include "NumberFormat.h"
#include "TimeFormat.h"

#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace Parquet {

namespace {

template<typename T>
T load(const ColumnData &column, qint64 index)
{
    T value;
    std::memcpy(&value, column.values.fixed.data() + index * column.values.width, sizeof(T));
    return value;
}

const char *fixedAt(const ColumnData &column, qint64 index)
{
    return column.values.fixed.data() + index * column.values.width;
}

ByteView bytesAt(const ColumnData &column, qint64 index)
{
    if (column.values.width == 0)
        return column.values.views[index];
    return ByteView{fixedAt(column, index), column.values.width};
}

template<typename T>
void appendNumber(TextBuffer &out, T value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

template<typename T>
void appendFloating(TextBuffer &out, T value, bool json)
{
    if (!NumberFormat::appendNonFinite(out, double(value), json))
        appendNumber(out, value);
}

void appendBase64(TextBuffer &out, const char *data, qint64 size)
{
    static const char alphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    char *o = out.extend((size + 2) / 3 * 4);
    qint64 i = 0;
    for (; i + 3 <= size; i += 3) {
        const quint32 v = quint32(p[i]) << 16 | quint32(p[i + 1]) << 8 | p[i + 2];
        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63];
        *o++ = alphabet[v & 63];
    }
    if (i < size) {
        const quint32 v = quint32(p[i]) << 16 | (i + 1 < size ? quint32(p[i + 1]) << 8 : 0);
        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = i + 1 < size ? alphabet[(v >> 6) & 63] : '=';
        *o++ = '=';
    }
}

void appendUuid(TextBuffer &out, const char *bytes)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append('-');
        const auto b = static_cast<unsigned char>(bytes[i]);
        out.append(hex[b >> 4]);
        out.append(hex[b & 15]);
    }
}

void appendInterval(TextBuffer &out, const char *bytes)
{
    quint32 parts[3];
    std::memcpy(parts, bytes, 12);
    out.append("{\"months\":");
    appendNumber(out, parts[0]);
    out.append(",\"days\":");
    appendNumber(out, parts[1]);
    out.append(",\"milliseconds\":");
    appendNumber(out, parts[2]);
    out.append('}');
}

void appendUnscaledDecimal(TextBuffer &out, const ColumnData &column, qint64 index)
{
    const int scale = column.leaf->scale;
    switch (*column.leaf->physical) {
    case PhysicalType::Int32: {
        const quint32 v = qToBigEndian(load<quint32>(column, index));
        NumberFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(&v), 4, scale);
        return;
    }
    case PhysicalType::Int64: {
        const quint64 v = qToBigEndian(load<quint64>(column, index));
        NumberFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(&v), 8, scale);
        return;
    }
    default: {
        const ByteView bytes = bytesAt(column, index);
        NumberFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(bytes.data), bytes.size,
                                    scale);
        return;
    }
    }
}

// Renders one value; `json` quotes what is text and turns NaN into strings.
void render(TextBuffer &out, const ColumnData &column, qint64 index, const RenderOptions &options,
            bool json)
{
    const SchemaNode &leaf = *column.leaf;
    auto quoted = [&](auto append) {
        if (json)
            out.append('"');
        append();
        if (json)
            out.append('"');
    };
    switch (leaf.valueKind) {
    case ValueKind::Boolean:
        out.append(column.values.fixed[index] ? "true" : "false");
        return;
    case ValueKind::Int32:
        if (*leaf.physical == PhysicalType::Int64)
            appendNumber(out, load<qint64>(column, index));
        else
            appendNumber(out, load<qint32>(column, index));
        return;
    case ValueKind::UInt32:
        appendNumber(out, load<quint32>(column, index));
        return;
    case ValueKind::Int64:
        appendNumber(out, load<qint64>(column, index));
        return;
    case ValueKind::UInt64:
        appendNumber(out, load<quint64>(column, index));
        return;
    case ValueKind::Float:
        appendFloating(out, load<float>(column, index), json);
        return;
    case ValueKind::Double:
        appendFloating(out, load<double>(column, index), json);
        return;
    case ValueKind::Float16:
        NumberFormat::appendFloat16(out, load<quint16>(column, index), json);
        return;
    case ValueKind::Bytes:
        if (!options.binaryAsString) {
            const ByteView bytes = bytesAt(column, index);
            quoted([&] { appendBase64(out, bytes.data, bytes.size); });
            return;
        }
        [[fallthrough]];
    case ValueKind::String: {
        const ByteView bytes = bytesAt(column, index);
        if (json)
            JsonText::appendString(out, bytes.data, bytes.size);
        else
            JsonText::appendUtf8(out, bytes.data, bytes.size);
        return;
    }
    case ValueKind::Uuid:
        quoted([&] { appendUuid(out, fixedAt(column, index)); });
        return;
    case ValueKind::Decimal:
        quoted([&] { appendUnscaledDecimal(out, column, index); });
        return;
    case ValueKind::Date:
        quoted([&] { TimeFormat::appendDate(out, load<qint32>(column, index)); });
        return;
    case ValueKind::Time: {
        const qint64 value = *leaf.physical == PhysicalType::Int32 ? load<qint32>(column, index)
                                                                   : load<qint64>(column, index);
        if (!TimeFormat::isTimeOfDay(value, leaf.unit)) {
            appendNumber(out, value); // not a time of day: the number as stored
            return;
        }
        quoted([&] { TimeFormat::appendTimeOfDay(out, value, leaf.unit); });
        return;
    }
    case ValueKind::Timestamp:
        quoted([&] {
            TimeFormat::appendTimestamp(out, load<qint64>(column, index), leaf.unit,
                                        leaf.adjustedToUtc);
        });
        return;
    case ValueKind::Int96:
        quoted([&] { TimeFormat::appendInt96(out, fixedAt(column, index)); });
        return;
    case ValueKind::Interval:
        appendInterval(out, fixedAt(column, index));
        return;
    }
}

} // namespace

void ValueFormat::appendJson(TextBuffer &out, const ColumnData &column, qint64 index,
                             const RenderOptions &options)
{
    render(out, column, index, options, true);
}

void ValueFormat::appendText(TextBuffer &out, const ColumnData &column, qint64 index,
                             const RenderOptions &options)
{
    render(out, column, index, options, false);
}

QJsonValue ValueFormat::toJson(const ColumnData &column, qint64 index, const RenderOptions &options)
{
    const SchemaNode &leaf = *column.leaf;
    switch (leaf.valueKind) {
    case ValueKind::Boolean:
        return bool(column.values.fixed[index]);
    case ValueKind::Int32:
        return *leaf.physical == PhysicalType::Int64 ? qint64(load<qint64>(column, index))
                                                     : qint64(load<qint32>(column, index));
    case ValueKind::UInt32:
        return qint64(load<quint32>(column, index));
    case ValueKind::Int64:
        return qint64(load<qint64>(column, index));
    case ValueKind::UInt64: {
        const quint64 v = load<quint64>(column, index);
        if (v <= quint64(INT64_MAX))
            return qint64(v);
        break; // beyond qint64: the exact digits as a string
    }
    case ValueKind::Float: {
        const float v = load<float>(column, index);
        if (std::isfinite(v)) {
            // Through the float's shortest text, so 0.1f shows as 0.1 and not 0.100000001.
            char buffer[32];
            const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
            double d = 0;
            std::from_chars(buffer, r.ptr, d);
            return d;
        }
        break;
    }
    case ValueKind::Double: {
        const double v = load<double>(column, index);
        if (std::isfinite(v))
            return v;
        break;
    }
    case ValueKind::Interval: {
        quint32 parts[3];
        std::memcpy(parts, fixedAt(column, index), 12);
        return QJsonObject{{u"months"_qs, qint64(parts[0])},
                           {u"days"_qs, qint64(parts[1])},
                           {u"milliseconds"_qs, qint64(parts[2])}};
    }
    default:
        break;
    }
    TextBuffer rendered;
    render(rendered, column, index, options, false);
    const QByteArray text = rendered.toByteArray();
    if (leaf.valueKind == ValueKind::Float16 || leaf.valueKind == ValueKind::Time) {
        bool isNumber = false;
        const double d = text.toDouble(&isNumber);
        if (isNumber)
            return d;
    }
    return QString::fromUtf8(text);
}

} // namespace Parquet
