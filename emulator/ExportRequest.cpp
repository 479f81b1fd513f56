#include "ExportRequest.h"

#include "ProfileGenerator.h"
#include "Rfc3339.h"

#include <QJsonArray>

#include <cmath>

namespace Emulator {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("undefined");
    }
}

QString wrongType(const QString &field, const char *expected, const QJsonValue &v)
{
    return QStringLiteral("%1 must be %2, not %3").arg(field, QLatin1String(expected), typeName(v));
}

// Reads an optional RFC 3339 timestamp at o[key].
QString timestamp(const QJsonObject &o, const QString &key, const QString &field,
                  std::optional<qint64> *out)
{
    if (!o.contains(key))
        return QString();
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return wrongType(field, "an RFC 3339 date-time string", v);
    const auto ms = Rfc3339::parse(v.toString());
    if (!ms)
        return QStringLiteral("%1 '%2' is not an RFC 3339 date-time "
                              "(e.g. 2019-09-01T00:00:00Z or 2018-10-25T13:22:04-07:00)")
                .arg(field, v.toString());
    *out = *ms;
    return QString();
}

QString optionalBool(const QJsonObject &o, const QString &key, const QString &field, bool *out)
{
    if (!o.contains(key))
        return QString();
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        return wrongType(field, "true or false", v);
    *out = v.toBool();
    return QString();
}

QString parseSegments(const QJsonValue &value, ExportRequest *request)
{
    if (!value.isArray())
        return wrongType(QStringLiteral("filter.segments"), "an array", value);
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return QStringLiteral("filter.segments must list at least one segment; leave it out to "
                              "export every profile");
    if (array.size() > 100)
        return QStringLiteral("filter.segments lists %1 segments; at most 100 are allowed")
                .arg(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("filter.segments[%1]").arg(i);
        if (!array[i].isObject())
            return wrongType(path, "an object", array[i]);
        const QJsonObject o = array[i].toObject();
        SegmentSelector s;
        if (!o.contains(u"segmentId"))
            return path + QStringLiteral(".segmentId is required");
        if (!o.value(u"segmentId").isString())
            return wrongType(path + QStringLiteral(".segmentId"), "a string",
                             o.value(u"segmentId"));
        s.segmentId = o.value(u"segmentId").toString().trimmed();
        if (s.segmentId.isEmpty())
            return path + QStringLiteral(".segmentId must not be empty");
        for (const SegmentSelector &earlier : std::as_const(request->segments)) {
            if (earlier.segmentId == s.segmentId)
                return QStringLiteral("%1.segmentId '%2' is listed more than once")
                        .arg(path, s.segmentId);
        }
        s.segmentNs = QStringLiteral("ups");
        if (o.contains(u"segmentNs")) {
            if (!o.value(u"segmentNs").isString() || o.value(u"segmentNs").toString().isEmpty())
                return wrongType(path + QStringLiteral(".segmentNs"), "a non-empty string",
                                 o.value(u"segmentNs"));
            s.segmentNs = o.value(u"segmentNs").toString();
        }
        if (o.contains(u"status")) {
            const QJsonValue st = o.value(u"status");
            if (!st.isArray())
                return wrongType(path + QStringLiteral(".status"), "an array of strings", st);
            const QJsonArray statuses = st.toArray();
            if (statuses.isEmpty())
                return path
                        + QStringLiteral(
                                ".status must list at least one of realized, existing, exited");
            for (qsizetype k = 0; k < statuses.size(); ++k) {
                const QString field = QStringLiteral("%1.status[%2]").arg(path).arg(k);
                if (!statuses[k].isString())
                    return wrongType(field, "a string", statuses[k]);
                const QString name = statuses[k].toString();
                int bit = -1;
                if (name == u"realized")
                    bit = ProfileGenerator::Realized;
                else if (name == u"existing")
                    bit = ProfileGenerator::Existing;
                else if (name == u"exited")
                    bit = ProfileGenerator::Exited;
                if (bit < 0)
                    return QStringLiteral("%1 '%2' is not a segment status; use realized, "
                                          "existing or exited")
                            .arg(field, name);
                if (!(s.statusMask & (1 << bit)))
                    s.statuses << name;
                s.statusMask |= 1 << bit;
            }
        } else {
            s.statuses = {QStringLiteral("realized"), QStringLiteral("existing")};
            s.statusMask = (1 << ProfileGenerator::Realized) | (1 << ProfileGenerator::Existing);
        }
        request->segments.append(s);
    }
    return QString();
}

