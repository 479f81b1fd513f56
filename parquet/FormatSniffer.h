#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Parquet {

// Tells a file's format by its content, not its name: Parquet by its magic bytes at both
// ends, JSON Lines when the first non-blank line parses as a JSON object. Anything else is
// Unknown with a description of what was found ("a ZIP archive", "an empty file", "binary
// data"), translated, for messages like "… is not Parquet or JSON Lines: it is a ZIP archive."
struct SniffResult
{
    enum class Format { Parquet, JsonLines, Unknown };
    Format format = Format::Unknown;
    QString description;
};

class FormatSniffer
{
public:
    // The first line looked at for JSON Lines is read up to this length.
    static constexpr qint64 kMaxHead = qint64(16) << 20;

    // `head`: the file's first bytes (its first line whole, for JSON Lines); `tail`: its last
    // four or more; `size`: the whole file's.
    static SniffResult sniff(const QByteArray &head, const QByteArray &tail, qint64 size);
    // Reads what sniff() needs from a seekable device and restores its position.
    static SniffResult sniff(QIODevice *device);
};

} // namespace Parquet
