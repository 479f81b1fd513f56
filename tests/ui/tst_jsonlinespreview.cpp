#include "ui/JsonLinesPreview.h"

#include <QTest>

// The preview parser: JSON Lines to a table of flattened columns, tolerant of what a cut
// download or a stray line leaves behind.
class tst_JsonLinesPreview : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void limits();
};

void tst_JsonLinesPreview::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<bool>("partial");

    QTest::newRow("empty") << QByteArray() << true << QStringList() << QList<QStringList>() << 0
                           << false;
    QTest::newRow("one record") << QByteArray("{\"a\":\"x\",\"b\":2}\n") << true
                                << QStringList{u"a"_qs, u"b"_qs}
                                << QList<QStringList>{{u"x"_qs, u"2"_qs}} << 0 << false;
    QTest::newRow("nested objects become dotted columns")
            << QByteArray("{\"person\":{\"name\":{\"first\":\"Ann\"}},\"id\":1}") << true
            << QStringList{u"id"_qs, u"person.name.first"_qs}
            << QList<QStringList>{{u"1"_qs, u"Ann"_qs}} << 0 << false;
    QTest::newRow("arrays and empty objects as compact JSON")
            << QByteArray("{\"ids\":[1,\"b\"],\"e\":{}}\n") << true
            << QStringList{u"e"_qs, u"ids"_qs} << QList<QStringList>{{u"{}"_qs, u"[1,\"b\"]"_qs}}
            << 0 << false;
    QTest::newRow("columns are the union, missing cells null")
            << QByteArray("{\"a\":1}\n{\"b\":true}\n") << true << QStringList{u"a"_qs, u"b"_qs}
            << QList<QStringList>{{u"1"_qs, QString()}, {QString(), u"true"_qs}} << 0 << false;
    QTest::newRow("big integers stay integers")
            << QByteArray("{\"n\":1538615973895,\"f\":0.5,\"z\":null}\r\n") << true
            << QStringList{u"f"_qs, u"n"_qs, u"z"_qs}
            << QList<QStringList>{{u"0.5"_qs, u"1538615973895"_qs, u"null"_qs}} << 0 << false;
    QTest::newRow("stray lines skipped, blank lines ignored")
            << QByteArray("not json\n\n[1,2]\n{\"a\":1}\n") << true << QStringList{u"a"_qs}
            << QList<QStringList>{{u"1"_qs}} << 2 << false;
    QTest::newRow("cut last line left out")
            << QByteArray("{\"a\":1}\n{\"a\":2") << false << QStringList{u"a"_qs}
            << QList<QStringList>{{u"1"_qs}} << 0 << true;
    QTest::newRow("whole file without final newline")
            << QByteArray("{\"a\":1}\n{\"a\":2}") << true << QStringList{u"a"_qs}
            << QList<QStringList>{{u"1"_qs}, {u"2"_qs}} << 0 << false;
}

void tst_JsonLinesPreview::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, complete);
    QFETCH(QStringList, columns);
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, skipped);
    QFETCH(bool, partial);
    const JsonLinesPreview preview = JsonLinesPreview::parse(data, complete);
    QCOMPARE(preview.columns, columns);
    QCOMPARE(preview.rows, rows);
    QCOMPARE(preview.skippedLines, skipped);
    QCOMPARE(preview.partial, partial);
    QVERIFY(!preview.columnsCut);
}

void tst_JsonLinesPreview::limits()
{
    QByteArray data;
    for (int i = 0; i < 10; ++i)
        data += "{\"a\":" + QByteArray::number(i) + ",\"b\":1,\"c\":2}\n";
    const JsonLinesPreview preview = JsonLinesPreview::parse(data, true, 4, 2);
    QCOMPARE(preview.rows.size(), 4);
    QCOMPARE(preview.columns, (QStringList{u"a"_qs, u"b"_qs}));
    QVERIFY(preview.columnsCut);
    QVERIFY(preview.partial); // more records than shown
    QCOMPARE(preview.rows.last(), (QStringList{u"3"_qs, u"1"_qs}));
}

QTEST_MAIN(tst_JsonLinesPreview)
#include "tst_jsonlinespreview.moc"