QString parseFilter(const QJsonValue &value, ExportRequest *request)
{
    if (!value.isObject())
        return wrongType(QStringLiteral("filter"), "an object", value);
    const QJsonObject filter = value.toObject();
    if (filter.contains(u"segments")) {
        if (QString e = parseSegments(filter.value(u"segments"), request); !e.isEmpty())
            return e;
    }
    if (filter.contains(u"segmentQualificationTime")) {
        const QJsonValue q = filter.value(u"segmentQualificationTime");
        if (!q.isObject())
            return wrongType(QStringLiteral("filter.segmentQualificationTime"), "an object", q);
        const QJsonObject qo = q.toObject();
        if (QString e = timestamp(qo, QStringLiteral("startTime"),
                                  QStringLiteral("filter.segmentQualificationTime.startTime"),
                                  &request->qualificationStart);
            !e.isEmpty())
            return e;
        if (QString e = timestamp(qo, QStringLiteral("endTime"),
                                  QStringLiteral("filter.segmentQualificationTime.endTime"),
                                  &request->qualificationEnd);
            !e.isEmpty())
            return e;
        if (request->qualificationStart && request->qualificationEnd
            && *request->qualificationStart > *request->qualificationEnd)
            return QStringLiteral("filter.segmentQualificationTime.startTime is after endTime");
    }
    if (QString e = timestamp(filter, QStringLiteral("fromIngestTimestamp"),
                              QStringLiteral("filter.fromIngestTimestamp"), &request->fromIngest);
        !e.isEmpty())
        return e;
    return optionalBool(filter, QStringLiteral("emptyProfiles"),
                        QStringLiteral("filter.emptyProfiles"), &request->emptyProfiles);
}

QString parseAdditionalFields(const QJsonValue &value, ExportRequest *request)
{
    if (!value.isObject())
        return wrongType(QStringLiteral("additionalFields"), "an object", value);
    const QJsonObject additional = value.toObject();
    if (!additional.contains(u"eventList"))
        return QString();
    const QJsonValue ev = additional.value(u"eventList");
    if (!ev.isObject())
        return wrongType(QStringLiteral("additionalFields.eventList"), "an object", ev);
    request->hasEventList = true;
    const QJsonObject eventList = ev.toObject();
    if (eventList.contains(u"fields")) {
        const QJsonValue f = eventList.value(u"fields");
        if (!f.isString())
            return wrongType(QStringLiteral("additionalFields.eventList.fields"), "a string", f);
        const QString e = FieldSelection::parse(f.toString(), &request->eventFields);
        if (!e.isEmpty())
            return QStringLiteral("additionalFields.eventList.") + e;
        request->hasEventFields = true;
    }
    if (eventList.contains(u"filter")) {
        const QJsonValue f = eventList.value(u"filter");
        if (!f.isObject())
            return wrongType(QStringLiteral("additionalFields.eventList.filter"), "an object", f);
        const QJsonObject fo = f.toObject();
        if (QString e
            = timestamp(fo, QStringLiteral("fromIngestTimestamp"),
                        QStringLiteral("additionalFields.eventList.filter.fromIngestTimestamp"),
                        &request->eventFrom);
            !e.isEmpty())
            return e;
        if (QString e
            = timestamp(fo, QStringLiteral("toIngestTimestamp"),
                        QStringLiteral("additionalFields.eventList.filter.toIngestTimestamp"),
                        &request->eventTo);
            !e.isEmpty())
            return e;
        if (request->eventFrom && request->eventTo && *request->eventFrom > *request->eventTo)
            return QStringLiteral("additionalFields.eventList.filter.fromIngestTimestamp is after "
                                  "toIngestTimestamp");
    }
    return QString();
}

} // namespace

