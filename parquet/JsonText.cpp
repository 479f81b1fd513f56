#include "JsonText.h"

#include <cstring>

namespace Parquet::JsonText {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

// Bytes that need more than a copy inside a JSON string.
struct EscapeTable
{
    bool special[256] = {};
    constexpr EscapeTable()
    {
        for (int c = 0; c < 0x20; ++c)
            special[c] = true;
        special[int('"')] = true;
        special[int('\\')] = true;
        for (int c = 0x80; c < 0x100; ++c)
            special[c] = true;
    }
};
constexpr EscapeTable kEscape;

} // namespace

int validSequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) {
        return p + i < end && (p[i] & 0xC0) == 0x80;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

void appendString(TextBuffer &out, const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    out.append('"');
    while (p < end) {
        const unsigned char *run = p;
        while (p < end && !kEscape.special[*p])
            ++p;
        if (p > run)
            out.append(reinterpret_cast<const char *>(run), p - run);
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c >= 0x80) {
            const int length = validSequenceLength(p, end);
            if (length == 0) {
                out.append(kReplacement, 3);
                ++p;
            } else {
                out.append(reinterpret_cast<const char *>(p), length);
                p += length;
            }
            continue;
        }
        ++p;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, 6);
        }
        }
    }
    out.append('"');
}

void appendUtf8(TextBuffer &out, const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        const unsigned char *run = p;
        while (p < end && *p < 0x80)
            ++p;
        if (p > run)
            out.append(reinterpret_cast<const char *>(run), p - run);
        if (p == end)
            break;
        const int length = validSequenceLength(p, end);
        if (length == 0) {
            out.append(kReplacement, 3);
            ++p;
        } else {
            out.append(reinterpret_cast<const char *>(p), length);
            p += length;
        }
    }
}

} // namespace Parquet::JsonText
