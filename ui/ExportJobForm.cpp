#include "ExportJobForm.h"

#include "DateTimeField.h"
#include "FieldListEdit.h"
#include "FieldMessage.h"
#include "LoadState.h"
#include "OptionalCheckBox.h"
#include "SegmentsEditor.h"
#include "api/SchemaRef.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kProfileSchema = u"_xdm.context.profile"_s;

// A field with its message right under it.
QWidget *withMessage(QWidget *parent, QWidget *field, FieldMessage *message,
                     QWidget *extra = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(message);
    return box;
}

QWidget *inRow(QWidget *parent, const QList<QWidget *> &widgets, int stretchIndex = 0)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < widgets.size(); ++i)
        layout->addWidget(widgets[i], i == stretchIndex ? 1 : 0);
    return box;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QJsonObject without(QJsonObject extra, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys)
        extra.remove(key);
    return extra;
}

// Comma-separated paths as typed, with spaces around the commas taken out; empty entries stay
// so the validator can point at them.
std::optional<QString> fieldList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QStringList entries = text.split(u',');
    for (QString &entry : entries)
        entry = entry.trimmed();
    return entries.join(u',');
}

} // namespace

ExportJobForm::ExportJobForm(QWidget *parent)
    : QWidget(parent)
    , m_general(new FieldMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addWidget(buildDestination());
    layout->addWidget(buildSegments());
    layout->addWidget(buildProfiles());
    layout->addWidget(buildEvents());
    layout->addWidget(buildAdvanced());
    layout->addStretch(1);

    m_targets = {
            {u"destination.datasetId"_s, m_datasetMessage},
            {u"destination.dataSetId"_s, m_datasetMessage},
            {u"destination.segmentPerBatch"_s, m_segmentPerBatchMessage},
            {u"destination"_s, m_datasetMessage},
            {u"schema"_s, m_schemaMessage},
            {u"filter.segmentQualificationTime.startTime"_s, m_qualificationStartMessage},
            {u"filter.segmentQualificationTime"_s, m_qualificationEndMessage},
            {u"filter.fromIngestTimestamp"_s, m_fromIngestMessage},
            {u"filter.emptyProfiles"_s, m_emptyProfilesMessage},
            {u"fields"_s, m_fieldsMessage},
            {u"mergePolicy"_s, m_mergePolicyMessage},
            {u"additionalFields.eventList.fields"_s, m_eventFieldsMessage},
            {u"additionalFields.eventList.filter.fromIngestTimestamp"_s, m_eventsFromMessage},
            {u"additionalFields.eventList.filter"_s, m_eventsToMessage},
            {u"additionalFields"_s, m_eventsMessage},
            {u"evaluationInfo"_s, m_segmentationMessage},
    };

    // The widgets are created top to bottom, left to right, which is the tab order; only the
    // segment rows, added later, are put in their place (SegmentsEditor does that).
    fillMergePolicies();
    setRequest(defaultRequest());
    retranslateUi();
}

ExportJobForm::~ExportJobForm() = default;

