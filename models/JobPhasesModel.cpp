#include "JobPhasesModel.h"

#include "JobText.h"

JobPhasesModel::JobPhasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobPhasesModel::setJob(const ExportJob &job, qint64 nowMs)
{
    if (job.id != m_jobId) {
        beginResetModel();
        m_job = job;
        m_jobId = job.id;
        m_spans = phaseSpans(job, nowMs);
        endResetModel();
        return;
    }
    m_job = job;
    update(phaseSpans(job, nowMs));
}

void JobPhasesModel::clear()
{
    beginResetModel();
    m_job = ExportJob();
    m_jobId = -1;
    m_spans.clear();
    endResetModel();
}

void JobPhasesModel::tick(qint64 nowMs)
{
    if (m_jobId >= 0)
        update(phaseSpans(m_job, nowMs));
}

// Phases only ever appear, in their fixed order, so a new list keeps the old rows' places.
void JobPhasesModel::update(const QList<PhaseSpan> &spans)
{
    qsizetype old = 0;
    qsizetype i = 0;
    QList<PhaseSpan> merged;
    // Rows that vanished (a malformed update) are removed; rows that appeared are inserted.
    while (old < m_spans.size() && i < spans.size()) {
        if (m_spans[old].phase == spans[i].phase) {
            if (m_spans[old] != spans[i]) {
                m_spans[old] = spans[i];
                emit dataChanged(index(int(old), 0), index(int(old), ColumnCount - 1));
            }
            ++old;
            ++i;
        } else if (m_spans[old].phase < spans[i].phase) {
            beginRemoveRows({}, int(old), int(old));
            m_spans.removeAt(old);
            endRemoveRows();
        } else {
            beginInsertRows({}, int(old), int(old));
            m_spans.insert(old, spans[i]);
            endInsertRows();
            ++old;
            ++i;
        }
    }
    if (old < m_spans.size()) {
        beginRemoveRows({}, int(old), int(m_spans.size() - 1));
        m_spans.resize(old);
        endRemoveRows();
    }
    if (i < spans.size()) {
        beginInsertRows({}, int(m_spans.size()), int(m_spans.size() + spans.size() - i - 1));
        m_spans.append(spans.mid(i));
        endInsertRows();
    }
}

int JobPhasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spans.size());
}

int JobPhasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobPhasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_spans.size() || index.column() >= ColumnCount)
        return {};
    const PhaseSpan &span = m_spans[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Phase:
            return PhaseSpan::phaseName(span.phase);
        case Start:
            return JobText::localDateTimeSeconds(span.startMs);
        case End:
            return span.open ? tr("running", "an export job phase without an end yet")
                             : JobText::localDateTimeSeconds(span.endMs);
        case Duration:
            return JobText::duration(span.durationMs());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Start)
            return JobText::utcDateTime(span.startMs);
        if (index.column() == End && !span.open)
            return JobText::utcDateTime(span.endMs);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant();
    case PhaseRole:
        return int(span.phase);
    case StartMsRole:
        return span.startMs;
    case EndMsRole:
        return span.endMs;
    case DurationMsRole:
        return span.durationMs();
    case OpenRole:
        return span.open;
    default:
        return {};
    }
}

QVariant JobPhasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Phase:
        return tr("Phase", "export job phase column");
    case Start:
        return tr("Start", "export job phase column");
    case End:
        return tr("End", "export job phase column");
    case Duration:
        return tr("Duration", "export job phase column");
    case ColumnCount:
        break;
    }
    return {};
}
