#include "ExportJobDialog.h"

#include "DatasetDialog.h"
#include "ExportJobForm.h"
#include "FieldMessage.h"
#include "RequestPreview.h"
#include "SegmentsEditor.h"
#include "api/PlatformClient.h"
#include "models/ConnectionStore.h"
#include "models/CreatedJobFinder.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// How many of the newest jobs a look-up reads: a job created a moment ago is among them.
constexpr int kLookUpPageSize = 50;

QFrame *banner(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);
    return frame;
}

QLabel *bannerLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

ExportJobDialog::ExportJobDialog(PlatformClient *client, DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_connection(client->connection())
    , m_draftScope(draftScope(m_connection))
    , m_draftId(DraftStore::newId())
    , m_draftBanner(banner(this))
    , m_draftLabel(bannerLabel(m_draftBanner))
    , m_restoreDraft(new QPushButton(m_draftBanner))
    , m_discardDraft(new QPushButton(m_draftBanner))
    , m_noticeBanner(banner(this))
    , m_notice(bannerLabel(m_noticeBanner))
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new ExportJobForm(m_scroll))
    , m_preview(new RequestPreview(this))
    , m_outcomePanel(banner(this))
    , m_outcomeLabel(bannerLabel(m_outcomePanel))
    , m_lookUp(new QPushButton(m_outcomePanel))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_submit(new QPushButton(this))
{
    auto *draftLayout = new QHBoxLayout(m_draftBanner);
    draftLayout->addWidget(m_draftLabel, 1);
    draftLayout->addWidget(m_restoreDraft);
    draftLayout->addWidget(m_discardDraft);
    auto *noticeLayout = new QHBoxLayout(m_noticeBanner);
    noticeLayout->addWidget(m_notice);
    auto *outcomeLayout = new QHBoxLayout(m_outcomePanel);
    outcomeLayout->addWidget(m_outcomeLabel, 1);
    outcomeLayout->addWidget(m_lookUp, 0, Qt::AlignTop);

    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Focus moves through the fields, and the area follows it; it needs no stop of its own.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(m_scroll, QString());
    m_tabs->addTab(m_preview, QString());

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_outcomePanel);
    layout->addLayout(bottom);
    m_draftBanner->hide();
    m_noticeBanner->hide();
    m_outcomePanel->hide();

    connect(m_form, &ExportJobForm::changed, this, &ExportJobDialog::onFormChanged);
    connect(m_form, &ExportJobForm::createDatasetRequested, this,
            &ExportJobDialog::openDatasetDialog);
    connect(m_form, &ExportJobForm::reloadDatasetsRequested, this,
            &ExportJobDialog::reloadDatasets);
    connect(m_form, &ExportJobForm::reloadMergePoliciesRequested, this,
            &ExportJobDialog::reloadMergePolicies);
    connect(m_form, &ExportJobForm::reloadSegmentsRequested, this,
            &ExportJobDialog::reloadSegments);
    connect(m_restoreDraft, &QPushButton::clicked, this, &ExportJobDialog::restoreDraft);
    connect(m_discardDraft, &QPushButton::clicked, this, &ExportJobDialog::discardDraft);
    connect(m_lookUp, &QPushButton::clicked, this, &ExportJobDialog::lookUpJob);
    connect(m_submit, &QPushButton::clicked, this, &ExportJobDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submitShortcut, &QShortcut::activated, this, &ExportJobDialog::submit);

    // The banners, the tabs, the form (which orders itself), the look-up, then Submit before
    // Close.
    setTabOrder(m_lookUp, m_submit);
    m_form->firstFocusWidget()->setFocus();

    m_offered = m_drafts->drafts(m_draftScope);
    offerNextDraft();
    fitToScreen();
    retranslateUi();
    reloadChoices();
}

ExportJobDialog::~ExportJobDialog()
{
    m_drafts->flush();
}

QString ExportJobDialog::draftScope(const Connection &connection)
{
    return ConnectionStore::historyKey(connection) + u'|' + connection.sandbox;
}

void ExportJobDialog::fitToScreen()
{
    // Room for the whole form where there is; a laptop's 1366×768 gets a scrolling form.
    QSize size(1000, 760);
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size() - QSize(40, 60));
    }
    resize(size);
}

ExportJobRequest ExportJobDialog::request() const
{
    return m_form->request();
}

// Filling ------------------------------------------------------------------------------------

void ExportJobDialog::fillFrom(const ExportJob &job)
{
    fillFrom(ExportJobRequest::fromJob(job));
    m_clonedFrom = job.id;
    retranslateUi();
}