QGroupBox *ExportJobForm::buildDestination()
{
    m_destinationGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_destinationGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_datasetLabel = new QLabel(m_destinationGroup);
    m_dataset = new QComboBox(m_destinationGroup);
    m_dataset->setEditable(true);
    m_dataset->setInsertPolicy(QComboBox::NoInsert);
    m_dataset->setMinimumContentsLength(30);
    m_dataset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dataset->completer()->setFilterMode(Qt::MatchContains);
    m_dataset->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_createDataset = new QPushButton(m_destinationGroup);
    m_datasetLoad = new LoadState(m_destinationGroup);
    m_datasetMessage = new FieldMessage(m_destinationGroup);
    m_datasetLabel->setBuddy(m_dataset);
    form->addRow(m_datasetLabel,
                 withMessage(m_destinationGroup,
                             inRow(m_destinationGroup, {m_dataset, m_createDataset}),
                             m_datasetMessage, m_datasetLoad));

    m_schemaLabel = new QLabel(m_destinationGroup);
    m_schema = new QLineEdit(m_destinationGroup);
    m_schema->setCompleter(new QCompleter(QStringList{kProfileSchema}, m_schema));
    m_schemaMessage = new FieldMessage(m_destinationGroup);
    m_schemaLabel->setBuddy(m_schema);
    form->addRow(m_schemaLabel, withMessage(m_destinationGroup, m_schema, m_schemaMessage));

    m_segmentPerBatch = new OptionalCheckBox(m_destinationGroup);
    m_segmentPerBatchNote = noteLabel(m_destinationGroup);
    m_segmentPerBatchMessage = new FieldMessage(m_destinationGroup);
    form->addRow(withMessage(m_destinationGroup, m_segmentPerBatch, m_segmentPerBatchMessage,
                             m_segmentPerBatchNote));

    connect(m_dataset, &QComboBox::currentTextChanged, this, &ExportJobForm::edited);
    connect(m_createDataset, &QPushButton::clicked, this, &ExportJobForm::createDatasetRequested);
    connect(m_datasetLoad, &LoadState::retryRequested, this,
            &ExportJobForm::reloadDatasetsRequested);
    connect(m_schema, &QLineEdit::textChanged, this, &ExportJobForm::edited);
    connect(m_segmentPerBatch, &OptionalCheckBox::edited, this, &ExportJobForm::edited);
    return m_destinationGroup;
}

QGroupBox *ExportJobForm::buildSegments()
{
    m_segmentsGroup = new QGroupBox(this);
    auto *layout = new QVBoxLayout(m_segmentsGroup);
    m_segments = new SegmentsEditor(m_segmentsGroup);
    layout->addWidget(m_segments);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_qualificationStart = new DateTimeField(m_segmentsGroup);
    m_qualificationEnd = new DateTimeField(m_segmentsGroup);
    m_qualificationStartMessage = new FieldMessage(m_segmentsGroup);
    m_qualificationEndMessage = new FieldMessage(m_segmentsGroup);
    form->addRow(m_qualificationStart->enableBox(),
                 withMessage(m_segmentsGroup, m_qualificationStart, m_qualificationStartMessage));
    form->addRow(m_qualificationEnd->enableBox(),
                 withMessage(m_segmentsGroup, m_qualificationEnd, m_qualificationEndMessage));
    layout->addLayout(form);

    connect(m_segments, &SegmentsEditor::changed, this, &ExportJobForm::edited);
    connect(m_segments, &SegmentsEditor::reloadRequested, this,
            &ExportJobForm::reloadSegmentsRequested);
    connect(m_qualificationStart, &DateTimeField::changed, this, &ExportJobForm::edited);
    connect(m_qualificationEnd, &DateTimeField::changed, this, &ExportJobForm::edited);
    return m_segmentsGroup;
}

