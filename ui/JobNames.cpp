#include "JobNames.h"

#include "api/PlatformClient.h"
#include "models/JobTableModel.h"

namespace {

template<typename Item>
QHash<QString, QString> namesOf(const QList<Item> &items)
{
    QHash<QString, QString> names;
    for (const Item &item : items) {
        if (!item.id.isEmpty() && item.name && !item.name->isEmpty())
            names.insert(item.id, *item.name);
    }
    return names;
}

} // namespace

JobNames::JobNames(PlatformClient *client, JobTableModel *jobs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(jobs)
{ }

JobNames::~JobNames()
{
    m_segmentsCall.cancel();
    m_datasetsCall.cancel();
    m_policiesCall.cancel();
}

void JobNames::clear()
{
    m_segmentsCall.cancel();
    m_datasetsCall.cancel();
    m_policiesCall.cancel();
    m_segments.clear();
    m_datasets.clear();
    m_mergePolicies.clear();
    m_jobs->setSegmentNames({});
    m_jobs->setDatasetNames({});
    m_jobs->setMergePolicyNames({});
    emit changed();
}

void JobNames::reload()
{
    m_segmentsCall.cancel();
    m_datasetsCall.cancel();
    m_policiesCall.cancel();
    // A failed list keeps the names already known: they rarely change.
    m_segmentsCall = m_client->listAllSegmentDefinitions(
            ListQuery{}, this, [this](ApiResult<Collected<SegmentDefinition>> result) {
                if (!result)
                    return;
                m_segments = namesOf(result.value().items);
                m_jobs->setSegmentNames(m_segments);
                emit changed();
            });
    DatasetQuery datasets;
    datasets.limit = 100;
    datasets.properties = QStringList{QStringLiteral("name")};
    m_datasetsCall = m_client->listAllDatasets(datasets, this,
                                               [this](ApiResult<Collected<Dataset>> result) {
                                                   if (!result)
                                                       return;
                                                   m_datasets = namesOf(result.value().items);
                                                   m_jobs->setDatasetNames(m_datasets);
                                                   emit changed();
                                               });
    m_policiesCall = m_client->listAllMergePolicies(
            ListQuery{}, this, [this](ApiResult<Collected<MergePolicy>> result) {
                if (!result)
                    return;
                m_mergePolicies = namesOf(result.value().items);
                m_jobs->setMergePolicyNames(m_mergePolicies);
                emit changed();
            });
}
