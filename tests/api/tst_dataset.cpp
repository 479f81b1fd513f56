#include "TestData.h"
#include "api/Dataset.h"
#include "api/DatasetRequest.h"
#include "api/Pages.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Rule = ValidationIssue::Rule;
using Severity = ValidationIssue::Severity;
using Edit = std::function<void(DatasetRequest &)>;
Q_DECLARE_METATYPE(Edit)

class tst_Dataset : public QObject
{
    Q_OBJECT

private slots:
    void tutorialRequest();
    void profileExportRequestIsTheTutorials();
    void validate_data();
    void validate();
    void everythingWrongAtOnce();
    void createResponse_data();
    void createResponse();
    void datasetMap();
    void singleDataset();
    void malformedEntriesAreSkipped();
    void mapFailures_data();
    void mapFailures();
};

void tst_Dataset::tutorialRequest()
{
    const QJsonObject original = TestData::object(u"seed/create-dataset-request.json"_s);
    const DatasetRequest request = DatasetRequest::fromJson(original);
    QCOMPARE(request.name, u"Profile Data Export"_s);
    QCOMPARE(request.schemaRef->id, SchemaRef::profileUnionSchemaId());
    QCOMPARE(request.schemaRef->contentType, u"application/vnd.adobe.xed+json;version=1"_s);
    QCOMPARE(request.fileDescription->persisted, true);
    QCOMPARE(request.fileDescription->containerFormat, u"parquet"_s);
    QCOMPARE(request.fileDescription->format, u"parquet"_s);
    QVERIFY(!request.description);
    QVERIFY(!request.tags);
    QCOMPARE(request.toJson(), original);
    QVERIFY(request.validate().isEmpty());
    QVERIFY(request.isValid());
}

void tst_Dataset::profileExportRequestIsTheTutorials()
{
    const DatasetRequest request = DatasetRequest::forProfileExport(u"Profile Data Export"_s);
    QCOMPARE(request.toJson(), TestData::object(u"seed/create-dataset-request.json"_s));
}

void tst_Dataset::validate_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<Severity>("severity");

    QTest::newRow("name missing") << Edit([](DatasetRequest &r) { r.name.reset(); }) << u"name"_s
                                  << Rule::Missing << Severity::Error;
    QTest::newRow("name blank") << Edit([](DatasetRequest &r) { r.name = u"   "_s; }) << u"name"_s
                                << Rule::Blank << Severity::Error;
    QTest::newRow("name number") << Edit([](DatasetRequest &r) {
        r = DatasetRequest::fromJson(QJsonDocument::fromJson(R"({"name":5,
            "schemaRef":{"id":"https://ns.adobe.com/xdm/context/profile__union"}})")
                                             .object());
    }) << u"name"_s << Rule::WrongType
                                 << Severity::Error;
    QTest::newRow("schemaRef missing") << Edit([](DatasetRequest &r) { r.schemaRef.reset(); })
                                       << u"schemaRef.id"_s << Rule::Missing << Severity::Error;
    QTest::newRow("schema id missing") << Edit([](DatasetRequest &r) { r.schemaRef->id.reset(); })
                                       << u"schemaRef.id"_s << Rule::Missing << Severity::Error;
    QTest::newRow("schema id blank") << Edit([](DatasetRequest &r) { r.schemaRef->id = u""_s; })
                                     << u"schemaRef.id"_s << Rule::Blank << Severity::Error;
    QTest::newRow("schema id not a URI")
            << Edit([](DatasetRequest &r) { r.schemaRef->id = u"profile__union"_s; })
            << u"schemaRef.id"_s << Rule::NotUri << Severity::Error;
    QTest::newRow("schema id with spaces") << Edit([](DatasetRequest &r) {
        r.schemaRef->id = u"https://ns.adobe.com/xdm/context/profile union"_s;
    }) << u"schemaRef.id"_s << Rule::NotUri << Severity::Error;
    QTest::newRow("schema id without host")
            << Edit([](DatasetRequest &r) { r.schemaRef->id = u"urn:profile"_s; })
            << u"schemaRef.id"_s << Rule::NotUri << Severity::Error;
    QTest::newRow("not the union schema") << Edit([](DatasetRequest &r) {
        r.schemaRef->id = u"https://ns.adobe.com/tenant/schemas/5e2d8d1f"_s;
    }) << u"schemaRef.id"_s << Rule::NotUnionSchema
                                          << Severity::Warning;
    QTest::newRow("content type blank")
            << Edit([](DatasetRequest &r) { r.schemaRef->contentType = u" "_s; })
            << u"schemaRef.contentType"_s << Rule::Blank << Severity::Error;
    QTest::newRow("persisted as text") << Edit([](DatasetRequest &r) {
        r.fileDescription->extra.insert("persisted"_L1, u"true"_s);
        r.fileDescription->persisted.reset();
    }) << u"fileDescription.persisted"_s
                                       << Rule::WrongType << Severity::Error;
}

