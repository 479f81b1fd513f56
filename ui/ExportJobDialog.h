#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/Dataset.h"
#include "api/ExportJob.h"
#include "api/ExportJobRequest.h"
#include "models/DraftStore.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <optional>

class DraftStore;
class ExportJobForm;
class PlatformClient;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class RequestPreview;

// "New export job": the form, the request it will send (JSON and curl), and the submit. The
// pickers load from the platform in the background; the form is saved as a draft while it is
// edited and offered back next time; a job can be cloned into it. After a create whose outcome
// is unknown it looks the job up instead of sending it twice.
class ExportJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJobDialog)

public:
    // `client` and `drafts` must outlive the dialog. Jobs are created with the client's current
    // connection and sandbox, and drafts are kept per connection and sandbox.
    ExportJobDialog(PlatformClient *client, DraftStore *drafts, QWidget *parent = nullptr);
    ~ExportJobDialog() override;

    // Fills the form with the request that would create `job` again, whatever its status.
    void fillFrom(const ExportJob &job);
    void fillFrom(const ExportJobRequest &request);
    ExportJobRequest request() const;

    // Loads the datasets, merge policies and segment definitions again.
    void reloadChoices();

    // What drafts of `connection` are filed under: the platform, the org and the sandbox.
    static QString draftScope(const Connection &connection);

    ExportJobForm *form() const { return m_form; }
    RequestPreview *preview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *lookUpButton() const { return m_lookUp; }
    QPushButton *restoreDraftButton() const { return m_restoreDraft; }
    QPushButton *discardDraftButton() const { return m_discardDraft; }
    bool isOfferingDraft() const;
    // Why Submit is disabled, or how the last submit went.
    QString statusText() const;
    QString outcomeText() const;
    QString noticeText() const;
    QString draftId() const { return m_draftId; }

signals:
    // The platform created the job (or it was found after an unknown outcome).
    void jobCreated(const ExportJob &job);
    // A dataset created from this dialog.
    void datasetCreated(const Dataset &dataset);

public slots:
    void submit();
    void lookUpJob();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    enum class Outcome { None, Submitting, Failed, Unknown, LookingUp, NotFound, LookUpFailed };

    void onFormChanged();
    void revalidate();
    void saveDraft();
    QJsonObject draftContent() const;
    void offerNextDraft();
    void restoreDraft();
    void discardDraft();
    void reloadDatasets();
    void reloadMergePolicies();
    void reloadSegments();
    void openDatasetDialog();
    void send();
    void setOutcome(Outcome outcome, const std::optional<ApiError> &error = std::nullopt);
    void showServerFieldError();
    void retranslateUi();
    void retranslateOutcome();
    void fitToScreen();

    PlatformClient *m_client;
    DraftStore *m_drafts;
    Connection m_connection;
    QString m_draftScope;
    QString m_draftId;
    QList<DraftStore::Draft> m_offered;
    bool m_programmatic = false;
    std::optional<qint64> m_clonedFrom;
    QStringList m_notCarried; // what a loaded request held that the form cannot send

    ApiCall m_datasetsCall;
    ApiCall m_policiesCall;
    ApiCall m_segmentsCall;
    ApiCall m_submitCall;
    Outcome m_outcome = Outcome::None;
    std::optional<ApiError> m_error;
    ExportJobRequest m_sentRequest;
    qint64 m_sentAtMs = 0;
    QSet<qint64> m_jobsBefore; // the newest jobs just before the create, none of them ours
    int m_lookedAt = 0;

    QFrame *m_draftBanner;
    QLabel *m_draftLabel;
    QPushButton *m_restoreDraft;
    QPushButton *m_discardDraft;
    QFrame *m_noticeBanner;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QScrollArea *m_scroll;
    ExportJobForm *m_form;
    RequestPreview *m_preview;
    QFrame *m_outcomePanel;
    QLabel *m_outcomeLabel;
    QPushButton *m_lookUp;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
};
