#include "ConnectionStore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace {

const QString kListKey = QStringLiteral("connections/list");
const QString kCurrentKey = QStringLiteral("connections/current");
const QString kSandboxesKey = QStringLiteral("connections/recentSandboxes/");
constexpr int kRecentSandboxes = 8;

} // namespace

ConnectionStore::ConnectionStore(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    m_local.name = localPlatformName();
    m_local.kind = Connection::Kind::LocalPlatform;
    m_local.sandbox = QStringLiteral("prod");
    load();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

ConnectionStore::~ConnectionStore() = default;

QString ConnectionStore::localPlatformName()
{
    return QStringLiteral("local-platform");
}

QString ConnectionStore::displayName(const Connection &connection)
{
    if (connection.kind == Connection::Kind::LocalPlatform)
        return tr("Local platform");
    return connection.name;
}

bool ConnectionStore::isProductionSandbox(const QString &sandbox)
{
    const QString name = sandbox.trimmed().toLower();
    return name == u"prod" || name.startsWith(u"prod-") || name.startsWith(u"prod_")
            || name.contains(u"production");
}

QString ConnectionStore::historyKey(const Connection &connection)
{
    if (connection.kind == Connection::Kind::LocalPlatform)
        return u"local|"_qs + connection.orgId;
    return connection.baseUrl.host().toLower() + u'|' + connection.orgId;
}

void ConnectionStore::load()
{
    m_saved.clear();
    const QJsonArray list
            = QJsonDocument::fromJson(m_settings->value(kListKey).toString().toUtf8()).array();
    for (const QJsonValue &value : list) {
        Connection connection = Connection::fromJson(value.toObject());
        connection.kind = Connection::Kind::Platform;
        if (!connection.name.isEmpty() && connection.name != localPlatformName()
            && !find(connection.name))
            m_saved.append(connection);
    }
    m_current = m_settings->value(kCurrentKey).toString();
    if (!find(m_current))
        m_current = localPlatformName();
    const QStringList recent = recentSandboxes(localPlatformName());
    if (!recent.isEmpty())
        m_local.sandbox = recent.first();
}

void ConnectionStore::store()
{
    QJsonArray list;
    for (const Connection &connection : std::as_const(m_saved))
        list.append(connection.toJson());
    m_settings->setValue(kListKey,
                         QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    m_settings->setValue(kCurrentKey, m_current);
    m_settings->sync();
}

int ConnectionStore::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_saved.size()) + 1;
}

const Connection *ConnectionStore::at(int row) const
{
    if (row == 0)
        return &m_local;
    if (row > 0 && row <= m_saved.size())
        return &m_saved[row - 1];
    return nullptr;
}

QVariant ConnectionStore::data(const QModelIndex &index, int role) const
{
    const Connection *connection = at(index.row());
    if (!connection || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayName(*connection);
    case Qt::ToolTipRole:
        return connection->kind == Connection::Kind::LocalPlatform
                ? tr("The platform emulator built into Export Studio, on this computer")
                : connection->baseUrl.toDisplayString();
    case NameRole:
        return connection->name;
    case IsLocalRole:
        return connection->kind == Connection::Kind::LocalPlatform;
    case IsProductionRole:
        return isProductionSandbox(connection->sandbox);
    case BaseUrlRole:
        return connection->baseUrl;
    case SandboxRole:
        return connection->sandbox;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionStore::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(IsLocalRole, "isLocal");
    names.insert(IsProductionRole, "isProduction");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(SandboxRole, "sandbox");
    return names;
}

void ConnectionStore::setLocalPlatform(const QUrl &baseUrl, const QString &orgId,
                                       const QString &clientId, const QString &sandbox,
                                       const QStringList &scopes)
{
    m_local.baseUrl = baseUrl;
    m_local.imsUrl = baseUrl;
    m_local.orgId = orgId;
    m_local.clientId = clientId;
    m_local.authMethod = Connection::AuthMethod::OAuthServerToServer;
    // OAuth needs at least one scope to be a valid connection.
    m_local.scopes = scopes.isEmpty() ? QStringList{u"openid"_qs, u"AdobeID"_qs} : scopes;
    if (recentSandboxes(localPlatformName()).isEmpty())
        m_local.sandbox = sandbox;
    emit dataChanged(index(0), index(0));
    if (m_current == localPlatformName())
        emit currentChanged(m_local);
}

QList<Connection> ConnectionStore::connections() const
{
    return QList<Connection>{m_local} + m_saved;
}

std::optional<Connection> ConnectionStore::find(const QString &name) const
{
    if (name == localPlatformName())
        return m_local;
    for (const Connection &connection : m_saved) {
        if (connection.name == name)
            return connection;
    }
    return std::nullopt;
}

int ConnectionStore::rowOf(const QString &name) const
{
    if (name == localPlatformName())
        return 0;
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        if (m_saved[i].name == name)
            return int(i) + 1;
    }
    return -1;
}