void ExportJobDialog::fillFrom(const ExportJobRequest &request)
{
    // Values of the wrong type, or a version below 1, cannot be held by the form: say so rather
    // than dropping them silently.
    m_notCarried.clear();
    for (const ValidationIssue &issue : request.validate()) {
        if (issue.rule == ValidationIssue::Rule::WrongType
            || (issue.rule == ValidationIssue::Rule::OutOfRange
                && issue.field == u"mergePolicy.version"))
            m_notCarried << issue.field;
    }
    m_clonedFrom.reset();
    m_programmatic = true;
    m_form->setRequest(request);
    m_programmatic = false;
    setOutcome(Outcome::None);
    revalidate();
    retranslateUi();
}

// Drafts -------------------------------------------------------------------------------------

QJsonObject ExportJobDialog::draftContent() const
{
    return QJsonObject{
            {u"request"_s, m_form->request().toJson()},
            {u"ui"_s, m_form->uiState()},
            {u"connection"_s, ConnectionStore::displayName(m_connection)},
            {u"sandbox"_s, m_connection.sandbox},
    };
}

void ExportJobDialog::saveDraft()
{
    m_drafts->saveLater(m_draftId, m_draftScope, draftContent());
}

bool ExportJobDialog::isOfferingDraft() const
{
    return !m_draftBanner->isHidden();
}

void ExportJobDialog::offerNextDraft()
{
    // This session's own draft is never offered back to it.
    m_offered.removeIf([this](const DraftStore::Draft &d) { return d.id == m_draftId; });
    m_draftBanner->setVisible(!m_offered.isEmpty());
    retranslateUi();
}

void ExportJobDialog::restoreDraft()
{
    if (m_offered.isEmpty())
        return;
    const DraftStore::Draft draft = m_offered.takeFirst();
    m_programmatic = true;
    m_form->setRequest(ExportJobRequest::fromJson(draft.content.value(u"request").toObject()));
    m_form->restoreUiState(draft.content.value(u"ui").toObject());
    m_programmatic = false;
    // Go on editing that draft; whatever this session had saved stays a draft of its own.
    m_draftId = draft.id;
    m_clonedFrom.reset();
    m_notCarried.clear();
    m_offered.clear();
    m_draftBanner->hide();
    revalidate();
    retranslateUi();
    m_form->firstFocusWidget()->setFocus();
}

void ExportJobDialog::discardDraft()
{
    if (m_offered.isEmpty())
        return;
    m_drafts->discard(m_offered.takeFirst().id);
    offerNextDraft();
}

// Validation ---------------------------------------------------------------------------------

void ExportJobDialog::onFormChanged()
{
    revalidate();
    if (!m_programmatic)
        saveDraft();
}

void ExportJobDialog::revalidate()
{
    const ExportJobRequest request = m_form->request();
    const QList<ValidationIssue> issues = request.validate();
    m_form->setIssues(issues);
    m_preview->setRequest(m_connection, request);

    QStringList errors;
    int warnings = int(m_form->formWarnings().size());
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            errors << issue.message();
        else
            ++warnings;
    }
    const bool busy = m_outcome == Outcome::Submitting || m_outcome == Outcome::Unknown
            || m_outcome == Outcome::LookingUp || m_outcome == Outcome::LookUpFailed;
    m_submit->setEnabled(errors.isEmpty() && !busy);

    QString status;
    if (m_outcome == Outcome::Submitting)
        status = tr("Sending the export job…");
    else if (busy)
        status = tr("Submit waits until the job has been looked for.");
    else if (!errors.isEmpty())
        status = errors.size() == 1 ? tr("Submit is unavailable: %1").arg(errors.first())
                                    : tr("Submit is unavailable: %1 (and %n more problem(s))",
                                         nullptr, int(errors.size()) - 1)
                                              .arg(errors.first());
    else if (warnings > 0)
        status = tr("Ready to submit; %n warning(s) to look at.", nullptr, warnings);
    else
        status = tr("Ready to submit.");
    m_status->setText(status);
    m_submit->setToolTip(errors.isEmpty() ? tr("Creates the export job (Ctrl+Enter).") : status);
    if (m_outcome == Outcome::Failed)
        showServerFieldError();
}

// The platform names the field in its message ("destination.datasetId '..' is not a dataset"):
// show it under that field too, until the form changes.
void ExportJobDialog::showServerFieldError()
{
    if (!m_error || m_error->kind() != ApiError::Kind::Http || m_error->httpStatus() != 400
        || m_form->request() != m_sentRequest)
        return;
    static const QRegularExpression path(uR"(^([A-Za-z]+(?:\.[A-Za-z]+|\[\d+\])*)\b)"_s);
    const QString detail = m_error->detail().isEmpty() ? m_error->title() : m_error->detail();
    const auto match = path.match(detail);
    if (!match.hasMatch())
        return;
    const QString field = match.captured(1);
    if (field.startsWith(u"filter.segments[")) {
        const int row = field.mid(16).section(u']', 0, 0).toInt();
        if (FieldMessage *message = m_form->segments()->rowMessage(row))
            message->setMessages(message->errors() << detail, message->warnings());
        return;
    }
    FieldMessage *message = m_form->messageFor(field);
    if (message != m_form->generalMessage())
        message->setMessages(message->errors() << detail, message->warnings());
}

