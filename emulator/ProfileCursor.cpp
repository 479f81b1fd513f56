#include "ProfileCursor.h"

#include "ExportRequest.h"

namespace Emulator {

namespace {

std::string_view text(const SqliteStatement &s, int column)
{
    int size = 0;
    const char *data = s.data(column, &size);
    return data ? std::string_view(data, std::size_t(size)) : std::string_view();
}

QByteArray profileSql(const ExportRequest &request)
{
    const FieldSelection::Node *sel = request.fields.root();
    const auto *person = sel->child("person");
    const auto *name = person ? person->child("name") : nullptr;
    const auto *home = sel->child("homeAddress");
    const auto *repo = sel->child("_repo");
    // Columns nobody asked for are read as NULL: SQLite skips decoding them.
    const auto column
            = [](const FieldSelection::Node *parent, const char *field, const char *sqlColumn) {
                  return QByteArray(parent && parent->child(field) ? sqlColumn : "NULL");
              };
    QByteArray sql = "SELECT id, has_record, ecid, email, crm, "
            + column(name, "firstName", "first_name") + ", " + column(name, "lastName", "last_name")
            + ", " + column(home, "street1", "street") + ", " + column(home, "city", "city") + ", "
            + column(home, "postalCode", "postal_code") + ", "
            + column(home, "countryCode", "country") + ", " + column(repo, "createDate", "created")
            + ", " + column(repo, "lastModifiedDate", "updated")
            + " FROM profiles WHERE tenant = ?1";
    if (!request.emptyProfiles)
        sql += " AND has_record = 1";
    if (request.fromIngest)
        sql += " AND updated > ?2";
    sql += " AND id BETWEEN ?3 AND ?4 ORDER BY id";
    return sql;
}

QByteArray membershipSql(const ExportRequest &request, const std::vector<int> &selectorSegment)
{
    QByteArray sql = "SELECT profile, segment, status, qualified FROM memberships "
                     "WHERE tenant = ?1";
    // Only the filter's segments matter unless the record shows every membership.
    if (!request.fields.root()->child("segmentMembership") && !request.segments.isEmpty()) {
        QByteArray list;
        for (int s : selectorSegment) {
            if (s >= 0)
                list += (list.isEmpty() ? "" : ",") + QByteArray::number(s);
        }
        sql += " AND segment IN (" + (list.isEmpty() ? QByteArray("-1") : list) + ")";
    }
    sql += " AND profile BETWEEN ?2 AND ?3 ORDER BY profile, segment";
    return sql;
}

QByteArray eventSql(const ExportRequest &request)
{
    QByteArray sql = "SELECT profile, event_id, ts, ingested, event_type, browser, "
                     "browser_version, url FROM events WHERE tenant = ?1";
    if (request.eventFrom)
        sql += " AND ingested > ?2";
    if (request.eventTo)
        sql += " AND ingested <= ?3";
    sql += " AND profile BETWEEN ?4 AND ?5 ORDER BY profile, seq";
    return sql;
}

} // namespace

ProfileCursor::ProfileCursor(SqliteDatabase &db, const ExportRequest &request, qint64 tenant,
                             const std::vector<int> &selectorSegment, qint64 fromId, qint64 toId)
    : m_request(request)
{
    m_profiles = std::make_unique<SqliteStatement>(db.handle(), profileSql(request).constData());
    m_profiles->bind(1, tenant).bind(3, fromId).bind(4, toId);
    if (request.fromIngest)
        m_profiles->bind(2, *request.fromIngest);

    m_memberships = std::make_unique<SqliteStatement>(
            db.handle(), membershipSql(request, selectorSegment).constData());
    m_memberships->bind(1, tenant).bind(2, fromId).bind(3, toId);
    const bool needMemberships = request.fields.root()->child("segmentMembership")
            || !request.segments.isEmpty() || request.qualificationStart
            || request.qualificationEnd;
    m_membershipRow = needMemberships && m_memberships->step();

    m_events = std::make_unique<SqliteStatement>(db.handle(), eventSql(request).constData());
    m_events->bind(1, tenant).bind(4, fromId).bind(5, toId);
    if (request.eventFrom)
        m_events->bind(2, *request.eventFrom);
    if (request.eventTo)
        m_events->bind(3, *request.eventTo);
    m_eventRow = request.hasEventList && m_events->step();
}

ProfileCursor::~ProfileCursor() = default;

bool ProfileCursor::failed() const
{
    return m_profiles->failed() || m_memberships->failed() || m_events->failed();
}

bool ProfileCursor::next()
{
    if (!m_profiles->step())
        return false;
    const SqliteStatement &p = *m_profiles;
    ProfileRecord &r = m_record;
    r.id = p.int64(0);
    r.hasRecord = p.int64(1) != 0;
    r.ecid = text(p, 2);
    r.hasEmail = !p.isNull(3);
    r.hasCrm = !p.isNull(4);
    r.email = text(p, 3);
    r.crm = text(p, 4);
    r.firstName = text(p, 5);
    r.lastName = text(p, 6);
    r.street = text(p, 7);
    r.city = text(p, 8);
    r.postalCode = text(p, 9);
    r.countryCode = text(p, 10);
    r.created = p.int64(11);
    r.modified = p.int64(12);

    m_member.clear();
    SqliteStatement &m = *m_memberships;
    while (m_membershipRow && m.int64(0) < r.id)
        m_membershipRow = m.step();
    while (m_membershipRow && m.int64(0) == r.id) {
        m_member.push_back({int(m.int64(1)), int(m.int64(2)), m.int64(3)});
        m_membershipRow = m.step();
    }
    r.memberships = m_member.data();
    r.membershipCount = int(m_member.size());
    r.events = nullptr;
    r.eventCount = 0;
    return true;
}

void ProfileCursor::readEvents()
{
    SqliteStatement &e = *m_events;
    const qint64 id = m_record.id;
    while (m_eventRow && e.int64(0) < id)
        m_eventRow = e.step();
    std::size_t count = 0;
    while (m_eventRow && e.int64(0) == id) {
        if (m_eventPool.size() <= count)
            m_eventPool.emplace_back();
        ProfileEvent &event = m_eventPool[count++];
        event.id.assign(text(e, 1));
        event.timestamp = e.int64(2);
        event.ingested = e.int64(3);
        event.type.assign(text(e, 4));
        event.browser.assign(text(e, 5));
        event.version.assign(text(e, 6));
        event.url.assign(text(e, 7));
        m_eventRow = e.step();
    }
    m_record.events = m_eventPool.data();
    m_record.eventCount = int(count);
}

} // namespace Emulator
