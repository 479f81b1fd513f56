#include "JobRequestTab.h"

#include "api/CurlCommand.h"
#include "api/ExportJobRequest.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>

namespace {

// The command that creates a job with the same request, the token left as a placeholder.
QString createCommand(const ExportJob &job, const Connection &connection)
{
    CurlCommand curl(connection, "POST", u"/data/core/ups/export/jobs");
    curl.setJsonBody(ExportJobRequest::fromJob(job).toJson());
    return curl.toString();
}

QPlainTextEdit *makeCodeView()
{
    auto *edit = new QPlainTextEdit;
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

JobRequestTab::JobRequestTab(QWidget *parent)
    : QWidget(parent)
{
    m_jsonTitle = new QLabel;
    m_curlTitle = new QLabel;
    // The curl title says what to replace first: it wraps rather than losing its end.
    m_curlTitle->setWordWrap(true);
    m_json = makeCodeView();
    m_curl = makeCodeView();
    m_copyJson = new QPushButton;
    m_copyCurl = new QPushButton;
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_jsonTitle, 0, 0);
    layout->addWidget(m_copyJson, 0, 1);
    layout->addWidget(m_json, 1, 0, 1, 2);
    layout->addWidget(m_curlTitle, 2, 0);
    layout->addWidget(m_copyCurl, 2, 1);
    layout->addWidget(m_curl, 3, 0, 1, 2);
    layout->setRowStretch(1, 3);
    layout->setRowStretch(3, 2);
    layout->setColumnStretch(0, 1);
    connect(m_copyJson, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(jsonText()); });
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(curlText()); });
    retranslateUi();
    clear();
}

void JobRequestTab::setContext(const Connection &connection)
{
    m_connection = connection;
    updateTexts();
}

void JobRequestTab::setJob(const ExportJob &job)
{
    m_job = job;
    m_hasJob = true;
    updateTexts();
}

void JobRequestTab::clear()
{
    m_job = ExportJob();
    m_hasJob = false;
    updateTexts();
}

QString JobRequestTab::jsonText() const
{
    return m_json->toPlainText();
}

QString JobRequestTab::curlText() const
{
    return m_curl->toPlainText();
}

void JobRequestTab::setTextKeepingScroll(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int vertical = edit->verticalScrollBar()->value();
    const int horizontal = edit->horizontalScrollBar()->value();
    edit->setPlainText(text);
    edit->verticalScrollBar()->setValue(vertical);
    edit->horizontalScrollBar()->setValue(horizontal);
}

void JobRequestTab::updateTexts()
{
    if (!m_hasJob) {
        setTextKeepingScroll(m_json, {});
        setTextKeepingScroll(m_curl, {});
    } else {
        setTextKeepingScroll(m_json, QString::fromUtf8(QJsonDocument(m_job.toJson()).toJson()));
        setTextKeepingScroll(m_curl, createCommand(m_job, m_connection));
    }
    m_copyJson->setEnabled(m_hasJob);
    m_copyCurl->setEnabled(m_hasJob);
}

void JobRequestTab::retranslateUi()
{
    m_jsonTitle->setText(tr("The job as the platform returns it:"));
    m_curlTitle->setText(tr("Create the same job from a terminal (put an access token in place of "
                            "{ACCESS_TOKEN} first):"));
    m_copyJson->setText(tr("Copy JSON"));
    m_copyCurl->setText(tr("Copy Command", "copy the curl command"));
}

void JobRequestTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
