#pragma once

#include <QByteArray>

#include <string>
#include <string_view>

namespace Emulator {

// Writes JSON straight into a byte buffer: no QJsonObject per exported row. A line is
// built in a reused scratch string (inline appends) and handed to the output once, at
// endLine(). Keeps track of commas per nesting level, and can take back a field whose
// object or array stayed empty, so a projection never leaves "person":{} behind.
class JsonLineWriter
{
public:
    struct Mark
    {
        size_t position;
        int depth;
        bool needComma;
    };

    explicit JsonLineWriter(QByteArray &out);

    void beginObject() { open('{'); }
    void endObject() { close(); }
    void beginArray() { open('['); }
    void endArray() { close(); }

    void key(std::string_view name);
    void string(std::string_view value);
    void string(const char *data, int size) { string(std::string_view(data, size_t(size))); }
    void number(qint64 value);
    void boolean(bool value);
    void timestamp(qint64 epochMs);
    // A value already serialised as JSON.
    void raw(std::string_view json);

    // key + '{' (or '['), remembering where it started.
    Mark beginObjectField(std::string_view name);
    Mark beginArrayField(std::string_view name);
    // '{' as an array element, taken back by endField() when it stays empty.
    Mark beginObjectElement();
    // Closes the field, or removes it when nothing was written inside.
    void endField(const Mark &mark);
    // Appends the line and a newline to the output.
    void endLine();

    static void appendEscaped(std::string &out, std::string_view value);

private:
    void open(char c);
    void close();
    void separate();
    bool afterKey() const { return !m_line.empty() && m_line.back() == ':'; }

    QByteArray &m_out;
    std::string &m_line;
    static constexpr int MaxDepth = 32;
    bool m_needComma[MaxDepth] = {};
    char m_closer[MaxDepth] = {};
    int m_depth = 0;
};

} // namespace Emulator