QGroupBox *ExportJobForm::buildProfiles()
{
    m_profilesGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_profilesGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_fieldsLabel = new QLabel(m_profilesGroup);
    m_fields = new FieldListEdit(FieldListEdit::Kind::Profile, m_profilesGroup);
    m_fieldsMessage = new FieldMessage(m_profilesGroup);
    m_fieldsLabel->setBuddy(m_fields->lineEdit());
    form->addRow(m_fieldsLabel, withMessage(m_profilesGroup, m_fields, m_fieldsMessage));

    m_mergePolicyLabel = new QLabel(m_profilesGroup);
    m_mergePolicy = new QComboBox(m_profilesGroup);
    m_mergePolicy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mergePolicy->setMinimumContentsLength(24);
    m_versionLabel = new QLabel(m_profilesGroup);
    m_version = new QSpinBox(m_profilesGroup);
    m_version->setRange(0, 999999);
    m_mergePolicyLoad = new LoadState(m_profilesGroup);
    m_mergePolicyMessage = new FieldMessage(m_profilesGroup);
    m_mergePolicyLabel->setBuddy(m_mergePolicy);
    m_versionLabel->setBuddy(m_version);
    form->addRow(m_mergePolicyLabel,
                 withMessage(m_profilesGroup,
                             inRow(m_profilesGroup, {m_mergePolicy, m_versionLabel, m_version}),
                             m_mergePolicyMessage, m_mergePolicyLoad));

    m_fromIngest = new DateTimeField(m_profilesGroup);
    m_fromIngestMessage = new FieldMessage(m_profilesGroup);
    form->addRow(m_fromIngest->enableBox(),
                 withMessage(m_profilesGroup, m_fromIngest, m_fromIngestMessage));

    m_emptyProfiles = new OptionalCheckBox(m_profilesGroup);
    m_emptyProfilesMessage = new FieldMessage(m_profilesGroup);
    form->addRow(withMessage(m_profilesGroup, m_emptyProfiles, m_emptyProfilesMessage));

    connect(m_fields, &FieldListEdit::textChanged, this, &ExportJobForm::edited);
    connect(m_mergePolicy, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        edited();
    });
    connect(m_version, &QSpinBox::valueChanged, this, &ExportJobForm::edited);
    connect(m_mergePolicyLoad, &LoadState::retryRequested, this,
            &ExportJobForm::reloadMergePoliciesRequested);
    connect(m_fromIngest, &DateTimeField::changed, this, &ExportJobForm::edited);
    connect(m_emptyProfiles, &OptionalCheckBox::edited, this, &ExportJobForm::edited);
    return m_profilesGroup;
}

QGroupBox *ExportJobForm::buildEvents()
{
    m_eventsGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_eventsGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_events = new QCheckBox(m_eventsGroup);
    m_eventsMessage = new FieldMessage(m_eventsGroup);
    form->addRow(withMessage(m_eventsGroup, m_events, m_eventsMessage));

    m_eventFieldsLabel = new QLabel(m_eventsGroup);
    m_eventFields = new FieldListEdit(FieldListEdit::Kind::Event, m_eventsGroup);
    m_eventFieldsMessage = new FieldMessage(m_eventsGroup);
    m_eventFieldsLabel->setBuddy(m_eventFields->lineEdit());
    form->addRow(m_eventFieldsLabel,
                 withMessage(m_eventsGroup, m_eventFields, m_eventFieldsMessage));

    m_eventsFrom = new DateTimeField(m_eventsGroup);
    m_eventsTo = new DateTimeField(m_eventsGroup);
    m_eventsFromMessage = new FieldMessage(m_eventsGroup);
    m_eventsToMessage = new FieldMessage(m_eventsGroup);
    form->addRow(m_eventsFrom->enableBox(),
                 withMessage(m_eventsGroup, m_eventsFrom, m_eventsFromMessage));
    form->addRow(m_eventsTo->enableBox(),
                 withMessage(m_eventsGroup, m_eventsTo, m_eventsToMessage));

    connect(m_events, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        edited();
    });
    connect(m_eventFields, &FieldListEdit::textChanged, this, &ExportJobForm::edited);
    connect(m_eventsFrom, &DateTimeField::changed, this, &ExportJobForm::edited);
    connect(m_eventsTo, &DateTimeField::changed, this, &ExportJobForm::edited);
    return m_eventsGroup;
}

QGroupBox *ExportJobForm::buildAdvanced()
{
    m_advancedGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_advancedGroup);
    m_segmentation = new OptionalCheckBox(m_advancedGroup);
    m_segmentationMessage = new FieldMessage(m_advancedGroup);
    form->addRow(withMessage(m_advancedGroup, m_segmentation, m_segmentationMessage));
    connect(m_segmentation, &OptionalCheckBox::edited, this, &ExportJobForm::edited);
    return m_advancedGroup;
}

