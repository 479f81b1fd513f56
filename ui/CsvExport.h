#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QHeaderView;

// "Export list (CSV)": the rows a table shows, as RFC 4180 CSV in UTF-8 with a byte order
// mark, so spreadsheet programs open Japanese text as it is. Reading the rows happens on the
// GUI thread (it asks the model); encoding and writing happen on a worker thread.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    using Rows = QList<QStringList>;

    // One field: quoted when it holds a comma, a double quote, a line break or edge spaces,
    // with each inner double quote doubled.
    static QString field(const QString &text);
    // The whole file: the BOM, then every row with CRLF line ends.
    static QByteArray encode(const Rows &rows);
    // The header and every row of `model` as displayed, in the columns `header` shows, in
    // the order it shows them.
    static Rows snapshot(const QAbstractItemModel *model, const QHeaderView *header);
    // Encodes and writes `rows` to `path` atomically (QSaveFile) on a worker thread. The
    // future holds an empty string on success, else the reason (translated).
    static QFuture<QString> write(const QString &path, Rows rows);
};
