#include "ExportJobRequest.h"

#include "ExportJob.h"
#include "IssueCollector.h"
#include "JsonRead.h"
#include "Rfc3339.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Rule = ValidationIssue::Rule;

QString describe(const ValidationIssue &issue)
{
    switch (issue.rule) {
    case Rule::Missing:
        return QCoreApplication::translate("ExportJobRequest", "%1 is required.").arg(issue.field);
    case Rule::WrongType:
        return QCoreApplication::translate("ExportJobRequest", "%1 has a value of the wrong type.")
                .arg(issue.field);
    case Rule::Blank:
        return QCoreApplication::translate("ExportJobRequest", "%1 must not be blank.")
                .arg(issue.field);
    case Rule::ContainsWhitespace:
        return QCoreApplication::translate("ExportJobRequest", "%1 must not contain spaces.")
                .arg(issue.field);
    case Rule::EmptyList:
        return QCoreApplication::translate(
                       "ExportJobRequest",
                       "%1 lists no status; leave it out to use the default (realized, existing).")
                .arg(issue.field);
    case Rule::UnknownValue:
        return QCoreApplication::translate(
                       "ExportJobRequest",
                       "%1: “%2” is not a segment status (realized, existing or exited).")
                .arg(issue.field, issue.value);
    case Rule::Duplicate:
        return QCoreApplication::translate("ExportJobRequest",
                                           "%1: segment “%2” is already in the list.")
                .arg(issue.field, issue.value);
    case Rule::NotRfc3339:
        return QCoreApplication::translate("ExportJobRequest",
                                           "%1: “%2” is not an RFC 3339 date and time, such as "
                                           "2019-09-01T00:00:00Z.")
                .arg(issue.field, issue.value);
    case Rule::StartAfterEnd:
        return QCoreApplication::translate("ExportJobRequest", "%1 is earlier than %2.")
                .arg(issue.field, issue.value);
    case Rule::NotFieldList:
        if (issue.value.isEmpty()) {
            return QCoreApplication::translate(
                           "ExportJobRequest",
                           "%1 has an empty entry; separate field paths with single commas.")
                    .arg(issue.field);
        }
        return QCoreApplication::translate("ExportJobRequest",
                                           "%1: “%2” is not a field path (letters, digits and "
                                           "underscores joined by dots, without spaces).")
                .arg(issue.field, issue.value);
    case Rule::OutOfRange:
        return QCoreApplication::translate("ExportJobRequest", "%1 must be 1 or more.")
                .arg(issue.field);
    case Rule::SegmentPerBatchWithoutSegments:
        return QCoreApplication::translate("ExportJobRequest",
                                           "%1 is on but no segments are listed, so everything "
                                           "goes into one batch.")
                .arg(issue.field);
    case Rule::NotUri:
    case Rule::NotUnionSchema:
        break;
    }
    return issue.field;
}

bool isKnownSegmentStatus(const QString &status)
{
    return status == "realized"_L1 || status == "existing"_L1 || status == "exited"_L1;
}

bool isPathCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_';
}

// The first entry of a comma-separated list of dot paths that is not one ("" for an empty
// entry); nullopt when the whole list is good. "_tenant.field" is an XDM path like any other.
std::optional<QString> badFieldPath(const QString &list)
{
    for (QStringView entry : QStringView(list).split(u',')) {
        if (entry.isEmpty())
            return QString();
        for (QStringView part : entry.split(u'.')) {
            if (part.isEmpty() || !std::all_of(part.begin(), part.end(), isPathCharacter))
                return entry.toString();
        }
    }
    return std::nullopt;
}

class RequestChecker
{
public:
    IssueCollector issues{describe};

    void fieldList(const std::optional<QString> &list, const QString &field)
    {
        if (!list)
            return;
        if (const auto bad = badFieldPath(*list))
            issues.add(field, Rule::NotFieldList, -1, *bad);
    }

    // The timestamp when it is valid RFC 3339; an issue otherwise.
    std::optional<QDateTime> timestamp(const std::optional<QString> &text, const QString &field,
                                       int index = -1)
    {
        if (!text)
            return std::nullopt;
        auto parsed = Rfc3339::parse(*text);
        if (!parsed)
            issues.add(field, Rule::NotRfc3339, index, *text);
        return parsed;
    }

    void range(const std::optional<QDateTime> &start, const std::optional<QDateTime> &end,
               const QString &startField, const QString &endField)
    {
        if (start && end && *start > *end)
            issues.add(endField, Rule::StartAfterEnd, -1, startField);
    }
};

} // namespace