// Choices ------------------------------------------------------------------------------------

void ExportJobDialog::reloadChoices()
{
    reloadDatasets();
    reloadMergePolicies();
    reloadSegments();
}

void ExportJobDialog::reloadDatasets()
{
    m_datasetsCall.cancel();
    m_form->setDatasetsLoading();
    DatasetQuery query;
    query.limit = 100;
    query.properties = {u"name"_s, u"schemaRef"_s, u"created"_s};
    m_datasetsCall
            = m_client->listAllDatasets(query, this, [this](ApiResult<Collected<Dataset>> result) {
                  if (result)
                      m_form->setDatasets(result.value().items);
                  else if (result.error().kind() != ApiError::Kind::Cancelled)
                      m_form->setDatasetsFailed(result.error());
                  revalidate();
              });
}

void ExportJobDialog::reloadMergePolicies()
{
    m_policiesCall.cancel();
    m_form->setMergePoliciesLoading();
    ListQuery query;
    query.limit = 50;
    m_policiesCall = m_client->listAllMergePolicies(
            query, this, [this](ApiResult<Collected<MergePolicy>> result) {
                if (result)
                    m_form->setMergePolicies(result.value().items);
                else if (result.error().kind() != ApiError::Kind::Cancelled)
                    m_form->setMergePoliciesFailed(result.error());
            });
}

void ExportJobDialog::reloadSegments()
{
    m_segmentsCall.cancel();
    m_form->segments()->setDefinitionsLoading();
    ListQuery query;
    query.limit = 100;
    query.parameters = {{u"sort"_s, u"name:asc"_s}};
    m_segmentsCall = m_client->listAllSegmentDefinitions(
            query, this, [this](ApiResult<Collected<SegmentDefinition>> result) {
                if (result)
                    m_form->segments()->setDefinitions(result.value().items);
                else if (result.error().kind() != ApiError::Kind::Cancelled)
                    m_form->segments()->setDefinitionsFailed(result.error());
            });
}

void ExportJobDialog::openDatasetDialog()
{
    auto *dialog = new DatasetDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatasetDialog::datasetCreated, this, [this](const Dataset &dataset) {
        m_form->addDataset(dataset, true);
        emit datasetCreated(dataset);
    });
    dialog->open();
}

// Submitting ---------------------------------------------------------------------------------

void ExportJobDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    m_sentRequest = m_form->request();
    if (!m_sentRequest.isValid())
        return;
    m_drafts->flush();
    setOutcome(Outcome::Submitting);
    // The newest jobs as they are before the create: should its answer be lost, a job among
    // them is an earlier submit of the same request, not this one.
    ExportJobQuery query;
    query.limit = kLookUpPageSize;
    m_submitCall = m_client->listExportJobs(query, this, [this](ApiResult<ExportJobPage> page) {
        m_jobsBefore.clear();
        if (page) {
            for (const ExportJob &job : page.value().records)
                m_jobsBefore.insert(job.id);
        }
        send();
    });
}

void ExportJobDialog::send()
{
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_submitCall
            = m_client->createExportJob(m_sentRequest, this, [this](ApiResult<ExportJob> result) {
                  if (result) {
                      m_drafts->discard(m_draftId);
                      setOutcome(Outcome::None);
                      emit jobCreated(result.value());
                      accept();
                  } else if (result.error().kind() == ApiError::Kind::OutcomeUnknown) {
                      setOutcome(Outcome::Unknown, result.error());
                  } else {
                      setOutcome(Outcome::Failed, result.error());
                  }
              });
}

void ExportJobDialog::lookUpJob()
{
    if (m_outcome != Outcome::Unknown && m_outcome != Outcome::LookUpFailed)
        return;
    setOutcome(Outcome::LookingUp, m_error);
    ExportJobQuery query;
    query.limit = kLookUpPageSize;
    m_submitCall = m_client->listExportJobs(query, this, [this](ApiResult<ExportJobPage> page) {
        if (!page) {
            setOutcome(Outcome::LookUpFailed, page.error());
            return;
        }
        m_lookedAt = int(page.value().records.size());
        const auto found = CreatedJobFinder::find(page.value().records, m_sentRequest, m_sentAtMs,
                                                  m_jobsBefore);
        if (!found) {
            setOutcome(Outcome::NotFound);
            return;
        }
        m_drafts->discard(m_draftId);
        setOutcome(Outcome::None);
        emit jobCreated(*found);
        accept();
    });
}