QWidget *ExportJobForm::firstFocusWidget() const
{
    return m_dataset;
}

QWidget *ExportJobForm::lastFocusWidget() const
{
    return m_segmentation;
}

ExportJobRequest ExportJobForm::defaultRequest()
{
    ExportJobRequest request;
    SchemaName schema;
    schema.name = kProfileSchema;
    request.schema = schema;
    return request;
}

ExportJobRequest ExportJobForm::request() const
{
    ExportJobRequest r;
    r.extra = without(m_base.extra,
                      {"fields"_L1, "mergePolicy"_L1, "filter"_L1, "additionalFields"_L1,
                       "destination"_L1, "schema"_L1, "evaluationInfo"_L1});

    r.fields = fieldList(m_fields->text());

    if (const QString policy = mergePolicyId(); !policy.isEmpty()) {
        MergePolicyRef ref;
        if (m_base.mergePolicy)
            ref.extra = without(m_base.mergePolicy->extra, {"id"_L1, "version"_L1});
        ref.id = policy;
        if (m_version->value() > 0)
            ref.version = m_version->value();
        r.mergePolicy = ref;
    }

    JobFilter filter;
    if (m_base.filter)
        filter.extra = without(m_base.filter->extra,
                               {"segments"_L1, "segmentQualificationTime"_L1,
                                "fromIngestTimestamp"_L1, "emptyProfiles"_L1});
    filter.segments = m_segments->segments();
    const auto start = m_qualificationStart->value();
    const auto end = m_qualificationEnd->value();
    QJsonObject timeExtra;
    if (m_base.filter && m_base.filter->segmentQualificationTime)
        timeExtra = without(m_base.filter->segmentQualificationTime->extra,
                            {"startTime"_L1, "endTime"_L1});
    if (start || end || !timeExtra.isEmpty()) {
        SegmentQualificationTime time;
        time.extra = timeExtra;
        time.startTime = start;
        time.endTime = end;
        filter.segmentQualificationTime = time;
    }
    filter.fromIngestTimestamp = m_fromIngest->value();
    filter.emptyProfiles = m_emptyProfiles->value();
    if (filter != JobFilter())
        r.filter = filter;

    QJsonObject additionalExtra;
    if (m_base.additionalFields)
        additionalExtra = without(m_base.additionalFields->extra, {"eventList"_L1});
    if (m_events->isChecked() || !additionalExtra.isEmpty()) {
        AdditionalFields additional;
        additional.extra = additionalExtra;
        if (m_events->isChecked()) {
            const auto *base = m_base.additionalFields && m_base.additionalFields->eventList
                    ? &*m_base.additionalFields->eventList
                    : nullptr;
            EventList events;
            if (base)
                events.extra = without(base->extra, {"fields"_L1, "filter"_L1});
            events.fields = fieldList(m_eventFields->text());
            EventFilter eventFilter;
            if (base && base->filter)
                eventFilter.extra = without(base->filter->extra,
                                            {"fromIngestTimestamp"_L1, "toIngestTimestamp"_L1});
            eventFilter.fromIngestTimestamp = m_eventsFrom->value();
            eventFilter.toIngestTimestamp = m_eventsTo->value();
            if (eventFilter != EventFilter())
                events.filter = eventFilter;
            additional.eventList = events;
        }
        r.additionalFields = additional;
    }

    Destination destination;
    if (m_base.destination)
        destination.extra = without(
                m_base.destination->extra,
                {"datasetId"_L1, "dataSetId"_L1, "segmentPerBatch"_L1, "batchId"_L1, "batches"_L1});
    if (const QString id = datasetId(); !id.isEmpty())
        destination.datasetId = id;
    destination.segmentPerBatch = m_segmentPerBatch->value();
    if (destination != Destination())
        r.destination = destination;

    SchemaName schema;
    if (m_base.schema)
        schema.extra = without(m_base.schema->extra, {"name"_L1});
    if (const QString name = m_schema->text().trimmed(); !name.isEmpty())
        schema.name = name;
    r.schema = schema;

    if (const auto segmentation = m_segmentation->value()) {
        EvaluationInfo info;
        if (m_base.evaluationInfo)
            info.extra = without(m_base.evaluationInfo->extra, {"segmentation"_L1});
        info.segmentation = segmentation;
        r.evaluationInfo = info;
    } else if (m_base.evaluationInfo
               && !without(m_base.evaluationInfo->extra, {"segmentation"_L1}).isEmpty()) {
        EvaluationInfo info;
        info.extra = without(m_base.evaluationInfo->extra, {"segmentation"_L1});
        r.evaluationInfo = info;
    }
    return r;
}

