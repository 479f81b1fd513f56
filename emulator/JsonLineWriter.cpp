#include "JsonLineWriter.h"

#include "Rfc3339.h"

namespace Emulator {

namespace {

std::string &scratch()
{
    // One per thread: export slices write lines in parallel.
    static thread_local std::string line;
    return line;
}

} // namespace

JsonLineWriter::JsonLineWriter(QByteArray &out)
    : m_out(out)
    , m_line(scratch())
{
    m_line.clear();
}

void JsonLineWriter::separate()
{
    if (m_needComma[m_depth])
        m_line.push_back(',');
    m_needComma[m_depth] = true;
}

void JsonLineWriter::open(char c)
{
    // A value inside an array needs its own comma; after a key it has none.
    if (!afterKey())
        separate();
    m_line.push_back(c);
    if (m_depth + 1 < MaxDepth)
        ++m_depth;
    m_needComma[m_depth] = false;
    m_closer[m_depth] = c == '{' ? '}' : ']';
}

void JsonLineWriter::close()
{
    m_line.push_back(m_closer[m_depth]);
    if (m_depth > 0)
        --m_depth;
}

void JsonLineWriter::key(std::string_view name)
{
    separate();
    m_line.push_back('"');
    m_line.append(name);
    m_line.append("\":", 2);
}

void JsonLineWriter::string(std::string_view value)
{
    if (!afterKey())
        separate();
    appendEscaped(m_line, value);
}

void JsonLineWriter::number(qint64 value)
{
    if (!afterKey())
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
        m_line.push_back('-');
    while (n > 0)
        m_line.push_back(buffer[--n]);
}

void JsonLineWriter::boolean(bool value)
{
    if (!afterKey())
        separate();
    m_line.append(value ? "true" : "false");
}

void JsonLineWriter::timestamp(qint64 epochMs)
{
    if (!afterKey())
        separate();
    char buffer[26];
    buffer[0] = '"';
    const int n = Rfc3339::writeUtc(buffer + 1, epochMs);
    buffer[n + 1] = '"';
    m_line.append(buffer, size_t(n + 2));
}

void JsonLineWriter::raw(std::string_view json)
{
    if (!afterKey())
        separate();
    m_line.append(json);
}

JsonLineWriter::Mark JsonLineWriter::beginObjectField(std::string_view name)
{
    const Mark mark{m_line.size(), m_depth, m_needComma[m_depth]};
    key(name);
    open('{');
    return mark;
}

JsonLineWriter::Mark JsonLineWriter::beginArrayField(std::string_view name)
{
    const Mark mark{m_line.size(), m_depth, m_needComma[m_depth]};
    key(name);
    open('[');
    return mark;
}

JsonLineWriter::Mark JsonLineWriter::beginObjectElement()
{
    const Mark mark{m_line.size(), m_depth, m_needComma[m_depth]};
    open('{');
    return mark;
}

void JsonLineWriter::endField(const Mark &mark)
{
    const char last = m_line.back();
    if (last == '{' || last == '[') {
        m_line.resize(mark.position);
        m_depth = mark.depth;
        m_needComma[m_depth] = mark.needComma;
        return;
    }
    close();
}

void JsonLineWriter::endLine()
{
    m_line.push_back('\n');
    m_out.append(m_line.data(), qsizetype(m_line.size()));
    m_line.clear();
    m_depth = 0;
    m_needComma[0] = false;
}

void JsonLineWriter::appendEscaped(std::string &out, std::string_view value)
{
    out.push_back('"');
    const char *p = value.data();
    const char *end = p + value.size();
    const char *run = p;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, size_t(p - run));
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
    out.append(run, size_t(end - run));
    out.push_back('"');
}

} // namespace Emulator
