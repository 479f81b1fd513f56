#include "JobsTableView.h"

#include "models/JobTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

JobsTableView::JobsTableView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    header()->setFirstSectionMovable(true);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QHeaderView::customContextMenuRequested, this,
            &JobsTableView::showHeaderMenu);
}

void JobsTableView::setModel(QAbstractItemModel *model)
{
    for (const auto &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTreeView::setModel(model);
    if (!model)
        return;
    // Every kind of change that moves rows: remember the top row before, put it back after.
    m_modelConnections
            << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                       &JobsTableView::rememberTop)
            << connect(model, &QAbstractItemModel::rowsInserted, this, &JobsTableView::restoreTop)
            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                       &JobsTableView::rememberTop)
            << connect(model, &QAbstractItemModel::rowsRemoved, this, &JobsTableView::restoreTop)
            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                       &JobsTableView::rememberTop)
            << connect(model, &QAbstractItemModel::layoutChanged, this, &JobsTableView::restoreTop)
            << connect(model, &QAbstractItemModel::modelReset, this, [this] {
                   m_pendingChanges = 0;
                   m_anchorJob = 0;
               });

    const QFontMetrics metrics(font());
    const int digit = metrics.horizontalAdvance(u'0');
    header()->resizeSection(JobTableModel::Id, digit * 9);
    header()->resizeSection(JobTableModel::Status, digit * 16);
    header()->resizeSection(JobTableModel::Segments, digit * 28);
    header()->resizeSection(JobTableModel::Dataset, digit * 24);
    header()->resizeSection(JobTableModel::MergePolicy, digit * 18);
    header()->resizeSection(JobTableModel::Created, digit * 18);
    header()->resizeSection(JobTableModel::Updated, digit * 18);
    header()->resizeSection(JobTableModel::Duration, digit * 13);
    header()->resizeSection(JobTableModel::Profiles, digit * 11);
    header()->resizeSection(JobTableModel::Errors, digit * 8);
    // Newest first, as the platform lists them.
    sortByColumn(JobTableModel::Created, Qt::DescendingOrder);
}

qint64 JobsTableView::currentJobId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(JobTableModel::JobIdRole).toLongLong() : 0;
}

bool JobsTableView::selectJob(qint64 jobId)
{
    if (!model())
        return false;
    const QModelIndexList found = model()->match(model()->index(0, 0), JobTableModel::JobIdRole,
                                                 jobId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    setCurrentIndex(found.constFirst());
    scrollTo(found.constFirst());
    return true;
}

qint64 JobsTableView::topJobId() const
{
    const QModelIndex top = indexAt(QPoint(1, 1));
    return top.isValid() ? top.data(JobTableModel::JobIdRole).toLongLong() : 0;
}

QList<qint64> JobsTableView::visibleJobIds() const
{
    QList<qint64> ids;
    for (QModelIndex index = indexAt(QPoint(1, 1)); index.isValid(); index = indexBelow(index)) {
        if (visualRect(index).top() >= viewport()->height())
            break;
        ids << index.data(JobTableModel::JobIdRole).toLongLong();
    }
    return ids;
}

void JobsTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void JobsTableView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.65f);
    painter.setPen(color);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

void JobsTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    const qint64 id = current.isValid() ? current.data(JobTableModel::JobIdRole).toLongLong() : 0;
    if (id != m_currentJob) {
        m_currentJob = id;
        emit currentJobChanged(id);
    }
}

void JobsTableView::rememberTop()
{
    if (m_pendingChanges++ > 0)
        return;
    m_anchorJob = 0;
    // At the very top the newest jobs should come into view: nothing to hold.
    if (verticalScrollBar()->value() == 0)
        return;
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_anchorJob = top.data(JobTableModel::JobIdRole).toLongLong();
    m_anchorOffset = -visualRect(top).top();
}

void JobsTableView::restoreTop()
{
    if (m_pendingChanges > 0 && --m_pendingChanges > 0)
        return;
    // The current job may have been filtered out, or back in.
    const qint64 current = currentJobId();
    if (current != m_currentJob) {
        m_currentJob = current;
        emit currentJobChanged(current);
    }
    if (m_anchorJob == 0)
        return;
    const QModelIndexList found = model()->match(model()->index(0, 0), JobTableModel::JobIdRole,
                                                 m_anchorJob, 1, Qt::MatchExactly);
    m_anchorJob = 0;
    if (found.isEmpty())
        return;
    // Lays the rows out now, so the scroll range already counts the inserted ones.
    executeDelayedItemsLayout();
    scrollTo(found.constFirst(), QAbstractItemView::PositionAtTop);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + m_anchorOffset);
}

void JobsTableView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int section = 0; section < header()->count(); ++section) {
        QAction *action = menu.addAction(
                model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header()->isSectionHidden(section));
        // The id names the job: it stays.
        action->setEnabled(section != JobTableModel::Id);
        connect(action, &QAction::toggled, this,
                [this, section](bool shown) { header()->setSectionHidden(section, !shown); });
    }
    menu.exec(header()->viewport()->mapToGlobal(pos));
}