void ExportJobForm::setRequest(const ExportJobRequest &request)
{
    m_loading = true;
    m_base = request;

    m_fields->setText(request.fields.value_or(QString()));

    setMergePolicy(request.mergePolicy ? request.mergePolicy->id.value_or(QString()) : QString());
    const qint64 version = request.mergePolicy ? request.mergePolicy->version.value_or(0) : 0;
    // A version the form cannot send (below 1) is left out; the dialog says so.
    m_version->setValue(version >= 1 && version <= m_version->maximum() ? int(version) : 0);

    const JobFilter filter = request.filter.value_or(JobFilter());
    m_segments->setSegments(filter.segments);
    const auto time = filter.segmentQualificationTime;
    m_qualificationStart->setValue(time ? time->startTime : std::nullopt);
    m_qualificationEnd->setValue(time ? time->endTime : std::nullopt);
    m_fromIngest->setValue(filter.fromIngestTimestamp);
    m_emptyProfiles->setValue(filter.emptyProfiles);

    const auto events
            = request.additionalFields ? request.additionalFields->eventList : std::nullopt;
    m_events->setChecked(events.has_value());
    m_eventFields->setText(events ? events->fields.value_or(QString()) : QString());
    const auto eventFilter = events ? events->filter : std::nullopt;
    m_eventsFrom->setValue(eventFilter ? eventFilter->fromIngestTimestamp : std::nullopt);
    m_eventsTo->setValue(eventFilter ? eventFilter->toIngestTimestamp : std::nullopt);

    setDatasetId(request.destination ? request.destination->datasetId.value_or(QString())
                                     : QString());
    m_segmentPerBatch->setValue(request.destination ? request.destination->segmentPerBatch
                                                    : std::nullopt);
    m_schema->setText(request.schema ? request.schema->name.value_or(QString()) : QString());
    m_segmentation->setValue(request.evaluationInfo ? request.evaluationInfo->segmentation
                                                    : std::nullopt);
    updateEnabled();
    m_loading = false;
    emit changed();
}

QJsonObject ExportJobForm::uiState() const
{
    return QJsonObject{
            {u"qualificationStart"_s, m_qualificationStart->uiState()},
            {u"qualificationEnd"_s, m_qualificationEnd->uiState()},
            {u"updatedAfter"_s, m_fromIngest->uiState()},
            {u"eventsFrom"_s, m_eventsFrom->uiState()},
            {u"eventsTo"_s, m_eventsTo->uiState()},
            {u"eventFields"_s, m_eventFields->text()},
    };
}

void ExportJobForm::restoreUiState(const QJsonObject &state)
{
    m_loading = true;
    m_qualificationStart->restoreUiState(state.value(u"qualificationStart").toObject());
    m_qualificationEnd->restoreUiState(state.value(u"qualificationEnd").toObject());
    m_fromIngest->restoreUiState(state.value(u"updatedAfter").toObject());
    m_eventsFrom->restoreUiState(state.value(u"eventsFrom").toObject());
    m_eventsTo->restoreUiState(state.value(u"eventsTo").toObject());
    // Event fields typed while events were off are not in the request; keep them anyway.
    if (!m_events->isChecked())
        m_eventFields->setText(state.value(u"eventFields").toString());
    m_loading = false;
}

