#include "FormatSniffer.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace Parquet {

namespace {

SniffResult unknown(const char *description)
{
    return SniffResult{SniffResult::Format::Unknown,
                       QCoreApplication::translate("Parquet", description)};
}

// The first line that is not blank, without a leading byte-order mark; `complete` false when
// it runs past the end of `head`.
QByteArray firstLine(const QByteArray &head, bool *complete)
{
    qsizetype pos = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (;;) {
        const qsizetype newline = head.indexOf('\n', pos);
        const QByteArray line = head.mid(pos, newline < 0 ? -1 : newline - pos);
        *complete = newline >= 0;
        if (!line.trimmed().isEmpty() || newline < 0)
            return line;
        pos = newline + 1;
    }
}

bool looksBinary(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + qMin<qsizetype>(bytes.size(), 4096);
    while (p < end) {
        if (*p == 0)
            return true;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = JsonText::validSequenceLength(p, end);
        if (length == 0)
            return end - p > 3; // a sequence cut by the sample's end is not evidence
        p += length;
    }
    return false;
}

} // namespace

SniffResult FormatSniffer::sniff(const QByteArray &head, const QByteArray &tail, qint64 size)
{
    if (size == 0)
        return unknown(QT_TRANSLATE_NOOP("Parquet", "an empty file"));
    if (head.startsWith("PAR1")) {
        if (size >= 12 && tail.endsWith("PAR1"))
            return SniffResult{SniffResult::Format::Parquet, u"Parquet"_qs};
        return unknown(QT_TRANSLATE_NOOP("Parquet", "a truncated Parquet file"));
    }
    if (head.startsWith("PARE"))
        return unknown(QT_TRANSLATE_NOOP("Parquet", "an encrypted Parquet file"));

    bool complete = false;
    const QByteArray line = firstLine(head, &complete);
    if (complete || head.size() >= size) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return SniffResult{SniffResult::Format::JsonLines, u"JSON Lines"_qs};
    }

    struct Magic
    {
        QByteArrayView bytes;
        const char *description;
    };
    static const Magic magics[] = {
            {"PK\x03\x04", QT_TRANSLATE_NOOP("Parquet", "a ZIP archive")},
            {"PK\x05\x06", QT_TRANSLATE_NOOP("Parquet", "a ZIP archive")},
            {"\x1f\x8b", QT_TRANSLATE_NOOP("Parquet", "a gzip-compressed file")},
            {"\x28\xb5\x2f\xfd", QT_TRANSLATE_NOOP("Parquet", "a zstd-compressed file")},
            {"BZh", QT_TRANSLATE_NOOP("Parquet", "a bzip2-compressed file")},
            {"%PDF", QT_TRANSLATE_NOOP("Parquet", "a PDF document")},
            {"\x89PNG", QT_TRANSLATE_NOOP("Parquet", "a PNG image")},
            {"\xff\xd8\xff", QT_TRANSLATE_NOOP("Parquet", "a JPEG image")},
            {"SQLite format 3", QT_TRANSLATE_NOOP("Parquet", "an SQLite database")},
            {"ORC", QT_TRANSLATE_NOOP("Parquet", "an ORC file")},
            {"Obj\x01", QT_TRANSLATE_NOOP("Parquet", "an Avro file")},
    };
    for (const Magic &magic : magics) {
        if (head.startsWith(magic.bytes))
            return unknown(magic.description);
    }
    if (looksBinary(head))
        return unknown(QT_TRANSLATE_NOOP("Parquet", "binary data"));
    const QByteArray trimmed = line.trimmed();
    if (trimmed.startsWith('['))
        return unknown(QT_TRANSLATE_NOOP("Parquet", "a JSON array, not one object per line"));
    if (trimmed.startsWith('{'))
        return unknown(QT_TRANSLATE_NOOP("Parquet",
                                         "text whose first line is not a valid "
                                         "JSON object"));
    if (trimmed.startsWith('<'))
        return unknown(QT_TRANSLATE_NOOP("Parquet", "an XML or HTML document"));
    if (line.contains(',') || line.contains('\t'))
        return unknown(QT_TRANSLATE_NOOP("Parquet", "text that looks like CSV"));
    return unknown(QT_TRANSLATE_NOOP("Parquet", "plain text"));
}

SniffResult FormatSniffer::sniff(QIODevice *device)
{
    const qint64 position = device->pos();
    const qint64 size = device->size();
    QByteArray head;
    QByteArray tail;
    if (device->seek(0)) {
        // Enough for the magic and the first line, read in growing steps.
        qint64 want = 65536;
        for (;;) {
            head += device->read(want - head.size());
            bool complete = false;
            firstLine(head, &complete);
            if (complete || head.size() < want || want >= kMaxHead)
                break;
            want *= 4;
        }
    }
    if (size >= 4 && device->seek(size - 4))
        tail = device->read(4);
    device->seek(position);
    return sniff(head, tail, size);
}

} // namespace Parquet
