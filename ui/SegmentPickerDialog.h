#pragma once

#include "api/SegmentDefinition.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// Chooses segment definitions to export: a search over name, ID and description, several at a
// time. Segments already in the job are marked, not hidden.
class SegmentPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentPickerDialog)

public:
    SegmentPickerDialog(const QList<SegmentDefinition> &definitions, const QSet<QString> &chosenIds,
                        QWidget *parent = nullptr);
    ~SegmentPickerDialog() override;

    QList<SegmentDefinition> selected() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Column { NameColumn, IdColumn, DescriptionColumn, ColumnCount };

    void retranslateUi();
    void updateState();

    QList<SegmentDefinition> m_definitions;
    QSet<QString> m_chosen;
    QLineEdit *m_search;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};