ExportJobRequest ExportJobRequest::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    ExportJobRequest request;
    request.fields = in.string("fields"_L1);
    request.mergePolicy = in.record<MergePolicyRef>("mergePolicy"_L1);
    request.filter = in.record<JobFilter>("filter"_L1);
    request.additionalFields = in.record<AdditionalFields>("additionalFields"_L1);
    request.destination = in.record<Destination>("destination"_L1);
    request.schema = in.record<SchemaName>("schema"_L1);
    request.evaluationInfo = in.record<EvaluationInfo>("evaluationInfo"_L1);
    request.extra = in.leftovers();
    return request;
}

DecodeResult<ExportJobRequest> ExportJobRequest::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<ExportJobRequest>::failure(reason);
    return fromJson(*object);
}

ExportJobRequest ExportJobRequest::fromJob(const ExportJob &job)
{
    ExportJobRequest request;
    request.fields = job.fields;
    request.mergePolicy = job.mergePolicy;
    request.filter = job.filter;
    request.additionalFields = job.additionalFields;
    request.schema = job.schema;
    if (job.destination) {
        // Only what a request carries: the batches and batchId are the job's output, and the
        // request always spells the key "datasetId".
        Destination destination;
        destination.datasetId = job.destination->datasetId;
        destination.segmentPerBatch = job.destination->segmentPerBatch;
        request.destination = std::move(destination);
    }
    const QJsonValue evaluation = job.extra.value("evaluationInfo"_L1);
    if (evaluation.isObject())
        request.evaluationInfo = EvaluationInfo::fromJson(evaluation.toObject());
    return request;
}

QJsonObject ExportJobRequest::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "fields"_L1, fields);
    Json::putRecord(out, "mergePolicy"_L1, mergePolicy);
    Json::putRecord(out, "filter"_L1, filter);
    Json::putRecord(out, "additionalFields"_L1, additionalFields);
    Json::putRecord(out, "destination"_L1, destination);
    Json::putRecord(out, "schema"_L1, schema);
    Json::putRecord(out, "evaluationInfo"_L1, evaluationInfo);
    return out;
}

