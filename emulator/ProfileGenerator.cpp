#include "ProfileGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Emulator {

namespace {

constexpr qint64 Day = 86400000;
constexpr const char *GenerationVersion = "1";

// SplitMix64: tiny, fast and fully determined by its seed on every platform.
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    qint64 range(qint64 lo, qint64 hi) // [lo, hi]
    {
        return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo + 1));
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
};

QByteArray uuid(Random &r)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out(36, '-');
    const quint64 a = r.next(), b = r.next();
    int bit = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const quint64 word = bit < 16 ? a : b;
        out[i] = hex[(word >> ((bit % 16) * 4)) & 15];
        ++bit;
    }
    out[14] = '4';
    return out;
}

struct Name
{
    const char *display;
    const char *ascii;
};
const Name firstNames[]
        = {{"Aiko", "aiko"},     {"Haruto", "haruto"}, {"Yui", "yui"},       {"Sota", "sota"},
           {"Emma", "emma"},     {"Liam", "liam"},     {"Olivia", "olivia"}, {"Noah", "noah"},
           {"Sakura", "sakura"}, {"Ren", "ren"},       {"Mia", "mia"},       {"Lucas", "lucas"},
           {"葵", "aoi"},        {"陽翔", "hinata"},   {"結衣", "yui"},      {"蓮", "ren"}};
const Name lastNames[] = {{"Sato", "sato"},      {"Suzuki", "suzuki"}, {"Takahashi", "takahashi"},
                          {"Tanaka", "tanaka"},  {"Smith", "smith"},   {"Johnson", "johnson"},
                          {"Brown", "brown"},    {"Garcia", "garcia"}, {"Müller", "mueller"},
                          {"Rossi", "rossi"},    {"佐藤", "sato"},     {"鈴木", "suzuki"},
                          {"高橋", "takahashi"}, {"田中", "tanaka"}};
struct City
{
    const char *name;
    const char *country;
    const char *postalCode;
};
const City cities[]
        = {{"Tokyo", "JP", "100-0001"}, {"Osaka", "JP", "530-0001"}, {"Yokohama", "JP", "220-0001"},
           {"San Jose", "US", "95110"}, {"New York", "US", "10001"}, {"London", "GB", "SW1A 1AA"},
           {"Berlin", "DE", "10115"},   {"Paris", "FR", "75001"}};
const char *streets[] = {"Main Street", "Park Avenue", "Sakura-dori",
                         "Chuo-dori",   "High Street", "Market Street"};
const char *domains[] = {"example.com", "example.net", "example.org", "example.jp"};
struct Browser
{
    const char *name;
    const char *version;
};
const Browser browsers[] = {{"Chrome", "120.0.6099.109"},
                            {"Firefox", "121.0"},
                            {"Safari", "17.2"},
                            {"Edge", "120.0.2210.91"}};
const char *eventTypes[]
        = {"web.webpagedetails.pageViews", "commerce.productViews", "commerce.purchases"};

struct SegmentTemplate
{
    const char *name;
    const char *description;
    const char *pql;
    double rate; // share of profiles with a record that are members
    double exitRate; // share of members that have exited
};
const SegmentTemplate segmentTemplates[] = {
        {"All profiles", "Every profile with a profile record", "true", 1.0, 0.0},
        {"High-value customers", "Lifetime purchases above 1,000 USD",
         "person.loyalty.points > 1000", 0.25, 0.15},
        {"Newsletter subscribers", "Profiles that opted in to the newsletter",
         "personalEmail.address.isNotNull()", 0.6, 0.15},
        {"Cart abandoners", "Added to cart in the last 7 days without buying",
         "chain(xEvent, timestamp, [A: WHAT(eventType = \"commerce.productListAdds\")])", 0.2,
         0.15},
        {"Lapsed customers", "No purchase in the last 180 days",
         "not(xEvent.any(eventType = \"commerce.purchases\"))", 0.15, 0.6},
        {"Residents of Japan", "Home address in Japan", "homeAddress.countryCode = \"JP\"", 0.0,
         0.0},
};
constexpr int SegmentCount = int(std::size(segmentTemplates));

struct PolicyTemplate
{
    const char *name;
    const char *graph;
    const char *merge;
    int version;
    bool edge;
};
const PolicyTemplate policyTemplates[] = {
        {"Default Timebased", "pdg", "timestampOrdered", 1, false},
        {"Dataset precedence", "pdg", "dataSetPrecedence", 2, false},
        {"No identity stitching", "none", "timestampOrdered", 1, false},
        {"Edge timebased", "pdg", "timestampOrdered", 1, true},
        {"Private graph", "pdg", "timestampOrdered", 3, false},
};

