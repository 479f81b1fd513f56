#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The first records of a JSON Lines file as a table. Nested objects become dotted columns
// ("person.name.firstName"); arrays and empty objects are shown as compact JSON. Columns are
// the union of every record's keys, new ones added as records bring them (the keys of one
// object in alphabetical order, as QJsonObject holds them).
struct JsonLinesPreview
{
    QStringList columns;
    QList<QStringList> rows; // one cell per column; a null string where a record lacks the key
    int skippedLines = 0; // lines that are not a JSON object
    bool partial = false; // the data stopped mid-file: the cut last line was left out
    bool columnsCut = false; // more keys than maxColumns

    // `complete`: `data` is the whole file. Otherwise a last line without its newline was cut
    // off by the download limit and is not read.
    static JsonLinesPreview parse(const QByteArray &data, bool complete, int maxRows = 500,
                                  int maxColumns = 400);
};
