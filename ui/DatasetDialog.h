#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/Dataset.h"
#include "api/DatasetRequest.h"

#include <QDialog>

class FieldMessage;
class PlatformClient;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "New dataset": the Catalog create call as a form, with the profile union schema an export
// needs chosen by default. Problems from DatasetRequest::validate() show under their fields;
// Create stays disabled while one is an error, and says why.
class DatasetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDialog)

public:
    // `client` must outlive the dialog; it creates the dataset in its current sandbox.
    explicit DatasetDialog(PlatformClient *client, QWidget *parent = nullptr);
    ~DatasetDialog() override;

    DatasetRequest request() const;
    void setRequest(const DatasetRequest &request);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *schemaBox() const { return m_schema; }
    QCheckBox *persistedBox() const { return m_persisted; }
    QComboBox *formatBox() const { return m_format; }
    QPushButton *createButton() const { return m_create; }
    // Why Create is disabled, or what happened to the last attempt.
    QString statusText() const;
    FieldMessage *messageFor(const QString &field) const;

signals:
    // The new dataset: its id, and the name and settings it was created with.
    void datasetCreated(const Dataset &dataset);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void create();
    void retranslateUi();

    PlatformClient *m_client;
    ApiCall m_call;
    bool m_creating = false;
    std::optional<ApiError> m_error;

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    QLabel *m_descriptionLabel;
    QLineEdit *m_description;
    FieldMessage *m_descriptionMessage;
    QLabel *m_schemaLabel;
    QComboBox *m_schema;
    QLabel *m_schemaNote;
    FieldMessage *m_schemaMessage;
    QCheckBox *m_persisted;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    FieldMessage *m_formatMessage;
    FieldMessage *m_general;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};