void ExportJobDialog::setOutcome(Outcome outcome, const std::optional<ApiError> &error)
{
    m_outcome = outcome;
    if (outcome != Outcome::LookingUp)
        m_error = error;
    retranslateOutcome();
    revalidate();
}

void ExportJobDialog::retranslateOutcome()
{
    QString text;
    switch (m_outcome) {
    case Outcome::None:
    case Outcome::Submitting:
        break;
    case Outcome::Failed:
        text = tr("The export job was not created. The form keeps what you entered.");
        break;
    case Outcome::Unknown:
        text = tr("The platform did not confirm the export job: it may or may not have been "
                  "created. Look for it before submitting again, so it is not created twice.");
        break;
    case Outcome::LookingUp:
        text = tr("Looking for the export job among the newest jobs…");
        break;
    case Outcome::NotFound:
        text = tr("No export job matching this request was found among the %n newest job(s), so "
                  "it was not created. You can submit it again.",
                  nullptr, m_lookedAt);
        break;
    case Outcome::LookUpFailed:
        text = tr("The export jobs could not be listed, so it is still unknown whether the job "
                  "was created. Try again.");
        break;
    }
    if (m_error
        && (m_outcome == Outcome::Failed || m_outcome == Outcome::Unknown
            || m_outcome == Outcome::LookUpFailed))
        text += u'\n' + m_error->message();
    m_outcomeLabel->setText(text);
    m_outcomePanel->setVisible(!text.isEmpty());
    m_lookUp->setVisible(m_outcome == Outcome::Unknown || m_outcome == Outcome::LookUpFailed
                         || m_outcome == Outcome::LookingUp);
    m_lookUp->setEnabled(m_outcome != Outcome::LookingUp);
}

QString ExportJobDialog::statusText() const
{
    return m_status->text();
}

QString ExportJobDialog::outcomeText() const
{
    return m_outcomePanel->isHidden() ? QString() : m_outcomeLabel->text();
}

QString ExportJobDialog::noticeText() const
{
    return m_noticeBanner->isHidden() ? QString() : m_notice->text();
}

void ExportJobDialog::done(int result)
{
    // Whatever was typed is on disk before the dialog goes.
    m_drafts->flush();
    QDialog::done(result);
}

// Texts --------------------------------------------------------------------------------------

void ExportJobDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportJobDialog::retranslateUi()
{
    const QString where
            = tr("%1, sandbox %2", "connection, sandbox")
                      .arg(ConnectionStore::displayName(m_connection), m_connection.sandbox);
    setWindowTitle(m_clonedFrom
                           ? tr("New Export Job from Job %1 — %2").arg(*m_clonedFrom).arg(where)
                           : tr("New Export Job — %1").arg(where));
    m_tabs->setTabText(0, tr("&Form"));
    m_tabs->setTabToolTip(0, tr("Every option of the export job, checked as you type."));
    m_tabs->setTabText(1, tr("Re&quest"));
    m_tabs->setTabToolTip(1, tr("The exact request Submit sends, as JSON and as a curl command."));
    m_submit->setText(tr("&Submit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close", "close the dialog"));
    m_buttons->button(QDialogButtonBox::Cancel)
            ->setToolTip(tr("Closes the form; what you entered is kept as a draft."));
    m_lookUp->setText(tr("&Look for the Job"));
    m_lookUp->setToolTip(tr("Lists the newest export jobs and looks for one made from this "
                            "request, instead of sending it again."));
    m_restoreDraft->setText(tr("&Restore"));
    m_restoreDraft->setToolTip(tr("Fills the form with the draft."));
    m_discardDraft->setText(tr("&Discard", "discard a draft"));
    m_discardDraft->setToolTip(tr("Deletes the draft for good."));

    if (!m_offered.isEmpty()) {
        const DraftStore::Draft &draft = m_offered.first();
        QString text = tr("An export job you did not submit was kept as a draft (%1).")
                               .arg(QLocale().toString(draft.savedAt.toLocalTime(),
                                                       QLocale::ShortFormat));
        if (m_offered.size() > 1)
            text += u' '
                    + tr("%n more draft(s) after this one.", nullptr, int(m_offered.size()) - 1);
        m_draftLabel->setText(text);
    }

    QStringList notice;
    if (m_clonedFrom)
        notice << tr("Copied from export job %1. Check it, change what failed, and submit it as "
                     "a new job.")
                          .arg(*m_clonedFrom);
    if (!m_notCarried.isEmpty())
        notice << tr("Left out because the form cannot hold their values: %1.")
                          .arg(QLocale().createSeparatedList(m_notCarried));
    m_notice->setText(notice.join(u'\n'));
    m_noticeBanner->setVisible(!notice.isEmpty());

    retranslateOutcome();
    revalidate();
}