bool ConnectionStore::save(const Connection &connection, const QString &previousName,
                           QString *problem)
{
    auto refuse = [problem](const QString &reason) {
        if (problem)
            *problem = reason;
        return false;
    };
    if (connection.kind != Connection::Kind::Platform)
        return refuse(tr("The local platform's connection cannot be changed."));
    const QStringList problems = connection.validate();
    if (!problems.isEmpty())
        return refuse(problems.join(u'\n'));
    if (connection.name == localPlatformName())
        return refuse(
                tr("The name \"%1\" is reserved for the local platform.").arg(connection.name));
    const int previousRow = previousName.isEmpty() ? -1 : rowOf(previousName);
    const int sameNameRow = rowOf(connection.name);
    if (sameNameRow > 0 && sameNameRow != previousRow)
        return refuse(tr("A connection called \"%1\" already exists.").arg(connection.name));

    if (previousRow > 0) {
        m_saved[previousRow - 1] = connection;
        emit dataChanged(index(previousRow), index(previousRow));
        if (m_current == previousName) {
            m_current = connection.name;
            store();
            emit currentChanged(connection);
            return true;
        }
    } else {
        const int row = int(m_saved.size()) + 1;
        beginInsertRows({}, row, row);
        m_saved.append(connection);
        endInsertRows();
    }
    store();
    return true;
}

bool ConnectionStore::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row <= 0)
        return false;
    beginRemoveRows({}, row, row);
    m_saved.removeAt(row - 1);
    endRemoveRows();
    m_settings->remove(kSandboxesKey + name);
    const bool wasCurrent = m_current == name;
    if (wasCurrent)
        m_current = localPlatformName();
    store();
    if (wasCurrent)
        emit currentChanged(m_local);
    return true;
}

void ConnectionStore::setCurrentName(const QString &name)
{
    if (name == m_current || !find(name))
        return;
    m_current = name;
    store();
    emit currentChanged(current());
}

Connection ConnectionStore::current() const
{
    return find(m_current).value_or(m_local);
}

void ConnectionStore::setCurrentSandbox(const QString &sandbox)
{
    const QString name = sandbox.trimmed().toLower();
    if (name.isEmpty())
        return;
    QStringList recent = recentSandboxes(m_current);
    recent.removeAll(name);
    recent.prepend(name);
    m_settings->setValue(kSandboxesKey + m_current, recent.mid(0, kRecentSandboxes));

    const int row = rowOf(m_current);
    Connection &connection = row == 0 ? m_local : m_saved[row - 1];
    if (connection.sandbox == name)
        return;
    connection.sandbox = name;
    store();
    emit dataChanged(index(row), index(row));
    emit currentChanged(connection);
}

QStringList ConnectionStore::recentSandboxes(const QString &name) const
{
    QStringList recent = m_settings->value(kSandboxesKey + name).toStringList();
    if (const auto connection = find(name);
        connection && !connection->sandbox.isEmpty() && !recent.contains(connection->sandbox))
        recent.append(connection->sandbox);
    return recent;
}

bool ConnectionStore::eventFilter(QObject *watched, QEvent *event)
{
    // The local platform's name is translated: views repaint it in the new language.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        emit dataChanged(index(0), index(0), {Qt::DisplayRole, Qt::ToolTipRole});
    return QAbstractListModel::eventFilter(watched, event);
}