QJsonObject sandboxObject(const Tenant &tenant)
{
    return QJsonObject{{QStringLiteral("sandboxName"), tenant.sandbox},
                       {QStringLiteral("type"),
                        tenant.sandbox == u"prod" ? QStringLiteral("production")
                                                  : QStringLiteral("development")},
                       {QStringLiteral("default"), tenant.sandbox == u"prod"}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ecid(Random &r)
{
    QByteArray out = QByteArray::number(r.next() % 9000000000000000000ull + 1000000000000000000ull);
    out += QByteArray::number(r.next() % 9000000000000000000ull + 1000000000000000000ull);
    return out;
}

} // namespace

const char *ProfileGenerator::statusName(int status)
{
    switch (status) {
    case Realized:
        return "realized";
    case Existing:
        return "existing";
    default:
        return "exited";
    }
}

ProfileGenerator::ProfileGenerator(StateStore &store, quint64 seed)
    : m_store(store)
    , m_seed(seed)
{ }

int ProfileGenerator::emptyProfileCount(int profiles)
{
    return profiles <= 0 ? 0 : std::max(1, profiles / 20);
}

bool ProfileGenerator::ensureTenant(const Tenant &tenant, int profiles, int mergePolicyCount,
                                    QString *error)
{
    const QByteArray catalogueKey = "catalogue:" + QByteArray::number(tenant.id);
    const QString catalogueValue = QStringLiteral("%1:%2:%3")
                                           .arg(m_seed)
                                           .arg(mergePolicyCount)
                                           .arg(QLatin1String(GenerationVersion));
    if (m_store.meta(catalogueKey.constData()) != catalogueValue) {
        if (!generateCatalogue(tenant, mergePolicyCount)) {
            *error = m_store.db().lastError();
            return false;
        }
        m_store.setMeta(catalogueKey.constData(), catalogueValue);
    }
    const QByteArray profileKey = "profiles:" + QByteArray::number(tenant.id);
    const QString profileValue = QStringLiteral("%1:%2:%3")
                                         .arg(m_seed)
                                         .arg(profiles)
                                         .arg(QLatin1String(GenerationVersion));
    if (m_store.meta(profileKey.constData()) != profileValue) {
        if (!generateProfiles(tenant, profiles)) {
            *error = m_store.db().lastError();
            return false;
        }
        m_store.setMeta(profileKey.constData(), profileValue);
    }
    return true;
}

bool ProfileGenerator::generateCatalogue(const Tenant &tenant, int mergePolicyCount)
{
    SqliteDatabase &db = m_store.db();
    Random r{m_seed * 1000003u + quint64(tenant.id) * 7919u};
    SqliteTransaction transaction(db);
    db.cached("DELETE FROM segments WHERE tenant = ?").bind(1, tenant.id).exec();
    db.cached("DELETE FROM merge_policies WHERE tenant = ?").bind(1, tenant.id).exec();
    db.cached("DELETE FROM audiences WHERE tenant = ?").bind(1, tenant.id).exec();

    // Which templates this sandbox gets: the org's five policies are shared out between
    // its sandboxes, the first being each sandbox's default.
    const int offset = tenant.sandbox == u"prod" ? 0 : 3;
    QString defaultPolicyId;
    for (int i = 0; i < mergePolicyCount && i < 5; ++i) {
        const PolicyTemplate &t = policyTemplates[i == 0 ? 0 : (offset + i) % 5];
        const QString id = QString::fromLatin1(uuid(r));
        if (i == 0)
            defaultPolicyId = id;
        const QJsonObject policy{
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), QString::fromUtf8(t.name)},
                {QStringLiteral("imsOrgId"), tenant.org},
                {QStringLiteral("sandbox"), sandboxObject(tenant)},
                {QStringLiteral("schema"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
                {QStringLiteral("version"), t.version},
                {QStringLiteral("identityGraph"),
                 QJsonObject{{QStringLiteral("type"), QString::fromLatin1(t.graph)}}},
                {QStringLiteral("attributeMerge"),
                 QJsonObject{{QStringLiteral("type"), QString::fromLatin1(t.merge)}}},
                {QStringLiteral("isActiveOnEdge"), t.edge},
                {QStringLiteral("default"), i == 0},
                {QStringLiteral("updateEpoch"), double(ReferenceTimeMs / 1000 - 86400 * (i + 3))},
        };
        db.cached("INSERT INTO merge_policies(tenant, seq, id, is_default, version, json) "
                  "VALUES(?, ?, ?, ?, ?, ?)")
                .bind(1, tenant.id)
                .bind(2, i)
                .bind(3, id)
                .bind(4, i == 0 ? 1 : 0)
                .bind(5, t.version)
                .bind(6, compact(policy))
                .exec();
    }

    int audienceSeq = 0;
    auto addAudience = [&](const QString &audienceId, const QString &name, const QString &ns) {
        const QJsonObject audience{{QStringLiteral("id"), QString::fromLatin1(uuid(r))},
                                   {QStringLiteral("audienceId"), audienceId},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("namespace"), ns},
                                   {QStringLiteral("imsOrgId"), tenant.org},
                                   {QStringLiteral("sandbox"), sandboxObject(tenant)}};
        db.cached("INSERT INTO audiences(tenant, seq, audience_id, namespace, json) "
                  "VALUES(?, ?, ?, ?, ?)")
                .bind(1, tenant.id)
                .bind(2, audienceSeq++)
                .bind(3, audienceId)
                .bind(4, ns)
                .bind(5, compact(audience))
                .exec();
    };

    for (int i = 0; i < SegmentCount; ++i) {
        const SegmentTemplate &t = segmentTemplates[i];
        const QString id = QString::fromLatin1(uuid(r));
        const qint64 created = ReferenceTimeMs - Day * (400 - 30 * i);
        const qint64 updated = created + Day * (10 + i);
        const QJsonObject segment{
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), QString::fromUtf8(t.name)},
                {QStringLiteral("description"), QString::fromUtf8(t.description)},
                {QStringLiteral("imsOrgId"), tenant.org},
                {QStringLiteral("sandbox"), sandboxObject(tenant)},
                {QStringLiteral("schema"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
                {QStringLiteral("profileInstanceId"), QStringLiteral("ups")},
                {QStringLiteral("mergePolicyId"), defaultPolicyId},
                {QStringLiteral("expression"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("PQL")},
                             {QStringLiteral("format"), QStringLiteral("pql/text")},
                             {QStringLiteral("value"), QString::fromUtf8(t.pql)}}},
                {QStringLiteral("evaluationInfo"),
                 QJsonObject{
                         {QStringLiteral("batch"), QJsonObject{{QStringLiteral("enabled"), true}}},
                         {QStringLiteral("continuous"),
                          QJsonObject{{QStringLiteral("enabled"), i % 2 == 1}}},
                         {QStringLiteral("synchronous"),
                          QJsonObject{{QStringLiteral("enabled"), false}}}}},
                {QStringLiteral("dataGovernancePolicy"),
                 QJsonObject{{QStringLiteral("excludeOptOut"), true}}},
                {QStringLiteral("creationTime"), double(created)},
                {QStringLiteral("updateTime"), double(updated)},
                {QStringLiteral("updateEpoch"), double(updated / 1000)},
        };
        db.cached("INSERT INTO segments(tenant, idx, id, name, created, updated, json) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?)")
                .bind(1, tenant.id)
                .bind(2, i)
                .bind(3, id)
                .bind(4, QString::fromUtf8(t.name))
                .bind(5, created)
                .bind(6, updated)
                .bind(7, compact(segment))
                .exec();
        addAudience(id, QString::fromUtf8(t.name), QStringLiteral("AEPSegments"));
    }
    addAudience(QStringLiteral("1234567"), QStringLiteral("Site visitors (Audience Manager)"),
                QStringLiteral("AAM"));
    addAudience(QStringLiteral("2345678"), QStringLiteral("Loyalty members (Audience Manager)"),
                QStringLiteral("AAMSegments"));
    addAudience(QStringLiteral("3456789"), QStringLiteral("Clicked a campaign email"),
                QStringLiteral("AAMTraits"));
    return transaction.commit();
}

