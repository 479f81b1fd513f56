#pragma once

#include "JsonLinesPreview.h"

#include <QAbstractTableModel>

// The records of a file preview: one row per record, one column per flattened key.
class FilePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePreviewModel)

public:
    explicit FilePreviewModel(QObject *parent = nullptr);

    void setPreview(const JsonLinesPreview &preview);
    void clear();
    const JsonLinesPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    JsonLinesPreview m_preview;
};
