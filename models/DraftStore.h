#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

// Unsent form content kept on disk, so closing a dialog or a crash loses nothing. Each draft is
// one JSON file in the directory, written atomically (QSaveFile) a moment after the last change
// and readable by its owner only. A draft holds what a form shows, never a secret.
class DraftStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    struct Draft
    {
        QString id;
        QString scope; // what the draft belongs to, e.g. a connection and its sandbox
        QDateTime savedAt;
        QJsonObject content;
    };

    // `directory` is created on the first write.
    explicit DraftStore(const QString &directory, QObject *parent = nullptr);
    // Writes what is still pending.
    ~DraftStore() override;

    QString directory() const { return m_directory; }
    // A new, unused draft id (letters, digits and hyphens: it names the file).
    static QString newId();

    // The drafts of `scope`, newest first, pending changes included. Files that cannot be read
    // are left alone and skipped.
    QList<Draft> drafts(const QString &scope) const;
    std::optional<Draft> load(const QString &id) const;

    // Writes after a quiet moment; a later call for the same id replaces the pending content.
    void saveLater(const QString &id, const QString &scope, const QJsonObject &content);
    // Writes now. False, with a translated reason, when the file cannot be written.
    bool save(const QString &id, const QString &scope, const QJsonObject &content,
              QString *error = nullptr);
    // Writes every pending draft now.
    void flush();
    // Forgets the draft: the pending write and the file.
    void discard(const QString &id);

    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    bool hasPending() const { return !m_pending.isEmpty(); }

signals:
    void saveFailed(const QString &message);

private:
    struct Pending
    {
        QString scope;
        QJsonObject content;
        QDateTime changedAt;
    };

    static bool isValidId(const QString &id);
    QString pathOf(const QString &id) const;
    static std::optional<Draft> read(const QString &path);

    QString m_directory;
    QHash<QString, Pending> m_pending;
    QTimer m_timer;
};
