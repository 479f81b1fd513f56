#include "DatasetRequest.h"

#include "IssueCollector.h"
#include "JsonRead.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Rule = ValidationIssue::Rule;

QString describe(const ValidationIssue &issue)
{
    switch (issue.rule) {
    case Rule::Missing:
        return QCoreApplication::translate("DatasetRequest", "%1 is required.").arg(issue.field);
    case Rule::WrongType:
        return QCoreApplication::translate("DatasetRequest", "%1 has a value of the wrong type.")
                .arg(issue.field);
    case Rule::Blank:
        return QCoreApplication::translate("DatasetRequest", "%1 must not be blank.")
                .arg(issue.field);
    case Rule::NotUri:
        return QCoreApplication::translate("DatasetRequest",
                                           "%1: “%2” is not a schema URI, such as "
                                           "https://ns.adobe.com/xdm/context/profile__union.")
                .arg(issue.field, issue.value);
    case Rule::NotUnionSchema:
        return QCoreApplication::translate("DatasetRequest",
                                           "%1 is not the profile union schema; exports into "
                                           "this dataset will fail.")
                .arg(issue.field);
    default:
        break;
    }
    return issue.field;
}

bool isSchemaUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.host().isEmpty() && !containsWhitespace(text);
}

} // namespace

DatasetRequest DatasetRequest::forProfileExport(const QString &name)
{
    DatasetRequest request;
    request.name = name;
    SchemaRef schema;
    schema.id = SchemaRef::profileUnionSchemaId();
    schema.contentType = SchemaRef::xedContentType();
    request.schemaRef = std::move(schema);
    FileDescription description;
    description.persisted = true;
    description.containerFormat = u"parquet"_s;
    description.format = u"parquet"_s;
    request.fileDescription = std::move(description);
    return request;
}

DatasetRequest DatasetRequest::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    DatasetRequest request;
    request.name = in.string("name"_L1);
    request.description = in.string("description"_L1);
    request.schemaRef = in.record<SchemaRef>("schemaRef"_L1);
    request.fileDescription = in.record<FileDescription>("fileDescription"_L1);
    request.tags = in.object("tags"_L1);
    request.extra = in.leftovers();
    return request;
}

DecodeResult<DatasetRequest> DatasetRequest::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<DatasetRequest>::failure(reason);
    return fromJson(*object);
}

QJsonObject DatasetRequest::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "name"_L1, name);
    Json::putString(out, "description"_L1, description);
    Json::putRecord(out, "schemaRef"_L1, schemaRef);
    Json::putRecord(out, "fileDescription"_L1, fileDescription);
    Json::putValue(out, "tags"_L1, tags);
    return out;
}

QList<ValidationIssue> DatasetRequest::validate() const
{
    IssueCollector issues(describe);
    issues.wrongTypes(
            extra, {"name"_L1, "description"_L1, "schemaRef"_L1, "fileDescription"_L1, "tags"_L1},
            QString());
    issues.required(name, extra, "name"_L1, QString());

    if (schemaRef) {
        const QString prefix = u"schemaRef."_s;
        issues.wrongTypes(schemaRef->extra, {"id"_L1, "contentType"_L1}, prefix);
        if (issues.required(schemaRef->id, schemaRef->extra, "id"_L1, prefix)) {
            if (!isSchemaUri(*schemaRef->id)) {
                issues.add(prefix + "id"_L1, Rule::NotUri, -1, *schemaRef->id);
            } else if (!schemaRef->isProfileUnionSchema()) {
                issues.add(prefix + "id"_L1, Rule::NotUnionSchema, -1, *schemaRef->id,
                           ValidationIssue::Severity::Warning);
            }
        }
        if (schemaRef->contentType && isBlank(*schemaRef->contentType))
            issues.add(prefix + "contentType"_L1, Rule::Blank);
    } else if (!extra.contains("schemaRef"_L1)) {
        issues.add(u"schemaRef.id"_s, Rule::Missing);
    }

    if (fileDescription) {
        issues.wrongTypes(fileDescription->extra,
                          {"persisted"_L1, "containerFormat"_L1, "format"_L1},
                          u"fileDescription."_s);
    }
    return issues.take();
}

bool DatasetRequest::isValid() const
{
    const QList<ValidationIssue> issues = validate();
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const ValidationIssue &issue) { return issue.isError(); });
}
