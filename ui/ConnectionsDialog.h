#pragma once

#include "api/Connection.h"
#include "models/ConnectionTest.h"

#include <QDialog>
#include <QHash>

#include <array>

class ConnectionStore;
class FieldMessage;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;
class SecretStore;

// Saved connections: the local platform (shown, not editable) and platform connections with
// their URLs, organization, sandbox, client ID and either OAuth server-to-server credentials or
// a pasted access token. Secrets go to the keychain through SecretStore, never to settings; when
// no keychain runs the dialog says the secret lasts for this session only. "Test connection"
// checks the connection as entered, step by step, and says which step failed and why.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    // `store` and `secrets` must outlive the dialog.
    ConnectionsDialog(ConnectionStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    // The local platform's own client secret, which the application knows; used to test it.
    void setLocalPlatformSecret(const QString &secret);

    // Shows a saved connection (or the local platform) in the form.
    void selectConnection(const QString &name);
    // Starts a new, unsaved connection with the usual platform URLs.
    void addConnection();
    // Saves the form: the settings in the store, the secret in the keychain. False, with the
    // reasons shown beside the fields, when it cannot be saved.
    bool save();
    void testConnection();

    // The connection as the form holds it now (saved or not), without its secret.
    Connection editedConnection() const;
    QString editedSecret() const;
    // The saved name the form edits; empty for a new connection.
    QString editingName() const { return m_editingName; }
    bool isModified() const;

    QListView *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *imsUrlEdit() const { return m_imsUrl; }
    QLineEdit *orgIdEdit() const { return m_orgId; }
    QLineEdit *sandboxEdit() const { return m_sandbox; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QComboBox *authMethodBox() const { return m_authMethod; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    ConnectionTest *test() const { return m_tester; }
    // What the test shows for each step, and the failed step's error.
    QString stepText(ConnectionTest::Step step) const;
    QString testErrorText() const;
    QString keychainText() const;
    // The problems shown under a field: "name", "baseUrl", "imsUrl", "orgId", "sandbox",
    // "clientId", "scopes", "secret", or "" for the others.
    FieldMessage *messageFor(const QString &field) const;

signals:
    // Saved, with its secret written (or kept for the session when no keychain runs).
    void connectionSaved(const Connection &connection);
    void connectionRemoved(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Field { Name, BaseUrl, ImsUrl, OrgId, Sandbox, ClientId, Scopes, Count };

    void load(const Connection &connection, bool isNew);
    void removeCurrent();
    void onSelectionChanged();
    // Save / discard / stay when leaving a form with changes; false to stay.
    bool confirmLeave();
    void revalidate();
    void updateAuthFields();
    void updateKeychainNote();
    void renderTest();
    void retranslateUi();
    FieldMessage *message(Field field) const { return m_messages[int(field)]; }

    ConnectionStore *m_store;
    SecretStore *m_secrets;
    ConnectionTest *m_tester;
    QString m_localSecret;
    QString m_editingName;
    bool m_isLocal = false;
    Connection m_loaded;
    QString m_loadedSecret;
    bool m_loading = false;
    bool m_selecting = false;
    QString m_saveProblem;

    QListView *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QGroupBox *m_details;
    QLabel *m_localNote;
    std::array<QLabel *, int(Field::Count)> m_labels{};
    std::array<FieldMessage *, int(Field::Count)> m_messages{};
    // Declared, and so created, in the order the form reads: that is the tab order.
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_orgId;
    QLineEdit *m_sandbox;
    QLineEdit *m_clientId;
    QLabel *m_authLabel;
    QComboBox *m_authMethod;
    QLineEdit *m_imsUrl;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    FieldMessage *m_secretMessage;
    QLineEdit *m_scopes;
    QLabel *m_keychain;
    FieldMessage *m_general;
    QPushButton *m_test;
    QPushButton *m_revert;
    QPushButton *m_save;
    QGroupBox *m_testBox;
    std::array<QLabel *, ConnectionTest::StepCount> m_stepIcons{};
    std::array<QLabel *, ConnectionTest::StepCount> m_stepNames{};
    std::array<QLabel *, ConnectionTest::StepCount> m_stepStates{};
    QLabel *m_testError;
    QDialogButtonBox *m_buttons;
};
