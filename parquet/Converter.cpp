#include "Converter.h"

#include "CellRow.h"
#include "RecordReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>

namespace Parquet {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

class Output
{
public:
    explicit Output(QIODevice &device)
        : m_device(device)
    { }

    TextBuffer &buffer() { return m_buffer; }

    // Writes the buffer when it is full (or always); false with `error` when the device fails.
    bool flush(bool always, Error *error)
    {
        if (m_buffer.size() < kFlushBytes && !always)
            return true;
        if (m_device.write(m_buffer.data(), m_buffer.size()) != m_buffer.size()) {
            *error = Error(Error::Kind::Io,
                           QCoreApplication::translate("Parquet", "Cannot write the output: %1")
                                   .arg(m_device.errorString()));
            return false;
        }
        m_buffer.clear();
        return true;
    }

private:
    QIODevice &m_device;
    TextBuffer m_buffer;
};

} // namespace

void Converter::appendCsvField(TextBuffer &out, QByteArrayView text)
{
    bool quote = false;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(text);
        return;
    }
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            out.append(text.sliced(start, i + 1 - start));
            out.append('"'); // a quote is doubled
            start = i + 1;
        }
    }
    out.append(text.sliced(start));
    out.append('"');
}

ConvertResult Converter::convert(RecordReader &reader, QIODevice &device,
                                 const ConvertOptions &options)
{
    ConvertResult result;
    Output out(device);
    const bool csv = options.format == ConvertOptions::Format::Csv;
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto cancelled = [&] {
        if (!options.cancelled || !options.cancelled())
            return false;
        result.error = Error(Error::Kind::Cancelled,
                             QCoreApplication::translate("Parquet", "Cancelled."));
        return true;
    };

    if (csv) {
        // JSON Lines learns its columns from the rows: all of them before the header.
        if (!reader.scanColumns(options.rowLimit, options.cancelled)) {
            result.error = reader.error();
            return result;
        }
        if (options.byteOrderMark)
            out.buffer().append("\xEF\xBB\xBF");
        const QStringList columns = reader.columns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out.buffer().append(',');
            appendCsvField(out.buffer(), QByteArrayView(columns[i].toUtf8()));
        }
        out.buffer().append("\r\n");
    }

    CellRow row;
    QByteArray line;
    for (;;) {
        if (options.rowLimit >= 0 && result.rows >= options.rowLimit)
            break;
        if (csv) {
            if (!reader.readCells(row))
                break;
            for (int i = 0; i < row.count(); ++i) {
                if (i > 0)
                    out.buffer().append(',');
                if (row.isNull(i))
                    continue;
                if (row.cell(i).isEmpty())
                    out.buffer().append("\"\"", 2); // an empty string, told apart from null
                else
                    appendCsvField(out.buffer(), row.cell(i));
            }
            out.buffer().append("\r\n", 2);
        } else {
            line.clear();
            if (!reader.readJson(line))
                break;
            out.buffer().append(line);
            out.buffer().append('\n');
        }
        ++result.rows;
        if (!out.flush(false, &result.error))
            return result;
        // Cancel is polled every 1,024 rows, progress reported at most every 100 ms.
        if ((result.rows & 1023) == 0) {
            if (cancelled())
                return result;
            if (options.progress && sinceReport.elapsed() >= 100) {
                options.progress(result.rows, reader.progress());
                sinceReport.restart();
            }
        }
    }
    if (reader.error().isError()) {
        result.error = reader.error();
        return result;
    }
    if (cancelled() || !out.flush(true, &result.error))
        return result;
    if (options.progress)
        options.progress(result.rows, 1.0);
    return result;
}

} // namespace Parquet
