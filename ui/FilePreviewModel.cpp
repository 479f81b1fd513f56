#include "FilePreviewModel.h"

FilePreviewModel::FilePreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FilePreviewModel::setPreview(const JsonLinesPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void FilePreviewModel::clear()
{
    setPreview(JsonLinesPreview());
}

int FilePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int FilePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.columns.size());
}

QVariant FilePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.rows.size()
        || index.column() >= m_preview.columns.size())
        return {};
    const QString &cell = m_preview.rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        // A long value (an array of identities) stays on one line; the tooltip has it all.
        return cell.size() > 200 ? cell.left(200) + u'…' : cell;
    case Qt::ToolTipRole:
        return cell.size() > 40 ? cell : QVariant();
    case Qt::UserRole:
        return cell;
    default:
        return {};
    }
}

QVariant FilePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_preview.columns.size() ? m_preview.columns[section] : QVariant();
}
