#include "JsonLinesPreview.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers as integers: ids and counters must not turn into 1.23e+12.
        if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

struct Flattener
{
    QStringList &columns;
    QHash<QString, int> &indexOf;
    int maxColumns;
    bool &columnsCut;
    QStringList cells;

    void add(const QString &key, const QJsonValue &value)
    {
        if (value.isObject() && !value.toObject().isEmpty()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                add(key + u'.' + it.key(), it.value());
            return;
        }
        auto found = indexOf.constFind(key);
        if (found == indexOf.constEnd()) {
            if (columns.size() >= maxColumns) {
                columnsCut = true;
                return;
            }
            found = indexOf.insert(key, int(columns.size()));
            columns.append(key);
        }
        if (cells.size() <= *found)
            cells.resize(*found + 1);
        cells[*found] = scalarText(value);
    }
};

} // namespace

JsonLinesPreview JsonLinesPreview::parse(const QByteArray &data, bool complete, int maxRows,
                                         int maxColumns)
{
    JsonLinesPreview preview;
    QHash<QString, int> indexOf;
    qsizetype start = 0;
    while (start < data.size() && preview.rows.size() < maxRows) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0) {
            if (!complete) {
                preview.partial = true;
                break;
            }
            end = data.size();
        }
        QByteArrayView line(data.constData() + start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ++preview.skippedLines;
            continue;
        }
        Flattener flat{preview.columns, indexOf, maxColumns, preview.columnsCut, {}};
        const QJsonObject record = document.object();
        for (auto it = record.begin(); it != record.end(); ++it)
            flat.add(it.key(), it.value());
        preview.rows.append(std::move(flat.cells));
    }
    if (start < data.size() && preview.rows.size() >= maxRows)
        preview.partial = true;
    for (QStringList &row : preview.rows)
        row.resize(preview.columns.size());
    return preview;
}
