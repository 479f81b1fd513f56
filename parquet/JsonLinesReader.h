#pragma once

#include "RecordReader.h"

#include <QHash>

class QIODevice;

namespace Parquet {

// Rows of a JSON Lines file: one JSON object per line; blank lines are skipped, anything else
// ends in an error naming the line. Flattened cells follow the Parquet reader's convention:
// nested objects become dotted paths, arrays compact JSON in one cell. Columns appear in the
// order they are first met (one object's keys in alphabetical order, as QJsonObject keeps
// them); scanColumns() reads ahead for them and rewinds (the device must be seekable for that).
class JsonLinesReader final : public RecordReader
{
public:
    // A line longer than this ends the read instead of growing without bound.
    static constexpr qint64 kMaxLineBytes = qint64(256) << 20;

    explicit JsonLinesReader(QIODevice *device);

    bool open() override;
    QString formatName() const override { return u"JSON Lines"_qs; }
    QStringList columns() const override { return m_columns; }
    bool scanColumns(qint64 maxRows, const std::function<bool()> &cancelled) override;
    qint64 rowCount() const override { return m_rowCount; }
    bool readJson(QByteArray &out) override;
    bool readCells(CellRow &row) override;
    bool readObject(QJsonObject &object) override;
    const Error &error() const override { return m_error; }
    double progress() const override;

    // A JSON value as a cell's text: strings as they are, numbers exact, the rest compact JSON.
    static void appendCellText(QByteArray &out, const QJsonValue &value);

private:
    // The next non-blank line parsed; false at the end or on failure.
    bool nextObject();
    bool readLine(QByteArray *line);
    void learn(const QJsonObject &object, const QString &prefix);
    void flatten(const QJsonObject &object, const QString &prefix);
    bool rewind();

    QIODevice *m_device;
    qint64 m_start = 0;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 0;
    QByteArray m_lineText;
    QJsonObject m_object;
    QStringList m_columns;
    QHash<QString, int> m_columnIndex;
    qint64 m_rowCount = -1;
    bool m_scanned = false;
    bool m_scanning = false;
    Error m_error;
    // Row cells by column index, before they are written in column order.
    std::vector<QByteArray> m_cellText;
    std::vector<char> m_cellSet;
};

} // namespace Parquet
