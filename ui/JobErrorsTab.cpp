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
#include <QSplitter>
#include <QTextBrowser>
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
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("errorDetail"));
    m_detail->setOpenLinks(false);
    m_copy = new QPushButton;

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &JobErrorsTab::showCurrentError);
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
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateTexts();
}

void JobErrorsTab::showCurrentError()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->parent())
        item = item->parent(); // a call stack row: its error
    const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
    const QList<JobError> &errors = m_model->errors();
    if (row < 0 || row >= errors.size()) {
        m_detailHtml.clear();
        m_detail->clear();
        return;
    }
    const auto paragraph = [](const QString &heading, const QString &text) -> QString {
        return u"<p><b>"_qs + heading.toHtmlEscaped() + u"</b><br>"_qs + text.toHtmlEscaped()
                + u"</p>"_qs;
    };
    const QModelIndex code = m_model->index(row, JobErrorsModel::Code);
    QString html = paragraph(item->text(Code),
                             m_model->index(row, JobErrorsModel::Message).data().toString());
    html += paragraph(tr("What it means:", "job error detail heading"),
                      code.data(JobErrorsModel::HintRole).toString());
    const QString stack = errors[row].callStack.value_or(QString()).trimmed();
    if (!stack.isEmpty()) {
        html += u"<p><b>"_qs + tr("Call stack:", "job error detail heading").toHtmlEscaped()
                + u"</b></p><pre>"_qs + stack.toHtmlEscaped() + u"</pre>"_qs;
    }
    // A refresh with the same error leaves the text alone: its scroll position and a selection
    // a person is copying stay.
    if (html != m_detailHtml) {
        m_detailHtml = html;
        m_detail->setHtml(html);
    }
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
    showCurrentError();
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
