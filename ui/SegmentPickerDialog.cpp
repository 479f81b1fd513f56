#include "SegmentPickerDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int DefinitionRole = Qt::UserRole + 1;

} // namespace

SegmentPickerDialog::SegmentPickerDialog(const QList<SegmentDefinition> &definitions,
                                         const QSet<QString> &chosenIds, QWidget *parent)
    : QDialog(parent)
    , m_definitions(definitions)
    , m_chosen(chosenIds)
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (int i = 0; i < m_definitions.size(); ++i) {
        const SegmentDefinition &definition = m_definitions[i];
        QList<QStandardItem *> row{new QStandardItem(definition.name.value_or(QString())),
                                   new QStandardItem(definition.id),
                                   new QStandardItem(definition.description.value_or(QString()))};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(i, DefinitionRole);
            item->setToolTip(definition.description.value_or(definition.id));
        }
        m_model->appendRow(row);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(NameColumn);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);

    m_search->setClearButtonEnabled(true);
    // Arrow keys in the search box move through the list, so the keyboard never has to leave.
    m_search->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (m_proxy->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentPickerDialog::updateState);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_search->setFocus();
    resize(760, 460);
    retranslateUi();
}

SegmentPickerDialog::~SegmentPickerDialog() = default;

QList<SegmentDefinition> SegmentPickerDialog::selected() const
{
    QList<SegmentDefinition> chosen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> indexes;
    for (const QModelIndex &row : rows)
        indexes << row.data(DefinitionRole).toInt();
    std::sort(indexes.begin(), indexes.end());
    for (const int i : indexes)
        chosen << m_definitions.at(i);
    return chosen;
}

void SegmentPickerDialog::updateState()
{
    const int selectedCount = int(m_view->selectionModel()->selectedRows().size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedCount > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *name = m_model->item(row, NameColumn);
        const SegmentDefinition &definition = m_definitions.at(name->data(DefinitionRole).toInt());
        QFont font = name->font();
        font.setItalic(m_chosen.contains(definition.id));
        for (int column = 0; column < ColumnCount; ++column)
            m_model->item(row, column)->setFont(font);
    }
    m_count->setText(
            tr("%n segment definition(s) shown", nullptr, m_proxy->rowCount()) + u"  "
            + tr("%n selected", "segment definitions", selectedCount)
            + (m_chosen.isEmpty() ? QString() : u"  " + tr("Italic: already in the export job.")));
}

bool SegmentPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SegmentPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SegmentPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Add Segments"));
    m_search->setPlaceholderText(tr("Search by name, ID or description"));
    m_search->setToolTip(tr("Shows only the segment definitions whose name, ID or description "
                            "contains this text."));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("ID"), tr("Description")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)
            ->setToolTip(tr("Adds the selected segments to the export job."));
    m_buttons->button(QDialogButtonBox::Cancel)
            ->setToolTip(tr("Closes the list without adding "
                            "anything."));
    m_view->setToolTip(tr("Select one or more segments; Ctrl and Shift extend the selection."));
    updateState();
}