void ExportJobForm::edited()
{
    if (!m_loading)
        emit changed();
}

void ExportJobForm::updateEnabled()
{
    const bool events = m_events->isChecked();
    m_eventFields->setEnabled(events);
    m_eventFieldsLabel->setEnabled(events);
    for (DateTimeField *field : {m_eventsFrom, m_eventsTo}) {
        field->enableBox()->setEnabled(events);
        field->setEnabled(events);
    }
    const bool policy = !mergePolicyId().isEmpty();
    m_version->setEnabled(policy);
    m_versionLabel->setEnabled(policy);
}

// Datasets -----------------------------------------------------------------------------------

QString ExportJobForm::datasetId() const
{
    const QString text = m_dataset->currentText().trimmed();
    const int index = m_dataset->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    return index >= 0 ? m_dataset->itemData(index).toString() : text;
}

void ExportJobForm::setDatasetId(const QString &id)
{
    const QSignalBlocker block(m_dataset);
    const int index = id.isEmpty() ? -1 : m_dataset->findData(id);
    m_dataset->setCurrentIndex(index);
    if (index < 0)
        m_dataset->setEditText(id);
}

std::optional<Dataset> ExportJobForm::chosenDataset() const
{
    const QString id = datasetId();
    for (const Dataset &dataset : m_datasets) {
        if (dataset.id == id)
            return dataset;
    }
    return std::nullopt;
}

void ExportJobForm::fillDatasets()
{
    const QString current = datasetId();
    {
        const QSignalBlocker block(m_dataset);
        m_dataset->clear();
        for (const Dataset &dataset : std::as_const(m_datasets)) {
            const QString text = dataset.name && !dataset.name->isEmpty()
                    ? tr("%1 (%2)", "dataset name (dataset ID)").arg(*dataset.name, dataset.id)
                    : dataset.id;
            m_dataset->addItem(text, dataset.id);
            m_dataset->setItemData(m_dataset->count() - 1,
                                   dataset.isOnProfileUnionSchema()
                                           ? tr("On the profile union schema.")
                                           : tr("Not on the profile union schema: exports into "
                                                "it fail."),
                                   Qt::ToolTipRole);
        }
    }
    setDatasetId(current);
}

void ExportJobForm::setDatasetsLoading()
{
    m_datasetLoad->setLoading();
}

void ExportJobForm::setDatasets(const QList<Dataset> &datasets)
{
    m_datasets = datasets;
    fillDatasets();
    m_datasetLoad->setLoaded(
            datasets.isEmpty() ? tr("This sandbox has no datasets yet: create one.") : QString());
    setIssues(m_issues);
}

void ExportJobForm::setDatasetsFailed(const ApiError &error)
{
    m_datasetLoad->setFailed(error);
}

void ExportJobForm::addDataset(const Dataset &dataset, bool select)
{
    m_datasets.removeIf([&dataset](const Dataset &d) { return d.id == dataset.id; });
    m_datasets.prepend(dataset);
    fillDatasets();
    if (m_datasetLoad->state() == LoadState::State::Loaded)
        m_datasetLoad->setLoaded();
    if (select) {
        setDatasetId(dataset.id);
        edited();
    }
}

// Merge policies -----------------------------------------------------------------------------

QString ExportJobForm::mergePolicyId() const
{
    return m_mergePolicy->currentData().toString();
}

void ExportJobForm::setMergePolicy(const QString &id)
{
    const QSignalBlocker block(m_mergePolicy);
    int index = id.isEmpty() ? 0 : m_mergePolicy->findData(id);
    if (index < 0) {
        // A policy this sandbox does not list (yet): keep it, so the request keeps it.
        m_mergePolicy->addItem(id, id);
        index = m_mergePolicy->count() - 1;
        m_mergePolicy->setItemData(
                index,
                m_policiesLoaded ? tr("Not one of this sandbox's merge policies.") : QString(),
                Qt::ToolTipRole);
    }
    m_mergePolicy->setCurrentIndex(index);
    updateEnabled();
}

