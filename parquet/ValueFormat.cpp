#include "ValueFormat.h"

#include "JsonText.h"

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

// NaN and infinities are no JSON numbers: they become strings, as in the format's test data.
template<typename T>
bool appendNonFinite(TextBuffer &out, T value, bool json)
{
    if (std::isfinite(value))
        return false;
    const char *text = std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    if (json)
        out.append('"');
    out.append(text);
    if (json)
        out.append('"');
    return true;
}

template<typename T>
void appendFloating(TextBuffer &out, T value, bool json)
{
    if (!appendNonFinite(out, value, json))
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

// A non-negative number with leading zeros to `digits` (dates and times: a few per value, so
// written directly rather than through to_chars and a padding loop).
void appendPadded(TextBuffer &out, qint64 value, int digits)
{
    char reversed[20];
    int count = 0;
    quint64 v = quint64(value);
    do {
        reversed[count++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    const int total = std::max(count, digits);
    char *p = out.extend(total);
    std::memset(p, '0', size_t(total - count));
    for (int i = 0; i < count; ++i)
        p[total - 1 - i] = reversed[i];
}

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The remainder that goes with floorDiv (b > 0), without computing floorDiv(a, b) * b, which
// overflows near the ends of the 64-bit range.
qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

// hh:mm:ss plus `digits` fraction digits of a time of day in `perSecond` units.
void appendTimeOfDay(TextBuffer &out, qint64 value, qint64 perSecond, int digits)
{
    const qint64 seconds = value / perSecond;
    appendPadded(out, seconds / 3600, 2);
    out.append(':');
    appendPadded(out, seconds / 60 % 60, 2);
    out.append(':');
    appendPadded(out, seconds % 60, 2);
    if (digits > 0) {
        out.append('.');
        appendPadded(out, value % perSecond, digits);
    }
}

void appendDateTime(TextBuffer &out, qint64 days, qint64 ofDay, qint64 perSecond, int digits,
                    bool utc)
{
    ValueFormat::appendDate(out, days);
    out.append('T');
    appendTimeOfDay(out, ofDay, perSecond, digits);
    if (utc)
        out.append('Z');
}

struct UnitScale
{
    qint64 perSecond;
    int digits;
};

UnitScale scaleOf(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Millis:
        return {1000, 3};
    case TimeUnit::Micros:
        return {1000000, 6};
    case TimeUnit::Nanos:
        return {1000000000, 9};
    }
    return {1000, 3};
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
        ValueFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(&v), 4, scale);
        return;
    }
    case PhysicalType::Int64: {
        const quint64 v = qToBigEndian(load<quint64>(column, index));
        ValueFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(&v), 8, scale);
        return;
    }
    default: {
        const ByteView bytes = bytesAt(column, index);
        ValueFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(bytes.data), bytes.size,
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
        ValueFormat::appendFloat16(out, load<quint16>(column, index), json);
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
        quoted([&] { ValueFormat::appendDate(out, load<qint32>(column, index)); });
        return;
    case ValueKind::Time: {
        const qint64 value = *leaf.physical == PhysicalType::Int32 ? load<qint32>(column, index)
                                                                   : load<qint64>(column, index);
        const UnitScale s = scaleOf(leaf.unit);
        if (value < 0 || value >= 86400 * s.perSecond) {
            appendNumber(out, value); // not a time of day: the number as stored
            return;
        }
        quoted([&] { appendTimeOfDay(out, value, s.perSecond, s.digits); });
        return;
    }
    case ValueKind::Timestamp:
        quoted([&] {
            ValueFormat::appendTimestamp(out, load<qint64>(column, index), leaf.unit,
                                         leaf.adjustedToUtc);
        });
        return;
    case ValueKind::Int96:
        quoted([&] { ValueFormat::appendInt96(out, fixedAt(column, index)); });
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

void ValueFormat::appendDecimal(TextBuffer &out, const uint8_t *bigEndian, qint64 size, int scale)
{
    // Two's complement, big endian, any length: magnitude in base 10^9 limbs by long division.
    const bool negative = size > 0 && (bigEndian[0] & 0x80);
    std::vector<quint32> words; // the magnitude, big endian, 32-bit words
    {
        std::vector<uint8_t> magnitude(bigEndian, bigEndian + size);
        if (negative) {
            bool carry = true;
            for (qint64 i = size - 1; i >= 0; --i) {
                magnitude[size_t(i)] = uint8_t(~magnitude[size_t(i)]);
                if (carry) {
                    carry = ++magnitude[size_t(i)] == 0;
                }
            }
        }
        const qint64 padded = (size + 3) / 4 * 4;
        words.assign(size_t(padded / 4), 0);
        for (qint64 i = 0; i < size; ++i) {
            const qint64 at = padded - size + i;
            words[size_t(at / 4)] |= quint32(magnitude[size_t(i)]) << (8 * (3 - at % 4));
        }
    }
    // Decimal digits, least significant first.
    QByteArray digits;
    auto isZero = [&] {
        return std::all_of(words.begin(), words.end(), [](quint32 w) { return w == 0; });
    };
    while (!isZero()) {
        quint64 remainder = 0;
        for (quint32 &w : words) {
            const quint64 current = remainder << 32 | w;
            w = quint32(current / 1000000000);
            remainder = current % 1000000000;
        }
        for (int i = 0; i < 9; ++i) {
            digits.append(char('0' + remainder % 10));
            remainder /= 10;
        }
    }
    while (digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    if (digits.isEmpty())
        digits.append('0');
    const bool zero = digits.size() == 1 && digits[0] == '0';
    // Enough leading zeros for "0." and the scale's digits.
    while (scale > 0 && digits.size() <= scale)
        digits.append('0');
    std::reverse(digits.begin(), digits.end());
    if (negative && !zero)
        out.append('-');
    if (scale <= 0) {
        out.append(digits);
        if (!zero)
            out.append(QByteArray(qMin(-scale, 4096), '0'));
        return;
    }
    out.append(digits.constData(), digits.size() - scale);
    out.append('.');
    out.append(digits.constData() + digits.size() - scale, scale);
}

void ValueFormat::appendDate(TextBuffer &out, qint64 days)
{
    qint64 year;
    int month;
    int day;
    civilFromDays(days, &year, &month, &day);
    // ISO 8601 expanded years outside 0000-9999, as JavaScript writes them.
    if (year < 0 || year > 9999) {
        out.append(year < 0 ? '-' : '+');
        appendPadded(out, year < 0 ? -year : year, 6);
    } else {
        appendPadded(out, year, 4);
    }
    out.append('-');
    appendPadded(out, month, 2);
    out.append('-');
    appendPadded(out, day, 2);
}

void ValueFormat::appendTimestamp(TextBuffer &out, qint64 value, TimeUnit unit, bool utc)
{
    const UnitScale s = scaleOf(unit);
    const qint64 perDay = 86400 * s.perSecond;
    appendDateTime(out, floorDiv(value, perDay), floorMod(value, perDay), s.perSecond, s.digits,
                   utc);
}

void ValueFormat::appendInt96(TextBuffer &out, const char *bytes)
{
    // Nanoseconds of the day, then the Julian day number (Impala's and Spark's layout). Spark
    // converts its microseconds to and from this pair with wrapping 64-bit arithmetic, so
    // values it wrote past the range of that arithmetic only read back right the same way.
    qint64 nanos;
    qint32 julian;
    std::memcpy(&nanos, bytes, 8);
    std::memcpy(&julian, bytes + 8, 4);
    constexpr quint64 microsPerDay = 86400000000ULL;
    quint64 micros = quint64(qint64(julian) - 2440588) * microsPerDay + quint64(nanos / 1000);
    qint64 subMicro = nanos % 1000;
    if (subMicro < 0) {
        subMicro += 1000;
        micros -= 1;
    }
    const qint64 value = qint64(micros);
    appendDateTime(out, floorDiv(value, qint64(microsPerDay)),
                   floorMod(value, qint64(microsPerDay)) * 1000 + subMicro, 1000000000, 9, true);
}

quint16 ValueFormat::floatToHalf(float value)
{
    quint32 x;
    std::memcpy(&x, &value, 4);
    const quint16 sign = quint16((x >> 16) & 0x8000);
    x &= 0x7fffffff;
    if (x >= 0x7f800000) // infinity or NaN
        return sign | 0x7c00 | (x > 0x7f800000 ? 0x200 : 0);
    if (x >= 0x477ff000) // rounds beyond the largest half
        return sign | 0x7c00;
    if (x < 0x38800000) {
        // Below the smallest normal half: a multiple of 2^-24, rounded to nearest even.
        float magnitude;
        std::memcpy(&magnitude, &x, 4);
        return sign | quint16(std::nearbyint(magnitude * 16777216.0f));
    }
    quint32 half = ((x >> 23) - 112) << 10 | (x & 0x7fffff) >> 13;
    const quint32 rest = x & 0x1fff;
    if (rest > 0x1000 || (rest == 0x1000 && (half & 1)))
        ++half;
    return sign | quint16(half);
}

float ValueFormat::halfToFloat(quint16 bits)
{
    const quint32 sign = quint32(bits & 0x8000) << 16;
    const int exponent = (bits >> 10) & 0x1f;
    const quint32 mantissa = bits & 0x3ff;
    float value;
    if (exponent == 0) {
        value = std::ldexp(float(mantissa), -24);
    } else if (exponent == 31) {
        value = mantissa ? std::numeric_limits<float>::quiet_NaN()
                         : std::numeric_limits<float>::infinity();
    } else {
        value = std::ldexp(float(mantissa | 0x400), exponent - 25);
    }
    quint32 f;
    std::memcpy(&f, &value, 4);
    f |= sign;
    std::memcpy(&value, &f, 4);
    return value;
}

void ValueFormat::appendFloat16(TextBuffer &out, quint16 bits, bool json)
{
    const float value = halfToFloat(bits);
    if (appendNonFinite(out, value, json))
        return;
    char buffer[32];
    // Whole halves (all from 2048 on) as integers, not as 6.55e+04.
    if (value != 0 && std::trunc(value) == value) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, qint64(value));
        out.append(buffer, r.ptr - buffer);
        return;
    }
    // Otherwise the fewest significant digits that read back as the same half (at most five).
    for (int precision = 1; precision <= 5; ++precision) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value,
                                     std::chars_format::general, precision);
        float back = 0;
        std::from_chars(buffer, r.ptr, back);
        if (floatToHalf(back) == bits || precision == 5) {
            out.append(buffer, r.ptr - buffer);
            return;
        }
    }
}

} // namespace Parquet
