#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"export-studio-draft"_s;
constexpr int kVersion = 1;
constexpr qint64 kMaxDraftBytes = 4 * 1024 * 1024;

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(400));
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool DraftStore::isValidId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'-';
    });
}

QString DraftStore::pathOf(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".json"_s);
}

std::optional<DraftStore::Draft> DraftStore::read(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxDraftBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(u"format").toString() != kFormat || !object.value(u"content").isObject())
        return std::nullopt;
    Draft draft;
    draft.id = QFileInfo(path).completeBaseName();
    draft.scope = object.value(u"scope").toString();
    draft.savedAt = QDateTime::fromString(object.value(u"savedAt").toString(), Qt::ISODateWithMs);
    draft.content = object.value(u"content").toObject();
    return draft;
}

QList<DraftStore::Draft> DraftStore::drafts(const QString &scope) const
{
    QHash<QString, Draft> found;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        const QString id = QFileInfo(name).completeBaseName();
        if (!isValidId(id))
            continue;
        if (auto draft = read(dir.filePath(name)); draft && draft->scope == scope)
            found.insert(id, *draft);
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->scope == scope)
            found.insert(it.key(), Draft{it.key(), it->scope, it->changedAt, it->content});
    }
    QList<Draft> list = found.values();
    std::sort(list.begin(), list.end(), [](const Draft &a, const Draft &b) {
        return a.savedAt != b.savedAt ? a.savedAt > b.savedAt : a.id < b.id;
    });
    return list;
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    if (const auto it = m_pending.constFind(id); it != m_pending.cend())
        return Draft{id, it->scope, it->changedAt, it->content};
    return read(pathOf(id));
}

void DraftStore::saveLater(const QString &id, const QString &scope, const QJsonObject &content)
{
    if (!isValidId(id))
        return;
    m_pending.insert(id, Pending{scope, content, QDateTime::currentDateTimeUtc()});
    m_timer.start();
}

bool DraftStore::save(const QString &id, const QString &scope, const QJsonObject &content,
                      QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!isValidId(id))
        return fail(tr("The draft name “%1” is not valid.").arg(id));
    if (!QDir().mkpath(m_directory))
        return fail(
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_directory)));
    const QJsonObject object{
            {u"format"_s, kFormat},
            {u"version"_s, kVersion},
            {u"scope"_s, scope},
            {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"content"_s, content},
    };
    QSaveFile file(pathOf(id));
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The draft cannot be saved in %1: %2")
                            .arg(QDir::toNativeSeparators(m_directory), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("The draft cannot be saved in %1: %2")
                            .arg(QDir::toNativeSeparators(m_directory), file.errorString()));
    return true;
}

void DraftStore::flush()
{
    m_timer.stop();
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QString error;
        if (!save(it.key(), it->scope, it->content, &error))
            emit saveFailed(error);
    }
}

void DraftStore::discard(const QString &id)
{
    m_pending.remove(id);
    if (m_pending.isEmpty())
        m_timer.stop();
    if (isValidId(id))
        QFile::remove(pathOf(id));
}
