#include "JsonLineWriter.h"

#include "Rfc3339.h"

namespace Emulator {

void JsonLineWriter::separate()
{
    if (m_needComma[m_depth])
        m_out.append(',');
    m_needComma[m_depth] = true;
}

void JsonLineWriter::open(char c)
{
    // A value inside an array needs its own comma; after a key it has none.
    if (m_out.isEmpty() || (m_out.back() != ':'))
        separate();
    m_out.append(c);
    if (m_depth + 1 < MaxDepth)
        ++m_depth;
    m_needComma[m_depth] = false;
    m_closer[m_depth] = c == '{' ? '}' : ']';
}

void JsonLineWriter::close()
{
    m_out.append(m_closer[m_depth]);
    if (m_depth > 0)
        --m_depth;
}

void JsonLineWriter::key(std::string_view name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), qsizetype(name.size()));
    m_out.append("\":", 2);
}

void JsonLineWriter::string(std::string_view value)
{
    if (m_out.isEmpty() || m_out.back() != ':')
        separate();
    appendEscaped(m_out, value);
}

void JsonLineWriter::number(qint64 value)
{
    if (m_out.isEmpty() || m_out.back() != ':')
        separate();
    char buffer[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    do {
        buffer[n++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0);
    if (negative)
        m_out.append('-');
    while (n > 0)
        m_out.append(buffer[--n]);
}

void JsonLineWriter::boolean(bool value)
{
    if (m_out.isEmpty() || m_out.back() != ':')
        separate();
    m_out.append(value ? "true" : "false");
}

void JsonLineWriter::timestamp(qint64 epochMs)
{
    if (m_out.isEmpty() || m_out.back() != ':')
        separate();
    m_out.append('"');
    Rfc3339::appendUtc(m_out, epochMs);
    m_out.append('"');
}

void JsonLineWriter::raw(std::string_view json)
{
    if (m_out.isEmpty() || m_out.back() != ':')
        separate();
    m_out.append(json.data(), qsizetype(json.size()));
}

JsonLineWriter::Mark JsonLineWriter::beginObjectField(std::string_view name)
{
    const Mark mark{m_out.size(), m_depth, m_needComma[m_depth]};
    key(name);
    open('{');
    return mark;
}

JsonLineWriter::Mark JsonLineWriter::beginArrayField(std::string_view name)
{
    const Mark mark{m_out.size(), m_depth, m_needComma[m_depth]};
    key(name);
    open('[');
    return mark;
}

JsonLineWriter::Mark JsonLineWriter::beginObjectElement()
{
    const Mark mark{m_out.size(), m_depth, m_needComma[m_depth]};
    open('{');
    return mark;
}

void JsonLineWriter::endField(const Mark &mark)
{
    const char last = m_out.back();
    if (last == '{' || last == '[') {
        m_out.truncate(mark.position);
        m_depth = mark.depth;
        m_needComma[m_depth] = mark.needComma;
        return;
    }
    close();
}

void JsonLineWriter::endLine()
{
    m_out.append('\n');
    m_depth = 0;
    m_needComma[0] = false;
}

void JsonLineWriter::appendEscaped(QByteArray &out, std::string_view value)
{
    out.append('"');
    const char *p = value.data();
    const char *end = p + value.size();
    const char *run = p;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
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
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, 6);
        }
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out.append('"');
}

} // namespace Emulator
