#include "DatasetDialog.h"

#include "FieldMessage.h"
#include "api/PlatformClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QWidget *withMessage(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return box;
}

} // namespace

DatasetDialog::DatasetDialog(PlatformClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_descriptionMessage(new FieldMessage(this))
    , m_schemaLabel(new QLabel(this))
    , m_schema(new QComboBox(this))
    , m_schemaNote(new QLabel(this))
    , m_schemaMessage(new FieldMessage(this))
    , m_persisted(new QCheckBox(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_formatMessage(new FieldMessage(this))
    , m_general(new FieldMessage(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(new QPushButton(this))
{
    m_schema->setEditable(true);
    m_schema->setInsertPolicy(QComboBox::NoInsert);
    m_schema->addItem(SchemaRef::profileUnionSchemaId());
    m_schema->setMinimumContentsLength(40);
    m_schemaNote->setWordWrap(true);
    m_format->addItem(u"parquet"_s, u"parquet"_s); // untranslated: a file format name
    m_format->addItem(u"json"_s, u"json"_s); // untranslated: a file format name
    m_status->setWordWrap(true);
    m_buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, withMessage(this, {m_name, m_nameMessage}));
    form->addRow(m_descriptionLabel, withMessage(this, {m_description, m_descriptionMessage}));
    form->addRow(m_schemaLabel, withMessage(this, {m_schema, m_schemaNote, m_schemaMessage}));
    form->addRow(QString(), m_persisted);
    form->addRow(m_formatLabel, withMessage(this, {m_format, m_formatMessage}));
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setBuddy(m_description);
    m_schemaLabel->setBuddy(m_schema);
    m_formatLabel->setBuddy(m_format);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setRequest(DatasetRequest::forProfileExport(QString()));

    connect(m_name, &QLineEdit::textChanged, this, &DatasetDialog::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &DatasetDialog::revalidate);
    connect(m_schema, &QComboBox::currentTextChanged, this, &DatasetDialog::revalidate);
    connect(m_persisted, &QCheckBox::toggled, this, &DatasetDialog::revalidate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetDialog::revalidate);
    connect(m_create, &QPushButton::clicked, this, &DatasetDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_name->setFocus();
    resize(640, 420);
    retranslateUi();
}

DatasetDialog::~DatasetDialog() = default;

DatasetRequest DatasetDialog::request() const
{
    DatasetRequest request;
    if (const QString name = m_name->text().trimmed(); !name.isEmpty())
        request.name = name;
    if (const QString description = m_description->text().trimmed(); !description.isEmpty())
        request.description = description;
    SchemaRef schema;
    if (const QString id = m_schema->currentText().trimmed(); !id.isEmpty())
        schema.id = id;
    schema.contentType = SchemaRef::xedContentType();
    request.schemaRef = schema;
    FileDescription file;
    file.persisted = m_persisted->isChecked();
    file.containerFormat = m_format->currentData().toString();
    file.format = m_format->currentData().toString();
    request.fileDescription = file;
    return request;
}

void DatasetDialog::setRequest(const DatasetRequest &request)
{
    m_name->setText(request.name.value_or(QString()));
    m_description->setText(request.description.value_or(QString()));
    m_schema->setEditText(request.schemaRef ? request.schemaRef->id.value_or(QString())
                                            : QString());
    const auto file = request.fileDescription.value_or(FileDescription());
    m_persisted->setChecked(file.persisted.value_or(true));
    const QString format = file.format.value_or(u"parquet"_s);
    if (m_format->findData(format) < 0)
        m_format->addItem(format, format);
    m_format->setCurrentIndex(m_format->findData(format));
    revalidate();
}

FieldMessage *DatasetDialog::messageFor(const QString &field) const
{
    if (field == u"name")
        return m_nameMessage;
    if (field == u"description")
        return m_descriptionMessage;
    if (field.startsWith(u"schemaRef"))
        return m_schemaMessage;
    if (field.startsWith(u"fileDescription"))
        return m_formatMessage;
    return m_general;
}

void DatasetDialog::revalidate()
{
    const QList<ValidationIssue> issues = request().validate();
    QHash<FieldMessage *, QList<ValidationIssue>> byMessage;
    QStringList errors;
    for (const ValidationIssue &issue : issues) {
        byMessage[messageFor(issue.field)] << issue;
        if (issue.isError())
            errors << issue.message();
    }
    for (FieldMessage *message :
         {m_nameMessage, m_descriptionMessage, m_schemaMessage, m_formatMessage, m_general})
        message->setIssues(byMessage.value(message));
    m_create->setEnabled(errors.isEmpty() && !m_creating);

    if (m_creating)
        m_status->setText(tr("Creating the dataset…"));
    else if (!errors.isEmpty())
        m_status->setText(tr("Create is unavailable until this is fixed: %1").arg(errors.first()));
    else if (m_error)
        m_status->setText(tr("The dataset was not created.") + u'\n' + m_error->message());
    else
        m_status->clear();
}

QString DatasetDialog::statusText() const
{
    return m_status->text();
}

void DatasetDialog::create()
{
    const DatasetRequest sent = request();
    if (!sent.isValid() || m_creating)
        return;
    m_creating = true;
    m_error.reset();
    revalidate();
    m_call = m_client->createDataset(sent, this, [this, sent](ApiResult<QString> result) {
        m_creating = false;
        if (!result) {
            m_error = result.error();
            revalidate();
            return;
        }
        Dataset dataset;
        dataset.id = result.value();
        dataset.name = sent.name;
        dataset.description = sent.description;
        dataset.schemaRef = sent.schemaRef;
        dataset.fileDescription = sent.fileDescription;
        emit datasetCreated(dataset);
        accept();
    });
}

void DatasetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DatasetDialog::retranslateUi()
{
    setWindowTitle(tr("New Dataset"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Profile Data Export"));
    m_name->setToolTip(tr("The dataset's name as the platform lists it."));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("Optional"));
    m_description->setToolTip(tr("A note about what the dataset holds, for whoever finds it "
                                 "later."));
    m_schemaLabel->setText(tr("&Schema:"));
    m_schema->setToolTip(tr("The XDM schema of the dataset's records, as a URI; exports need "
                            "the profile union schema."));
    m_schemaNote->setText(tr("Exports write only into datasets on the profile union schema; on "
                             "another schema the dataset is created but the export fails."));
    m_persisted->setText(tr("&Persisted"));
    m_persisted->setToolTip(tr("Keeps the written files in the data lake, where they can be "
                               "downloaded."));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setToolTip(tr("The file format the exported batches are stored in."));
    m_create->setText(tr("&Create"));
    m_create->setToolTip(tr("Creates the dataset in the current sandbox."));
    m_buttons->button(QDialogButtonBox::Cancel)
            ->setToolTip(tr("Closes the form without creating "
                            "a dataset."));
    revalidate();
}