QList<ValidationIssue> ExportJobRequest::validate() const
{
    RequestChecker check;
    IssueCollector &issues = check.issues;
    issues.wrongTypes(extra,
                      {"fields"_L1, "mergePolicy"_L1, "filter"_L1, "additionalFields"_L1,
                       "destination"_L1, "schema"_L1, "evaluationInfo"_L1},
                      QString());

    check.fieldList(fields, u"fields"_s);

    if (mergePolicy) {
        issues.wrongTypes(mergePolicy->extra, {"id"_L1, "version"_L1}, u"mergePolicy."_s);
        issues.required(mergePolicy->id, mergePolicy->extra, "id"_L1, u"mergePolicy."_s);
        if (mergePolicy->version && *mergePolicy->version < 1)
            issues.add(u"mergePolicy.version"_s, Rule::OutOfRange);
    }

    bool hasSegments = false;
    if (filter) {
        issues.wrongTypes(filter->extra,
                          {"segments"_L1, "segmentQualificationTime"_L1, "fromIngestTimestamp"_L1,
                           "emptyProfiles"_L1},
                          u"filter."_s);
        if (filter->segments) {
            hasSegments = !filter->segments->isEmpty();
            QSet<QString> seen;
            for (int i = 0; i < filter->segments->size(); ++i) {
                const SegmentFilter &segment = filter->segments->at(i);
                const QString prefix = u"filter.segments[%1]."_s.arg(i);
                issues.wrongTypes(segment.extra, {"segmentId"_L1, "segmentNs"_L1, "status"_L1},
                                  prefix, i);
                const bool hasId = issues.required(segment.segmentId, segment.extra, "segmentId"_L1,
                                                   prefix, i);
                if (segment.segmentNs && isBlank(*segment.segmentNs))
                    issues.add(prefix + "segmentNs"_L1, Rule::Blank, i);
                if (segment.status) {
                    if (segment.status->isEmpty())
                        issues.add(prefix + "status"_L1, Rule::EmptyList, i);
                    for (const QString &status : *segment.status) {
                        if (!isKnownSegmentStatus(status))
                            issues.add(prefix + "status"_L1, Rule::UnknownValue, i, status);
                    }
                }
                if (hasId) {
                    // An absent namespace is the platform's default, "ups".
                    const QString ns = segment.segmentNs && !isBlank(*segment.segmentNs)
                            ? segment.segmentNs->trimmed().toLower()
                            : u"ups"_s;
                    const QString key = segment.segmentId->trimmed() + u'\n' + ns;
                    if (seen.contains(key))
                        issues.add(prefix + "segmentId"_L1, Rule::Duplicate, i, *segment.segmentId);
                    seen.insert(key);
                }
            }
        }
        if (const auto &time = filter->segmentQualificationTime) {
            const QString prefix = u"filter.segmentQualificationTime."_s;
            issues.wrongTypes(time->extra, {"startTime"_L1, "endTime"_L1}, prefix);
            const auto start = check.timestamp(time->startTime, prefix + "startTime"_L1);
            const auto end = check.timestamp(time->endTime, prefix + "endTime"_L1);
            check.range(start, end, prefix + "startTime"_L1, prefix + "endTime"_L1);
        }
        check.timestamp(filter->fromIngestTimestamp, u"filter.fromIngestTimestamp"_s);
    }

    if (additionalFields) {
        issues.wrongTypes(additionalFields->extra, {"eventList"_L1}, u"additionalFields."_s);
        if (const auto &events = additionalFields->eventList) {
            const QString prefix = u"additionalFields.eventList."_s;
            issues.wrongTypes(events->extra, {"fields"_L1, "filter"_L1}, prefix);
            check.fieldList(events->fields, prefix + "fields"_L1);
            if (const auto &eventFilter = events->filter) {
                const QString filterPrefix = prefix + "filter."_L1;
                issues.wrongTypes(eventFilter->extra,
                                  {"fromIngestTimestamp"_L1, "toIngestTimestamp"_L1}, filterPrefix);
                const auto from = check.timestamp(eventFilter->fromIngestTimestamp,
                                                  filterPrefix + "fromIngestTimestamp"_L1);
                const auto to = check.timestamp(eventFilter->toIngestTimestamp,
                                                filterPrefix + "toIngestTimestamp"_L1);
                check.range(from, to, filterPrefix + "fromIngestTimestamp"_L1,
                            filterPrefix + "toIngestTimestamp"_L1);
            }
        }
    }

    if (destination) {
        const QString prefix = u"destination."_s;
        issues.wrongTypes(destination->extra, {"datasetId"_L1, "segmentPerBatch"_L1}, prefix);
        // A second spelling beside the first is kept verbatim; only a non-string is wrong.
        const QJsonValue otherSpelling = destination->extra.value("dataSetId"_L1);
        if (!otherSpelling.isUndefined() && !otherSpelling.isString())
            issues.add(prefix + "dataSetId"_L1, Rule::WrongType);
        const bool wrongTypedId = destination->extra.contains("datasetId"_L1)
                || (!otherSpelling.isUndefined() && !otherSpelling.isString());
        if (!destination->datasetId) {
            if (!wrongTypedId)
                issues.add(prefix + "datasetId"_L1, Rule::Missing);
        } else if (isBlank(*destination->datasetId)) {
            issues.add(prefix + "datasetId"_L1, Rule::Blank);
        } else if (containsWhitespace(*destination->datasetId)) {
            issues.add(prefix + "datasetId"_L1, Rule::ContainsWhitespace);
        }
        if (destination->segmentPerBatch.value_or(false) && !hasSegments) {
            issues.add(prefix + "segmentPerBatch"_L1, Rule::SegmentPerBatchWithoutSegments, -1,
                       QString(), ValidationIssue::Severity::Warning);
        }
    } else if (!extra.contains("destination"_L1)) {
        issues.add(u"destination.datasetId"_s, Rule::Missing);
    }

    if (schema) {
        issues.wrongTypes(schema->extra, {"name"_L1}, u"schema."_s);
        issues.required(schema->name, schema->extra, "name"_L1, u"schema."_s);
    } else if (!extra.contains("schema"_L1)) {
        issues.add(u"schema.name"_s, Rule::Missing);
    }

    if (evaluationInfo)
        issues.wrongTypes(evaluationInfo->extra, {"segmentation"_L1}, u"evaluationInfo."_s);

    return issues.take();
}

bool ExportJobRequest::isValid() const
{
    const QList<ValidationIssue> issues = validate();
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const ValidationIssue &issue) { return issue.isError(); });
}