void tst_Dataset::validate()
{
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(Rule, rule);
    QFETCH(Severity, severity);

    DatasetRequest request = DatasetRequest::forProfileExport(u"Profile Data Export"_s);
    edit(request);
    const QList<ValidationIssue> issues = request.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().rule, rule);
    QCOMPARE(issues.first().severity, severity);
    QCOMPARE(issues.first().index, -1);
    QCOMPARE(request.isValid(), severity == Severity::Warning);
    QVERIFY2(issues.first().message().contains(field), qPrintable(issues.first().message()));
}

void tst_Dataset::everythingWrongAtOnce()
{
    DatasetRequest request;
    request.name = u""_s;
    request.schemaRef = SchemaRef();
    request.schemaRef->id = u"not a uri"_s;
    request.schemaRef->contentType = u""_s;
    const QList<ValidationIssue> issues = request.validate();
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues[0].field, u"name"_s);
    QCOMPARE(issues[1].rule, Rule::NotUri);
    QCOMPARE(issues[2].field, u"schemaRef.contentType"_s);
}

void tst_Dataset::createResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::newRow("tutorial, lowercase") << TestData::read(u"seed/create-dataset-response.json"_s)
                                         << u"5b020a27e7040801dedba61b"_s;
    QTest::newRow("spec, camel case")
            << TestData::read(u"variants/create-dataset-response-uppercase.json"_s)
            << u"5b020a27e7040801dedba61b"_s;
    QTest::newRow("empty array") << QByteArray("[]") << QString();
    QTest::newRow("object") << QByteArray(R"({"id":"5b02"})") << QString();
    QTest::newRow("number") << QByteArray("[5]") << QString();
    QTest::newRow("other resource") << QByteArray(R"(["@/batches/5b02"])") << QString();
    QTest::newRow("no id") << QByteArray(R"(["@/dataSets/"])") << QString();
    QTest::newRow("path after id") << QByteArray(R"(["@/dataSets/5b02/views"])") << QString();
    QTest::newRow("not JSON") << QByteArray("@/dataSets/5b02") << QString();
}

void tst_Dataset::createResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    const auto found = Dataset::datasetIdFromCreateResponse(QJsonDocument::fromJson(body));
    QCOMPARE(found.has_value(), !id.isEmpty());
    if (found)
        QCOMPARE(*found, id);
}

void tst_Dataset::datasetMap()
{
    const auto map = DatasetMap::decode(TestData::read(u"variants/datasets-map.json"_s));
    QVERIFY2(map, qPrintable(map.error()));
    QCOMPARE(map->entryCount, 2);
    QCOMPARE(map->skipped, 0);
    QCOMPARE(map->datasets.size(), 2);
    QVERIFY(map->isLastPage(20));
    QVERIFY(!map->isLastPage(2));

    const Dataset &first = map->datasets[0];
    QCOMPARE(first.id, u"5b020a27e7040801dedba61b"_s);
    QCOMPARE(first.name, u"Profile Data Export"_s);
    QCOMPARE(first.description, u""_s);
    QCOMPARE(first.imsOrg, u"{IMS_ORG}"_s);
    QCOMPARE(first.sandboxName, u"prod"_s);
    QVERIFY(!first.sandbox);
    QCOMPARE(first.created, 1527091839372);
    QVERIFY(first.isOnProfileUnionSchema());
    QCOMPARE(first.fileDescription->format, u"parquet"_s);
    QCOMPARE(first.tags->value("adobe/pqs/table"_L1).toArray().first().toString(),
             u"profile_data_export"_s);
    QCOMPARE(first.extra.keys(), (QStringList{u"createdClient"_s, u"sandboxId"_s, u"version"_s}));

    const Dataset &second = map->datasets[1];
    QCOMPARE(second.sandbox, u"dev-1"_s);
    QVERIFY(!second.isOnProfileUnionSchema());
    QVERIFY(!second.updated); // "1559674261868" as text: kept verbatim
    QCOMPARE(second.extra.value("updated"_L1), QJsonValue(u"1559674261868"_s));
}

void tst_Dataset::singleDataset()
{
    const auto map = DatasetMap::decode(TestData::read(u"variants/dataset-get.json"_s));
    QVERIFY(map);
    QCOMPARE(map->datasets.size(), 1);
    QCOMPARE(map->datasets[0].id, u"5b020a27e7040801dedba61b"_s);
    QVERIFY(map->datasets[0].extra.isEmpty());
}

void tst_Dataset::malformedEntriesAreSkipped()
{
    const auto map = DatasetMap::decode(TestData::read(u"variants/datasets-map-malformed.json"_s));
    QVERIFY(map);
    QCOMPARE(map->entryCount, 3);
    QCOMPARE(map->skipped, 2);
    QCOMPARE(map->datasets.size(), 1);
    // A short page is the end, whether its entries were readable or not.
    QVERIFY(!map->isLastPage(3));
}

void tst_Dataset::mapFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array") << QByteArray(R"(["@/dataSets/5b02"])");
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("empty") << QByteArray();
}

void tst_Dataset::mapFailures()
{
    QFETCH(QByteArray, body);
    const auto map = DatasetMap::decode(body);
    QVERIFY(!map);
    QVERIFY(!map.error().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Dataset)
#include "tst_dataset.moc"