QString ExportRequest::parse(const QJsonObject &body, ExportRequest *request)
{
    ExportRequest r;
    if (body.contains(u"fields")) {
        const QJsonValue f = body.value(u"fields");
        if (!f.isString())
            return wrongType(QStringLiteral("fields"), "a comma-separated string of dot paths", f);
        const QString e = FieldSelection::parse(f.toString(), &r.fields);
        if (!e.isEmpty())
            return e;
        r.hasFields = true;
    }
    if (body.contains(u"mergePolicy")) {
        const QJsonValue m = body.value(u"mergePolicy");
        if (!m.isObject())
            return wrongType(QStringLiteral("mergePolicy"), "an object", m);
        const QJsonObject mo = m.toObject();
        if (!mo.contains(u"id"))
            return QStringLiteral("mergePolicy.id is required when mergePolicy is given");
        if (!mo.value(u"id").isString() || mo.value(u"id").toString().trimmed().isEmpty())
            return wrongType(QStringLiteral("mergePolicy.id"), "a non-empty string",
                             mo.value(u"id"));
        r.mergePolicyId = mo.value(u"id").toString().trimmed();
        if (mo.contains(u"version")) {
            const QJsonValue v = mo.value(u"version");
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 1e6)
                return QStringLiteral("mergePolicy.version must be a whole number from 1, not %1")
                        .arg(v.isDouble() ? QString::number(d) : typeName(v));
            r.mergePolicyVersion = int(d);
        }
    }
    if (body.contains(u"filter")) {
        if (QString e = parseFilter(body.value(u"filter"), &r); !e.isEmpty())
            return e;
    }
    if (body.contains(u"additionalFields")) {
        if (QString e = parseAdditionalFields(body.value(u"additionalFields"), &r); !e.isEmpty())
            return e;
    }

    if (!body.contains(u"destination"))
        return QStringLiteral("destination is required (destination.datasetId names the dataset "
                              "to write into)");
    const QJsonValue d = body.value(u"destination");
    if (!d.isObject())
        return wrongType(QStringLiteral("destination"), "an object", d);
    const QJsonObject destination = d.toObject();
    const QString idKey = destination.contains(u"datasetId") ? QStringLiteral("datasetId")
                                                             : QStringLiteral("dataSetId");
    if (!destination.contains(idKey))
        return QStringLiteral("destination.datasetId is required");
    if (!destination.value(idKey).isString()
        || destination.value(idKey).toString().trimmed().isEmpty())
        return wrongType(QStringLiteral("destination.") + idKey, "a non-empty string",
                         destination.value(idKey));
    r.datasetId = destination.value(idKey).toString().trimmed();
    if (QString e = optionalBool(destination, QStringLiteral("segmentPerBatch"),
                                 QStringLiteral("destination.segmentPerBatch"), &r.segmentPerBatch);
        !e.isEmpty())
        return e;

    if (!body.contains(u"schema"))
        return QStringLiteral("schema is required: {\"name\": \"_xdm.context.profile\"}");
    const QJsonValue s = body.value(u"schema");
    if (!s.isObject())
        return wrongType(QStringLiteral("schema"), "an object", s);
    const QJsonValue name = s.toObject().value(u"name");
    if (name.isUndefined())
        return QStringLiteral("schema.name is required");
    if (!name.isString())
        return wrongType(QStringLiteral("schema.name"), "a string", name);
    if (name.toString() != u"_xdm.context.profile")
        return QStringLiteral("schema.name '%1' is not supported; profile exports use "
                              "'_xdm.context.profile'")
                .arg(name.toString());

    if (body.contains(u"evaluationInfo")) {
        const QJsonValue e = body.value(u"evaluationInfo");
        if (!e.isObject())
            return wrongType(QStringLiteral("evaluationInfo"), "an object", e);
        bool segmentation = false;
        if (QString err
            = optionalBool(e.toObject(), QStringLiteral("segmentation"),
                           QStringLiteral("evaluationInfo.segmentation"), &segmentation);
            !err.isEmpty())
            return err;
    }
    *request = std::move(r);
    return QString();
}

} // namespace Emulator
