#include "ParquetTestData.h"
#include "parquet/FileReader.h"
#include "parquet/NumberFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Parquet;

// Every file of the Apache Parquet test data, read and compared row by row with what an
// independent reader (hyparquet) made of it (tests/data/parquet-testing/expected). A file
// that differs must be one of kDiffers with its reason, as docs/parquet-conformance.md lists
// it: the test fails when an unlisted file differs and when a listed one starts matching.
namespace {

// Files whose rows differ from the dump, and why (kept in step with the document).
const QMap<QString, QString> kDiffers = {
        {u"int96_from_spark.parquet"_qs,
         u"the dump's own error: row 6 is +290000-12-30T23:00:00Z by the file's notes"_qs},
};

// Files the dump could not read (it has no expected rows for them): how this reader ends,
// with the rows it reads and the text of one value (row, column) the file's notes give.
struct Outcome
{
    Error::Kind kind;
    qint64 rows;
    int row = 0;
    QString column;
    QString text;
};
const QMap<QString, Outcome> kNoExpected = {
        // A string column chunk of more than 2 GB: past the reader's memory limit.
        {u"large_string_map.brotli.parquet"_qs, {Error::Kind::Limit, 0, 0, {}, {}}},
        // TPC-H's nation table, written by a parquet-mr that undercounted dictionary pages.
        {u"nation.dict-malformed.parquet"_qs,
         {Error::Kind::None, 25, 24, u"name"_qs, u"UNITED STATES"_qs}},
};

QString docPath()
{
    return QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/docs/parquet-conformance.md");
}

// The schema node that describes `member` of a value described by `node`.
int childNamed(const Schema &schema, int node, const QString &member)
{
    for (const int c : schema.node(node).children) {
        if (schema.node(c).name == member)
            return c;
    }
    return -1;
}

int elementOf(const Schema &schema, int node)
{
    const SchemaNode &n = schema.node(node);
    if (n.kind == SchemaNode::Kind::List)
        return n.element;
    if (n.kind == SchemaNode::Kind::Map)
        return n.value;
    return node; // a repeated field without annotation: its elements are itself
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
}

double number(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        *ok = true;
        return value.toDouble();
    }
    return value.toString().toDouble(ok);
}

// The fraction of a timestamp cut to `digits` (the dump keeps milliseconds).
QString cutFraction(QString iso, int digits)
{
    iso.remove(u'Z');
    const qsizetype dot = iso.indexOf(u'.');
    if (dot < 0)
        return iso + u'.' + QString(digits, u'0');
    return QString(iso + QString(digits, u'0')).left(dot + 1 + digits);
}

// Compares a leaf value under the README's allowances for rendering.
bool sameLeaf(const SchemaNode &leaf, const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isNull() || actual.isNull())
        return expected.isNull() && actual.isNull();
    switch (leaf.valueKind) {
    case ValueKind::Float:
    case ValueKind::Double:
    case ValueKind::Float16: {
        if (expected.isString() || actual.isString())
            return text(expected) == text(actual); // NaN, Infinity
        const double e = expected.toDouble();
        const double a = actual.toDouble();
        if (leaf.valueKind == ValueKind::Float)
            return float(e) == float(a);
        if (leaf.valueKind == ValueKind::Float16)
            return NumberFormat::floatToHalf(float(e)) == NumberFormat::floatToHalf(float(a));
        return e == a;
    }
    case ValueKind::Decimal: {
        bool eOk = false;
        bool aOk = false;
        return number(expected, &eOk) == number(actual, &aOk) && eOk && aOk;
    }
    case ValueKind::Int96:
    case ValueKind::Timestamp: {
        const QString e = text(expected);
        return cutFraction(text(actual), 3) == cutFraction(e, 3);
    }
    case ValueKind::Date:
        return text(expected).startsWith(text(actual) + u'T') || text(expected) == text(actual);
    case ValueKind::Bytes:
        if (expected.isObject())
            return expected.toObject().value(u"base64").toString() == actual.toString();
        // The dump decodes unannotated binary as UTF-8 text.
        return QString::fromUtf8(QByteArray::fromBase64(actual.toString().toLatin1()))
                == expected.toString();
    default:
        return text(expected) == text(actual);
    }
}

QString compare(const Schema &schema, int node, const QJsonValue &expected,
                const QJsonValue &actual, const QString &where);

