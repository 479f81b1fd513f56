#include "CsvExport.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QHeaderView>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

QString CsvExport::field(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
            || text.contains(u'\r')
            || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"';
}

QByteArray CsvExport::encode(const Rows &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += u',';
            text += field(row[i]);
        }
        text += u"\r\n";
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

CsvExport::Rows CsvExport::snapshot(const QAbstractItemModel *model, const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    Rows rows;
    const int count = model->rowCount();
    rows.reserve(count + 1);
    QStringList titles;
    for (int column : std::as_const(columns))
        titles << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << titles;
    for (int row = 0; row < count; ++row) {
        QStringList values;
        values.reserve(columns.size());
        for (int column : std::as_const(columns))
            values << model->index(row, column).data(Qt::DisplayRole).toString();
        rows << values;
    }
    return rows;
}

QFuture<QString> CsvExport::write(const QString &path, Rows rows)
{
    return QtConcurrent::run([path, rows = std::move(rows)]() -> QString {
        const QByteArray bytes = encode(rows);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        if (file.write(bytes) != bytes.size() || !file.commit())
            return tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    });
}
