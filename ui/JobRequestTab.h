#pragma once

#include "api/Connection.h"
#include "api/ExportJob.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The job as the platform returned it (JSON) and the curl command that creates the same job,
// each with a copy button.
class JobRequestTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRequestTab)

public:
    explicit JobRequestTab(QWidget *parent = nullptr);

    void setContext(const Connection &connection);
    // Unchanged text keeps where each view is scrolled to.
    void setJob(const ExportJob &job);
    void clear();

    QString jsonText() const;
    QString curlText() const;
    QPlainTextEdit *jsonView() const { return m_json; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();
    static void setTextKeepingScroll(QPlainTextEdit *edit, const QString &text);

    ExportJob m_job;
    bool m_hasJob = false;
    Connection m_connection;
    QLabel *m_jsonTitle = nullptr;
    QLabel *m_curlTitle = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPushButton *m_copyJson = nullptr;
    QPushButton *m_copyCurl = nullptr;
};
