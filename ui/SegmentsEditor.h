#pragma once

#include "api/ApiError.h"
#include "api/SegmentDefinition.h"
#include "api/SegmentFilter.h"
#include "api/ValidationIssue.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class FieldMessage;
class LoadState;
class QAbstractButton;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// filter.segments as a table: one row per segment with its ID, name, namespace and the
// membership statuses to export, each row with its own problems under it. Rows come from a
// searchable picker over the sandbox's segment definitions, or are typed by ID.
class SegmentsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsEditor)

public:
    explicit SegmentsEditor(QWidget *parent = nullptr);
    ~SegmentsEditor() override;

    // Absent without rows: every profile is exported.
    std::optional<QList<SegmentFilter>> segments() const;
    void setSegments(const std::optional<QList<SegmentFilter>> &segments);
    void addDefinitions(const QList<SegmentDefinition> &definitions);
    void addEmptyRow();
    int rowCount() const { return int(m_rows.size()); }

    // The picker's list, and where loading it stands.
    void setDefinitionsLoading();
    void setDefinitions(const QList<SegmentDefinition> &definitions);
    void setDefinitionsFailed(const ApiError &error);
    QList<SegmentDefinition> definitions() const { return m_definitions; }

    // Issues under filter.segments: those of a row go under that row, the others above the rows.
    void setIssues(const QList<ValidationIssue> &issues);
    bool hasError() const;

    // The rows' widgets, in the order of the rows.
    QLineEdit *idEdit(int row) const;
    QLineEdit *namespaceEdit(int row) const;
    // "realized", "existing", "exited", or an unknown status a loaded request carried.
    QCheckBox *statusBox(int row, const QString &status) const;
    QAbstractButton *removeButton(int row) const;
    FieldMessage *rowMessage(int row) const;
    QPushButton *pickButton() const { return m_pick; }
    QPushButton *addByIdButton() const { return m_addById; }
    LoadState *loadState() const { return m_load; }

    // The last widget of the rows, for the owner's tab order.
    QWidget *lastFocusWidget() const;

signals:
    void changed();
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row;

    Row *appendRow(const SegmentFilter &filter);
    void removeRow(Row *row);
    void relayout();
    void showNames();
    void openPicker();
    void retranslateUi();
    void retranslateRow(Row &row);

    QList<std::shared_ptr<Row>> m_rows;
    QList<SegmentDefinition> m_definitions;
    bool m_loaded = false;
    QList<ValidationIssue> m_issues;
    QGridLayout *m_grid;
    QList<QLabel *> m_headers;
    QLabel *m_empty;
    FieldMessage *m_listMessage;
    QPushButton *m_pick;
    QPushButton *m_addById;
    LoadState *m_load;
};