bool ProfileGenerator::generateProfiles(const Tenant &tenant, int profiles)
{
    SqliteDatabase &db = m_store.db();
    Random r{m_seed * 2654435761u + quint64(tenant.id) * 40503u + 17};
    for (const char *sql :
         {"DELETE FROM profiles WHERE tenant = ?", "DELETE FROM memberships WHERE tenant = ?",
          "DELETE FROM events WHERE tenant = ?"}) {
        SqliteStatement clear(db.handle(), sql);
        if (!clear.bind(1, tenant.id).exec())
            return false;
    }

    SqliteStatement insertProfile(
            db.handle(),
            "INSERT INTO profiles(tenant, id, has_record, ecid, email, crm, first_name, "
            "last_name, street, city, postal_code, country, created, updated) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertMembership(
            db.handle(),
            "INSERT INTO memberships(tenant, profile, segment, status, qualified) "
            "VALUES(?, ?, ?, ?, ?)");
    SqliteStatement insertEvent(
            db.handle(),
            "INSERT INTO events(tenant, profile, seq, event_id, ts, ingested, event_type, "
            "browser, browser_version, url) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    const int empties = emptyProfileCount(profiles);
    const int total = profiles + empties;
    int emitted = 0, emptyEmitted = 0, recordsEmitted = 0;
    qint64 id = 0;
    db.exec("BEGIN IMMEDIATE");
    while (emitted < total) {
        // One profile in twenty-one has only ExperienceEvents.
        const bool wantEmpty = emptyEmitted < empties
                && (recordsEmitted >= profiles || emptyEmitted < recordsEmitted / 20);
        const bool hasRecord = !wantEmpty;
        ++id;
        ++emitted;
        const QByteArray profileEcid = ecid(r);

        // Events first: a profile's update time follows its latest ingestion.
        const int eventCount
                = hasRecord ? (r.chance(0.35) ? int(r.range(1, 4)) : 0) : int(r.range(1, 3));
        qint64 latestIngest = 0, firstIngest = ReferenceTimeMs;
        for (int e = 0; e < eventCount; ++e) {
            const qint64 ts = ReferenceTimeMs - r.range(Day / 24, 180 * Day);
            const qint64 ingested = ts + r.range(1000, 15 * 60 * 1000);
            latestIngest = std::max(latestIngest, ingested);
            firstIngest = std::min(firstIngest, ingested);
            const Browser &b = browsers[r.next() % std::size(browsers)];
            insertEvent.bind(1, tenant.id)
                    .bind(2, id)
                    .bind(3, e)
                    .bind(4, uuid(r))
                    .bind(5, ts)
                    .bind(6, ingested)
                    .bind(7, QByteArray(eventTypes[r.next() % std::size(eventTypes)]))
                    .bind(8, QByteArray(b.name))
                    .bind(9, QByteArray(b.version))
                    .bind(10,
                          "https://shop.example.com/p/" + QByteArray::number(r.range(100, 999)));
            if (!insertEvent.exec())
                return false;
        }

        insertProfile.bind(1, tenant.id)
                .bind(2, id)
                .bind(3, hasRecord ? 1 : 0)
                .bind(4, profileEcid);
        if (hasRecord) {
            ++recordsEmitted;
            const Name &first = firstNames[r.next() % std::size(firstNames)];
            const Name &last = lastNames[r.next() % std::size(lastNames)];
            const City &city = cities[r.next() % std::size(cities)];
            const qint64 created = ReferenceTimeMs - r.range(30 * Day, 730 * Day);
            const qint64 updated
                    = std::max(created + r.range(0, ReferenceTimeMs - created - Day), latestIngest);
            const bool hasEmail = r.chance(0.85);
            const bool hasCrm = r.chance(0.6);
            if (hasEmail)
                insertProfile.bind(5,
                                   QByteArray(first.ascii) + '.' + last.ascii
                                           + QByteArray::number(id) + '@'
                                           + domains[r.next() % std::size(domains)]);
            if (hasCrm)
                insertProfile.bind(6, "CRM" + QByteArray::number(10000000 + id * 7));
            insertProfile.bind(7, QByteArray(first.display))
                    .bind(8, QByteArray(last.display))
                    .bind(9,
                          QByteArray::number(r.range(1, 999)) + ' '
                                  + streets[r.next() % std::size(streets)])
                    .bind(10, QByteArray(city.name))
                    .bind(11, QByteArray(city.postalCode))
                    .bind(12, QByteArray(city.country))
                    .bind(13, created)
                    .bind(14, updated);

            for (int s = 0; s < SegmentCount; ++s) {
                const SegmentTemplate &t = segmentTemplates[s];
                const bool member = s == SegmentCount - 1 ? qstrcmp(city.country, "JP") == 0
                        : s == 2                          ? hasEmail && r.chance(t.rate)
                                                          : r.chance(t.rate);
                if (!member)
                    continue;
                const qint64 qualified = ReferenceTimeMs
                        - r.range(Day / 24, std::min<qint64>(ReferenceTimeMs - created, 400 * Day));
                int status = ReferenceTimeMs - qualified < 14 * Day ? Realized : Existing;
                if (r.chance(t.exitRate))
                    status = Exited;
                insertMembership.bind(1, tenant.id)
                        .bind(2, id)
                        .bind(3, s)
                        .bind(4, status)
                        .bind(5, qualified);
                if (!insertMembership.exec())
                    return false;
            }
        } else {
            ++emptyEmitted;
            insertProfile.bind(13, firstIngest).bind(14, latestIngest);
        }
        if (!insertProfile.exec())
            return false;
        if (emitted % 100000 == 0) {
            db.exec("COMMIT");
            db.exec("BEGIN IMMEDIATE");
        }
    }
    return db.exec("COMMIT");
}

} // namespace Emulator
