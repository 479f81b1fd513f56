#include "JsonLinesReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

namespace Parquet {

namespace {

constexpr qint64 kChunk = 1 << 20;

bool isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

JsonLinesReader::JsonLinesReader(QIODevice *device)
    : m_device(device)
{ }

bool JsonLinesReader::open()
{
    if (!m_device || !m_device->isReadable()) {
        m_error = Error(Error::Kind::Io,
                        QCoreApplication::translate("Parquet",
                                                    "The file is not open for "
                                                    "reading."));
        return false;
    }
    m_start = m_device->pos();
    return true;
}

double JsonLinesReader::progress() const
{
    const qint64 size = m_device ? m_device->size() - m_start : 0;
    if (size <= 0)
        return 1.0;
    const double pass = qMin(1.0, double(m_consumed) / double(size));
    // A scanned file is read twice: the scan is the first half of the work.
    if (m_scanning)
        return pass / 2;
    return m_scanned ? 0.5 + pass / 2 : pass;
}

bool JsonLinesReader::readLine(QByteArray *line)
{
    line->clear();
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_bufferPos);
        if (newline >= 0) {
            line->append(m_buffer.constData() + m_bufferPos, newline - m_bufferPos);
            m_consumed += newline + 1 - m_bufferPos;
            m_bufferPos = newline + 1;
            return true;
        }
        line->append(m_buffer.constData() + m_bufferPos, m_buffer.size() - m_bufferPos);
        m_consumed += m_buffer.size() - m_bufferPos;
        m_buffer.clear();
        m_bufferPos = 0;
        if (line->size() > kMaxLineBytes) {
            m_error = Error(Error::Kind::Limit,
                            QCoreApplication::translate("Parquet",
                                                        "Line %1 is longer than "
                                                        "%2 MB.")
                                    .arg(m_line + 1)
                                    .arg(kMaxLineBytes >> 20));
            return false;
        }
        // What the device holds, up to a chunk: read() allocates all it is asked for.
        m_buffer = m_device->read(qBound<qint64>(4096, m_device->bytesAvailable(), kChunk));
        if (m_buffer.isEmpty())
            return !line->isEmpty(); // the last line may lack its newline
    }
}

bool JsonLinesReader::nextObject()
{
    if (m_error.isError())
        return false;
    for (;;) {
        if (!readLine(&m_lineText))
            return false;
        ++m_line;
        if (m_line == 1 && m_lineText.startsWith("\xEF\xBB\xBF"))
            m_lineText.remove(0, 3); // a byte-order mark
        if (isBlank(m_lineText))
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_lineText, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            m_error = Error(Error::Kind::Malformed,
                            parseError.error != QJsonParseError::NoError
                                    ? QCoreApplication::translate("Parquet",
                                                                  "Line %1 is not "
                                                                  "valid JSON: %2.")
                                              .arg(m_line)
                                              .arg(parseError.errorString())
                                    : QCoreApplication::translate("Parquet",
                                                                  "Line %1 is not a "
                                                                  "JSON object.")
                                              .arg(m_line));
            return false;
        }
        m_object = document.object();
        return true;
    }
}

void JsonLinesReader::learn(const QJsonObject &object, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            learn(it.value().toObject(), path);
        } else if (!m_columnIndex.contains(path)) {
            m_columnIndex.insert(path, int(m_columns.size()));
            m_columns << path;
        }
    }
}

bool JsonLinesReader::rewind()
{
    if (!m_device->seek(m_start)) {
        m_error = Error(Error::Kind::Io,
                        QCoreApplication::translate("Parquet", "Cannot read the file twice: %1")
                                .arg(m_device->errorString()));
        return false;
    }
    m_buffer.clear();
    m_bufferPos = 0;
    m_consumed = 0;
    m_line = 0;
    return true;
}

bool JsonLinesReader::scanColumns(qint64 maxRows, const std::function<bool()> &cancelled)
{
    m_scanning = true;
    qint64 rows = 0;
    while ((maxRows < 0 || rows < maxRows) && nextObject()) {
        learn(m_object, QString());
        ++rows;
        if (cancelled && (rows & 1023) == 0 && cancelled()) {
            m_scanning = false;
            m_error = Error(Error::Kind::Cancelled,
                            QCoreApplication::translate("Parquet", "Cancelled."));
            return false;
        }
    }
    m_scanning = false;
    if (m_error.isError())
        return false;
    if (maxRows < 0) {
        m_rowCount = rows;
        m_scanned = true;
    }
    return rewind();
}

bool JsonLinesReader::readJson(QByteArray &out)
{
    if (!nextObject())
        return false;
    // The line as written (it parsed as an object): numbers keep their digits, keys their order.
    out.append(m_lineText.trimmed());
    return true;
}

bool JsonLinesReader::readObject(QJsonObject &object)
{
    if (!nextObject())
        return false;
    learn(m_object, QString());
    object = m_object;
    return true;
}

void JsonLinesReader::appendCellText(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        out.append(value.toString().toUtf8());
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        char buffer[32];
        // Integers as parsed (exact to 64 bits), other numbers in their shortest form.
        const auto r = double(i) == d ? std::to_chars(buffer, buffer + sizeof buffer, i)
                                      : std::to_chars(buffer, buffer + sizeof buffer, d);
        out.append(buffer, r.ptr - buffer);
        return;
    }
    case QJsonValue::Array:
        out.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Object:
        out.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return;
    default:
        return;
    }
}

void JsonLinesReader::flatten(const QJsonObject &object, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            flatten(it.value().toObject(), path);
            continue;
        }
        const int index = m_columnIndex.value(path, -1);
        if (index < 0 || it.value().isNull() || it.value().isUndefined())
            continue; // a column the scan did not reach is left out
        appendCellText(m_cellText[size_t(index)], it.value());
        m_cellSet[size_t(index)] = 1;
    }
}

bool JsonLinesReader::readCells(CellRow &row)
{
    if (!nextObject())
        return false;
    if (!m_scanned)
        learn(m_object, QString());
    m_cellText.resize(size_t(m_columns.size()));
    m_cellSet.assign(size_t(m_columns.size()), 0);
    for (QByteArray &text : m_cellText)
        text.clear();
    flatten(m_object, QString());
    row.clear();
    for (size_t i = 0; i < m_cellText.size(); ++i) {
        if (!m_cellSet[i]) {
            row.addNull();
            continue;
        }
        row.buffer().append(QByteArrayView(m_cellText[i]));
        row.endCell();
    }
    return true;
}

} // namespace Parquet
