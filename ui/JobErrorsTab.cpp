#include "JobErrorsTab.h"

#include "SupportDetails.h"
#include "models/JobErrorsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

JobErrorsTab::JobErrorsTab(QWidget *parent)
    : QWidget(parent)
{
    m_model = new JobErrorsModel(this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(ColumnCount);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Message, QHeaderView::Interactive);
    m_tree->setColumnWidth(Message, 320);
    m_copy = new QPushButton;

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(supportDetails()); });
    retranslateUi();
    clear();
}

void JobErrorsTab::setContext(const Connection &connection)
{
    m_connection = connection;
}

void JobErrorsTab::setJob(const ExportJob &job)
{
    const bool sameErrors = m_hasJob && job.id == m_job.id && job.errors == m_job.errors;
    m_job = job;
    m_hasJob = true;
    if (!sameErrors) {
        m_model->setJob(job);
        rebuild();
    }
    updateTexts();
}

void JobErrorsTab::clear()
{
    m_job = ExportJob();
    m_hasJob = false;
    m_model->setErrors({});
    rebuild();
    updateTexts();
}

QString JobErrorsTab::supportDetails() const
{
    return m_hasJob ? SupportDetails::text(m_job, m_connection) : QString();
}

void JobErrorsTab::rebuild()
{
    m_tree->clear();
    const QList<JobError> &errors = m_model->errors();
    for (qsizetype row = 0; row < errors.size(); ++row) {
        auto *item = new QTreeWidgetItem(m_tree);
        const JobError &error = errors[row];
        const QString stack = error.callStack.value_or(QString()).trimmed();
        if (!stack.isEmpty()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, stack);
            child->setToolTip(0, stack);
            child->setFirstColumnSpanned(true);
            child->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
    }
    updateTexts();
}

void JobErrorsTab::updateTexts()
{
    const QList<JobError> &errors = m_model->errors();
    for (int row = 0; row < m_tree->topLevelItemCount() && row < errors.size(); ++row) {
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        const QString code = m_model->index(row, JobErrorsModel::Code).data().toString();
        const QString message = m_model->index(row, JobErrorsModel::Message).data().toString();
        const QString hint = m_model->index(row, JobErrorsModel::Code)
                                     .data(JobErrorsModel::HintRole)
                                     .toString();
        item->setText(Code, code.isEmpty() ? tr("—", "an absent error code") : code);
        item->setText(Message, message);
        item->setToolTip(Message, message);
        item->setText(Hint, hint);
        item->setToolTip(Hint, hint);
    }
    if (!m_hasJob)
        m_summary->clear();
    else if (errors.isEmpty())
        m_summary->setText(tr("The platform reports no error for this job."));
    else
        m_summary->setText(tr("The platform reports %n error(s) for this job. Unfold a row to "
                              "see its call stack.",
                              nullptr, int(errors.size())));
    m_copy->setEnabled(m_hasJob);
}

void JobErrorsTab::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Code", "job error column"), tr("Message", "job error column"),
                             tr("What it means", "job error column: hint")});
    m_copy->setText(tr("Copy support details"));
    m_copy->setToolTip(tr("Copy the job's ids, times and errors for the platform's support"));
    updateTexts();
}

void JobErrorsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