QString differs(const QJsonValue &expected, const QJsonValue &actual, const QString &where)
{
    return where + u": expected "_qs + text(expected) + u", read "_qs + text(actual);
}

// Arrays whose elements `element` describes.
QString compareArrays(const Schema &schema, int element, const QJsonValue &expected,
                      const QJsonValue &actual, const QString &where)
{
    if (!expected.isArray() || !actual.isArray()
        || expected.toArray().size() != actual.toArray().size())
        return differs(expected, actual, where);
    const QJsonArray e = expected.toArray();
    const QJsonArray a = actual.toArray();
    for (qsizetype i = 0; i < e.size(); ++i) {
        const QString d
                = compare(schema, element, e[i], a[i], where + u'[' + QString::number(i) + u']');
        if (!d.isEmpty())
            return d;
    }
    return {};
}

// Objects with the same keys, member `key` described by nodeOf(key) (-1: always null).
template<typename NodeOf>
QString compareObjects(const Schema &schema, NodeOf nodeOf, const QJsonValue &expected,
                       const QJsonValue &actual, const QString &where)
{
    if (!expected.isObject() || !actual.isObject()
        || expected.toObject().keys() != actual.toObject().keys())
        return differs(expected, actual, where);
    const QJsonObject e = expected.toObject();
    const QJsonObject a = actual.toObject();
    for (auto it = e.begin(); it != e.end(); ++it) {
        const int member = nodeOf(it.key());
        const QString at = where + u'.' + it.key();
        const QString d = member < 0 ? (it.value().isNull() && a.value(it.key()).isNull()
                                                ? QString()
                                                : differs(it.value(), a.value(it.key()), at))
                                     : compare(schema, member, it.value(), a.value(it.key()), at);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QString compare(const Schema &schema, int node, const QJsonValue &expected,
                const QJsonValue &actual, const QString &where)
{
    const SchemaNode &n = schema.node(node);
    if (expected.isNull() || actual.isNull())
        return expected.isNull() && actual.isNull() ? QString() : differs(expected, actual, where);
    // A repeated field is a list of its own content.
    if (n.repetition == Repetition::Repeated && !where.endsWith(u']'))
        return compareArrays(schema, node, expected, actual, where);
    switch (n.kind) {
    case SchemaNode::Kind::Primitive:
        return sameLeaf(n, expected, actual) ? QString() : differs(expected, actual, where);
    case SchemaNode::Kind::Struct:
        return compareObjects(
                schema, [&](const QString &key) { return childNamed(schema, node, key); }, expected,
                actual, where);
    case SchemaNode::Kind::List:
        return compareArrays(schema, elementOf(schema, node), expected, actual, where);
    case SchemaNode::Kind::Map:
        return compareObjects(
                schema, [&](const QString &) { return n.value; }, expected, actual, where);
    }
    return {};
}

QString repetitionName(Repetition r)
{
    switch (r) {
    case Repetition::Required:
        return u"REQUIRED"_qs;
    case Repetition::Optional:
        return u"OPTIONAL"_qs;
    case Repetition::Repeated:
        return u"REPEATED"_qs;
    }
    return {};
}

// The dump's schema: every element but the root, with its type and annotations.
QString compareSchema(const FileReader &reader, const QJsonArray &expected)
{
    const QList<SchemaElement> &elements = reader.metadata().schema;
    if (expected.size() != elements.size() - 1)
        return u"schema: %1 elements, dump has %2"_qs.arg(elements.size() - 1).arg(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected[i].toObject();
        const SchemaElement &element = elements[i + 1];
        const SchemaNode &node = reader.schema().node(int(i) + 1);
        const QString type = element.type ? Schema::physicalTypeName(*element.type) : QString();
        if (e.value(u"name").toString() != element.name || e.value(u"type").toString() != type
            || e.value(u"repetition").toString()
                    != repetitionName(element.repetition.value_or(Repetition::Required)))
            return u"schema element %1 (%2) differs"_qs.arg(i + 1).arg(element.name);
        // The dump names the converted type as the format does; ours says the same in text.
        const QString converted = e.value(u"converted").toString();
        const QString logical = Schema::logicalTypeName(node);
        if (!converted.isEmpty() && element.logical.kind == LogicalType::Kind::None
            && !logical.startsWith(converted))
            return u"schema element %1 (%2): converted %3, read %4"_qs.arg(i + 1).arg(
                    element.name, converted, logical);
    }
    return {};
}

} // namespace

class tst_ParquetConformance : public QObject
{
    Q_OBJECT

private slots:
    void everyFile_data();
    void everyFile();
    void documentListsEveryFile();
};

void tst_ParquetConformance::everyFile_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = ParquetTestData::parquetFiles(u"data"_qs);
    QVERIFY(files.size() >= 50);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << name;
}