void ExportJobForm::fillMergePolicies()
{
    const QString current = m_mergePolicy->count() > 0 ? mergePolicyId() : QString();
    {
        const QSignalBlocker block(m_mergePolicy);
        m_mergePolicy->clear();
        m_mergePolicy->addItem(tr("Not sent: each segment's own merge policy"), QString());
        for (const MergePolicy &policy : std::as_const(m_policies)) {
            const QString name = policy.name.value_or(policy.id);
            m_mergePolicy->addItem(policy.isDefault.value_or(false)
                                           ? tr("%1 (default)", "default merge policy").arg(name)
                                           : name,
                                   policy.id);
            m_mergePolicy->setItemData(
                    m_mergePolicy->count() - 1,
                    tr("ID %1, version %2; identity graph: %3; attribute merge: %4")
                            .arg(policy.id)
                            .arg(policy.version ? QString::number(*policy.version) : u"?"_s)
                            .arg(policy.identityGraphType(), policy.attributeMergeType()),
                    Qt::ToolTipRole);
        }
    }
    setMergePolicy(current);
}

void ExportJobForm::setMergePoliciesLoading()
{
    m_mergePolicyLoad->setLoading();
}

void ExportJobForm::setMergePolicies(const QList<MergePolicy> &policies)
{
    m_policies = policies;
    m_policiesLoaded = true;
    fillMergePolicies();
    m_mergePolicyLoad->setLoaded();
}

void ExportJobForm::setMergePoliciesFailed(const ApiError &error)
{
    m_mergePolicyLoad->setFailed(error);
}

// Issues -------------------------------------------------------------------------------------

QStringList ExportJobForm::formWarnings() const
{
    QStringList warnings;
    if (const auto dataset = chosenDataset(); dataset && !dataset->isOnProfileUnionSchema())
        warnings << tr("This dataset is not on the profile union schema, so the export will "
                       "fail. Choose another or create one.");
    return warnings;
}

FieldMessage *ExportJobForm::messageFor(const QString &field) const
{
    for (const auto &[prefix, message] : m_targets) {
        if (field == prefix || field.startsWith(prefix + u'.') || field.startsWith(prefix + u'['))
            return message;
    }
    return m_general;
}

void ExportJobForm::setIssues(const QList<ValidationIssue> &issues)
{
    m_issues = issues;
    QHash<FieldMessage *, QList<ValidationIssue>> byMessage;
    QList<ValidationIssue> segmentIssues;
    for (const ValidationIssue &issue : issues) {
        if (issue.field.startsWith(u"filter.segments"))
            segmentIssues << issue;
        else
            byMessage[messageFor(issue.field)] << issue;
    }
    QList<FieldMessage *> all{m_general};
    for (const auto &target : std::as_const(m_targets))
        all << target.second;
    for (FieldMessage *message : std::as_const(all)) {
        QStringList errors;
        QStringList warnings;
        for (const ValidationIssue &issue : byMessage.value(message))
            (issue.isError() ? errors : warnings) << issue.message();
        if (message == m_datasetMessage)
            warnings << formWarnings();
        message->setMessages(errors, warnings);
    }
    m_segments->setIssues(segmentIssues);
}

// Texts --------------------------------------------------------------------------------------

void ExportJobForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExportJobForm::retranslateUi()
{
    m_destinationGroup->setTitle(tr("Destination"));
    m_datasetLabel->setText(tr("&Dataset:"));
    m_dataset->lineEdit()->setPlaceholderText(tr("Choose a dataset or paste its ID"));
    m_dataset->setToolTip(tr("The dataset the exported profiles are written to; it must be on "
                             "the profile union schema."));
    m_createDataset->setText(tr("&New Dataset…"));
    m_createDataset->setToolTip(tr("Creates a dataset on the profile union schema and chooses "
                                   "it for this export job."));
    m_schemaLabel->setText(tr("Sc&hema name:"));
    m_schema->setToolTip(tr("The XDM schema of the exported profiles; exports use "
                            "_xdm.context.profile."));
    m_segmentPerBatch->setText(tr("One &batch per segment"));
    m_segmentPerBatch->setToolTip(tr("Writes each segment's profiles into a batch of its own "
                                     "instead of one batch for all segments."));
    m_segmentPerBatchNote->setText(tr("A batch per segment can make large exports slower; "
                                      "leave it off unless each segment must be read apart."));

    m_segmentsGroup->setTitle(tr("Segments"));
    m_qualificationStart->enableBox()->setText(tr("&Qualified from:"));
    m_qualificationStart->enableBox()->setToolTip(
            tr("Exports only profiles that qualified for the segments at or after this time."));
    m_qualificationEnd->enableBox()->setText(tr("Qualified &until:"));
    m_qualificationEnd->enableBox()->setToolTip(
            tr("Exports only profiles that qualified for the segments at or before this time."));

    m_profilesGroup->setTitle(tr("Profiles"));
    m_fieldsLabel->setText(tr("&Fields:"));
    m_fields->lineEdit()->setToolTip(tr("The profile fields to export, as comma-separated dot "
                                        "paths; leave empty to export every field."));
    m_mergePolicyLabel->setText(tr("&Merge policy:"));
    m_mergePolicy->setToolTip(tr("How fragments of one person are merged into a profile; not "
                                 "sent means each segment's own merge policy."));
    m_versionLabel->setText(tr("&Version:"));
    m_version->setSpecialValueText(tr("Latest", "merge policy version"));
    m_version->setToolTip(tr("The merge policy's version to use; Latest leaves it out so the "
                             "platform takes the newest."));
    m_fromIngest->enableBox()->setText(tr("Updated &after:"));
    m_fromIngest->enableBox()->setToolTip(
            tr("Exports only profiles updated after this time (their ingest timestamp)."));
    m_emptyProfiles->setText(tr("Include &empty profiles"));
    m_emptyProfiles->setToolTip(tr("Also exports profiles that have ExperienceEvents but no "
                                   "profile record; off by default."));

    m_eventsGroup->setTitle(tr("Events"));
    m_events->setText(tr("Include Experience&Events"));
    m_events->setToolTip(tr("Exports each profile's time-series events with it; off exports "
                            "profiles alone."));
    m_eventFieldsLabel->setText(tr("Event fiel&ds:"));
    m_eventFields->lineEdit()->setToolTip(tr("The event fields to export, as comma-separated dot "
                                             "paths; leave empty for every event field."));
    m_eventsFrom->enableBox()->setText(tr("Ingested f&rom:"));
    m_eventsFrom->enableBox()->setToolTip(
            tr("Exports only events ingested at or after this time."));
    m_eventsTo->enableBox()->setText(tr("Ingested un&til:"));
    m_eventsTo->enableBox()->setToolTip(tr("Exports only events ingested at or before this time."));

    m_advancedGroup->setTitle(tr("Advanced"));
    m_segmentation->setText(tr("E&valuate segments before exporting"));
    m_segmentation->setToolTip(tr("Asks the platform to evaluate the segments first "
                                  "(evaluationInfo.segmentation), so memberships are current."));

    fillMergePolicies();
    fillDatasets();
    if (m_datasetLoad->state() == LoadState::State::Loaded)
        m_datasetLoad->setLoaded(m_datasets.isEmpty()
                                         ? tr("This sandbox has no datasets yet: create one.")
                                         : QString());
    setIssues(m_issues);
}
