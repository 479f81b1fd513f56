#pragma once

#include "api/ApiCall.h"

#include <QHash>
#include <QObject>
#include <QString>

class JobTableModel;
class PlatformClient;

// The names behind the ids a job carries (segments, datasets, merge policies), read from the
// platform for the client's current connection and handed to the jobs table, so people see
// "Gold members" rather than a UUID. An id without a name is shown as is.
class JobNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNames)

public:
    // `client` and `jobs` must outlive the object.
    JobNames(PlatformClient *client, JobTableModel *jobs, QObject *parent = nullptr);
    ~JobNames() override;

    // Reads every list again; earlier answers still on their way are dropped.
    void reload();
    // Forgets every name (another connection or sandbox).
    void clear();

    QHash<QString, QString> segments() const { return m_segments; }
    QHash<QString, QString> datasets() const { return m_datasets; }
    QHash<QString, QString> mergePolicies() const { return m_mergePolicies; }

signals:
    void changed();

private:
    PlatformClient *m_client;
    JobTableModel *m_jobs;
    QHash<QString, QString> m_segments;
    QHash<QString, QString> m_datasets;
    QHash<QString, QString> m_mergePolicies;
    ApiCall m_segmentsCall;
    ApiCall m_datasetsCall;
    ApiCall m_policiesCall;
};
