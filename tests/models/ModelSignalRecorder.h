#pragma once

#include "models/JobTableModel.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <algorithm>

// Records what a model announces, one readable line per signal, so a test can compare the
// exact sequence: "dataChanged 3-3 c0-9 [Display,ToolTip]", "rowsInserted 0-1", "modelReset".
class ModelSignalRecorder
{
public:
    explicit ModelSignalRecorder(QAbstractItemModel *model)
    {
        QObject::connect(
                model, &QAbstractItemModel::dataChanged, &m_context,
                [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                    m_events << QStringLiteral("dataChanged %1-%2 c%3-%4 %5")
                                        .arg(tl.row())
                                        .arg(br.row())
                                        .arg(tl.column())
                                        .arg(br.column())
                                        .arg(roleList(roles));
                });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             m_events << QStringLiteral("rowsInserted %1-%2").arg(first).arg(last);
                         });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             m_events << QStringLiteral("rowsRemoved %1-%2").arg(first).arg(last);
                         });
        QObject::connect(model, &QAbstractItemModel::rowsMoved, &m_context,
                         [this] { m_events << QStringLiteral("rowsMoved"); });
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_context,
                         [this] { m_events << QStringLiteral("modelReset"); });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &m_context,
                         [this] { m_events << QStringLiteral("layoutChanged"); });
    }

    QStringList events() const { return m_events; }
    QStringList take()
    {
        QStringList events = m_events;
        m_events.clear();
        return events;
    }
    void clear() { m_events.clear(); }

    // Roles by name, sorted, as the recorder writes them.
    static QString roleList(QList<int> roles)
    {
        std::sort(roles.begin(), roles.end());
        QStringList names;
        for (int role : roles)
            names << roleName(role);
        return u'[' + names.join(u',') + u']';
    }

    static QString roleName(int role)
    {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("Display");
        case Qt::DecorationRole:
            return QStringLiteral("Decoration");
        case Qt::ToolTipRole:
            return QStringLiteral("ToolTip");
        case Qt::ForegroundRole:
            return QStringLiteral("Foreground");
        case JobTableModel::SortRole:
            return QStringLiteral("Sort");
        case JobTableModel::JobIdRole:
            return QStringLiteral("JobId");
        case JobTableModel::StatusRole:
            return QStringLiteral("Status");
        case JobTableModel::IsActiveRole:
            return QStringLiteral("Active");
        case JobTableModel::StuckRole:
            return QStringLiteral("Stuck");
        case JobTableModel::CancellingRole:
            return QStringLiteral("Cancelling");
        default:
            return QString::number(role);
        }
    }

private:
    QObject m_context;
    QStringList m_events;
};
