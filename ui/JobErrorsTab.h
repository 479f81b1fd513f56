#pragma once

#include "api/Connection.h"
#include "api/ExportJob.h"

#include <QWidget>

class JobErrorsModel;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

// The errors a failed job reports: code and message per row, the call stack folded under it,
// and a plain-language hint of what went wrong; below, the selected error in full (the first
// one until another is chosen), as the table's columns are too narrow for long messages.
// "Copy support details" puts what the platform's support needs on the clipboard.
class JobErrorsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobErrorsTab)

public:
    enum Column { Code, Message, Hint, ColumnCount };
    Q_ENUM(Column)

    explicit JobErrorsTab(QWidget *parent = nullptr);

    void setContext(const Connection &connection);
    // The same errors again keep which call stacks are unfolded.
    void setJob(const ExportJob &job);
    void clear();

    JobErrorsModel *errorsModel() const { return m_model; }
    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *detailView() const { return m_detail; }
    QPushButton *copyButton() const { return m_copy; }
    // What "Copy support details" copies.
    QString supportDetails() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateTexts();
    void showCurrentError();

    ExportJob m_job;
    Connection m_connection;
    bool m_hasJob = false;
    JobErrorsModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_detail = nullptr;
    QString m_detailHtml; // what m_detail shows
    QPushButton *m_copy = nullptr;
};
