#pragma once

#include "api/ApiError.h"
#include "api/Dataset.h"
#include "api/ExportJobRequest.h"
#include "api/MergePolicy.h"
#include "api/ValidationIssue.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>

class DateTimeField;
class FieldListEdit;
class FieldMessage;
class LoadState;
class OptionalCheckBox;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SegmentsEditor;

// Every field of an export job's create body as a form, grouped by what it decides: where the
// profiles go, which segments, which profile fields, which events, and the rest. It turns into
// an ExportJobRequest and back, and shows each validation issue under the field it is about.
// What a loaded request holds that the form has no widget for is sent on unchanged.
class ExportJobForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJobForm)

public:
    explicit ExportJobForm(QWidget *parent = nullptr);
    ~ExportJobForm() override;

    ExportJobRequest request() const;
    void setRequest(const ExportJobRequest &request);
    // The form's defaults: the profile schema and nothing else.
    static ExportJobRequest defaultRequest();

    // What a request cannot hold but a draft should: time zones, times of unchecked fields.
    QJsonObject uiState() const;
    void restoreUiState(const QJsonObject &state);

    // Issues of ExportJobRequest::validate(), each shown under its field (segments by row).
    void setIssues(const QList<ValidationIssue> &issues);
    // Problems the form sees that the request cannot (a dataset on another schema), as warnings.
    QStringList formWarnings() const;

    void setDatasetsLoading();
    void setDatasets(const QList<Dataset> &datasets);
    void setDatasetsFailed(const ApiError &error);
    // A dataset created meanwhile: offered, and chosen when `select`.
    void addDataset(const Dataset &dataset, bool select);

    void setMergePoliciesLoading();
    void setMergePolicies(const QList<MergePolicy> &policies);
    void setMergePoliciesFailed(const ApiError &error);

    // Widgets, for the dialog's focus handling and for tests.
    QComboBox *datasetBox() const { return m_dataset; }
    QPushButton *createDatasetButton() const { return m_createDataset; }
    QLineEdit *schemaEdit() const { return m_schema; }
    OptionalCheckBox *segmentPerBatchBox() const { return m_segmentPerBatch; }
    SegmentsEditor *segments() const { return m_segments; }
    DateTimeField *qualificationStart() const { return m_qualificationStart; }
    DateTimeField *qualificationEnd() const { return m_qualificationEnd; }
    FieldListEdit *fieldsEdit() const { return m_fields; }
    QComboBox *mergePolicyBox() const { return m_mergePolicy; }
    QSpinBox *mergePolicyVersionBox() const { return m_version; }
    DateTimeField *updatedAfter() const { return m_fromIngest; }
    OptionalCheckBox *emptyProfilesBox() const { return m_emptyProfiles; }
    QCheckBox *eventsBox() const { return m_events; }
    FieldListEdit *eventFieldsEdit() const { return m_eventFields; }
    DateTimeField *eventsFrom() const { return m_eventsFrom; }
    DateTimeField *eventsTo() const { return m_eventsTo; }
    OptionalCheckBox *segmentationBox() const { return m_segmentation; }
    LoadState *datasetLoadState() const { return m_datasetLoad; }
    LoadState *mergePolicyLoadState() const { return m_mergePolicyLoad; }
    // The message under the field a validation path belongs to ("destination.datasetId");
    // segment rows are in segments()->rowMessage(row).
    FieldMessage *messageFor(const QString &field) const;
    FieldMessage *generalMessage() const { return m_general; }

    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;

signals:
    // Any change a person made, and any change setRequest() made.
    void changed();
    void createDatasetRequested();
    void reloadDatasetsRequested();
    void reloadMergePoliciesRequested();
    void reloadSegmentsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *buildDestination();
    QGroupBox *buildSegments();
    QGroupBox *buildProfiles();
    QGroupBox *buildEvents();
    QGroupBox *buildAdvanced();
    void retranslateUi();
    void edited();

    QString datasetId() const;
    void setDatasetId(const QString &id);
    void fillDatasets();
    QString mergePolicyId() const;
    void setMergePolicy(const QString &id);
    void fillMergePolicies();
    void updateEnabled();
    std::optional<Dataset> chosenDataset() const;

    ExportJobRequest m_base; // the last request set, for the keys the form does not show
    QList<Dataset> m_datasets;
    QList<MergePolicy> m_policies;
    bool m_policiesLoaded = false;
    bool m_loading = false;
    QList<ValidationIssue> m_issues;
    QList<QPair<QString, FieldMessage *>> m_targets; // field path prefix → its message

    FieldMessage *m_general;
    QGroupBox *m_destinationGroup = nullptr;
    QGroupBox *m_segmentsGroup = nullptr;
    QGroupBox *m_profilesGroup = nullptr;
    QGroupBox *m_eventsGroup = nullptr;
    QGroupBox *m_advancedGroup = nullptr;

    QLabel *m_datasetLabel = nullptr;
    QComboBox *m_dataset = nullptr;
    QPushButton *m_createDataset = nullptr;
    LoadState *m_datasetLoad = nullptr;
    FieldMessage *m_datasetMessage = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLineEdit *m_schema = nullptr;
    FieldMessage *m_schemaMessage = nullptr;
    OptionalCheckBox *m_segmentPerBatch = nullptr;
    QLabel *m_segmentPerBatchNote = nullptr;
    FieldMessage *m_segmentPerBatchMessage = nullptr;

    SegmentsEditor *m_segments = nullptr;
    DateTimeField *m_qualificationStart = nullptr;
    DateTimeField *m_qualificationEnd = nullptr;
    FieldMessage *m_qualificationStartMessage = nullptr;
    FieldMessage *m_qualificationEndMessage = nullptr;

    QLabel *m_fieldsLabel = nullptr;
    FieldListEdit *m_fields = nullptr;
    FieldMessage *m_fieldsMessage = nullptr;
    QLabel *m_mergePolicyLabel = nullptr;
    QComboBox *m_mergePolicy = nullptr;
    QLabel *m_versionLabel = nullptr;
    QSpinBox *m_version = nullptr;
    LoadState *m_mergePolicyLoad = nullptr;
    FieldMessage *m_mergePolicyMessage = nullptr;
    DateTimeField *m_fromIngest = nullptr;
    FieldMessage *m_fromIngestMessage = nullptr;
    OptionalCheckBox *m_emptyProfiles = nullptr;
    FieldMessage *m_emptyProfilesMessage = nullptr;

    QCheckBox *m_events = nullptr;
    FieldMessage *m_eventsMessage = nullptr;
    QLabel *m_eventFieldsLabel = nullptr;
    FieldListEdit *m_eventFields = nullptr;
    FieldMessage *m_eventFieldsMessage = nullptr;
    DateTimeField *m_eventsFrom = nullptr;
    DateTimeField *m_eventsTo = nullptr;
    FieldMessage *m_eventsFromMessage = nullptr;
    FieldMessage *m_eventsToMessage = nullptr;

    OptionalCheckBox *m_segmentation = nullptr;
    FieldMessage *m_segmentationMessage = nullptr;
};