void tst_ParquetConformance::everyFile()
{
    QFETCH(QString, name);
    const QString expectedPath
            = ParquetTestData::root() + u"/expected/"_qs + name + u".expected.json"_qs;
    auto source = std::make_shared<MemorySource>(
            ParquetTestData::bytesOf(ParquetTestData::dataFile(name)));
    FileReader reader(source);

    if (!QFile::exists(expectedPath)) {
        QVERIFY2(kNoExpected.contains(name), "no expected rows and not listed in kNoExpected");
        const Outcome outcome = kNoExpected.value(name);
        const bool opened = reader.open();
        const QList<QJsonObject> rows = opened ? reader.readRows(-1) : QList<QJsonObject>();
        QCOMPARE(reader.error().kind(), outcome.kind);
        QCOMPARE(rows.size(), outcome.rows);
        if (outcome.kind != Error::Kind::None) {
            qInfo("%s: %s", qPrintable(name), qPrintable(reader.error().message()));
            QVERIFY(!reader.error().message().isEmpty());
            return;
        }
        const QByteArray value = QByteArray::fromBase64(
                rows[outcome.row].value(outcome.column).toString().toLatin1());
        QCOMPARE(QString::fromUtf8(value), outcome.text);
        return;
    }
    QVERIFY2(!kNoExpected.contains(name), "listed in kNoExpected but has expected rows");

    const QJsonObject expected
            = QJsonDocument::fromJson(ParquetTestData::bytesOf(expectedPath)).object();
    QString difference;
    if (!reader.open()) {
        difference = u"open: "_qs + reader.error().message();
    } else if (reader.declaredRowCount() != expected.value(u"numRows").toInteger()) {
        difference = u"numRows %1, dump %2"_qs.arg(reader.declaredRowCount())
                             .arg(expected.value(u"numRows").toInteger());
    } else {
        difference = compareSchema(reader, expected.value(u"schema").toArray());
    }
    if (difference.isEmpty()) {
        const QList<QJsonObject> rows = reader.readRows(-1);
        const QJsonArray expectedRows = expected.value(u"rows").toArray();
        if (reader.error().isError())
            difference = u"read: "_qs + reader.error().message();
        else if (rows.size() != expectedRows.size())
            difference = u"%1 rows, dump %2"_qs.arg(rows.size()).arg(expectedRows.size());
        for (qsizetype i = 0; difference.isEmpty() && i < rows.size(); ++i)
            difference = compare(reader.schema(), 0, expectedRows[i], rows[i],
                                 u"row "_qs + QString::number(i));
    }
    if (kDiffers.contains(name)) {
        qInfo("%s differs as listed: %s", qPrintable(name), qPrintable(difference));
        QVERIFY2(!difference.isEmpty(),
                 "now matches the dump: remove it from kDiffers and docs/parquet-conformance.md");
    } else {
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// The document's table has a row for every shared file, and its "differs" rows are kDiffers.
void tst_ParquetConformance::documentListsEveryFile()
{
    const QString doc = QString::fromUtf8(ParquetTestData::bytesOf(docPath()));
    QVERIFY2(!doc.isEmpty(), qPrintable(docPath()));
    static const QRegularExpression row(u"^\\| `([^`]+\\.parquet)` \\| ([^|]+) \\|"_qs,
                                        QRegularExpression::MultilineOption);
    QMap<QString, QString> results;
    for (auto it = row.globalMatch(doc); it.hasNext();) {
        const auto match = it.next();
        results.insert(match.captured(1), match.captured(2).trimmed());
    }
    for (const QString &folder : {u"data"_qs, u"bad_data"_qs}) {
        for (const QString &name : ParquetTestData::parquetFiles(folder))
            QVERIFY2(results.contains(name), qPrintable(name + u" is not in the document"_qs));
    }
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        const bool listedDiffers = it.value().startsWith(u"differs");
        QVERIFY2(listedDiffers == kDiffers.contains(it.key()), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(tst_ParquetConformance)
#include "tst_parquetconformance.moc"
