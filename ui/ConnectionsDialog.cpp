#include "ConnectionsDialog.h"

#include "FieldMessage.h"
#include "models/ConnectionStore.h"
#include "models/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString kDefaultScopes
        = u"openid,AdobeID,read_organizations,additional_info.projectedProductContext,session"_s;

QWidget *withMessage(QWidget *parent, QWidget *field, FieldMessage *message)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

// A connection every check accepts, to find out which field a problem belongs to.
Connection probeBase(Connection::AuthMethod method)
{
    Connection c;
    c.name = u"probe"_s;
    c.kind = Connection::Kind::Platform;
    c.baseUrl = QUrl(u"https://platform.example"_s);
    c.imsUrl = QUrl(u"https://ims.example"_s);
    c.orgId = u"ORG@AdobeOrg"_s;
    c.sandbox = u"prod"_s;
    c.clientId = u"client"_s;
    c.authMethod = method;
    c.scopes = {u"openid"_s};
    return c;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(ConnectionStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_tester(new ConnectionTest(this))
    , m_list(new QListView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_details(new QGroupBox(this))
    , m_localNote(new QLabel(m_details))
    , m_name(new QLineEdit(m_details))
    , m_baseUrl(new QLineEdit(m_details))
    , m_orgId(new QLineEdit(m_details))
    , m_sandbox(new QLineEdit(m_details))
    , m_clientId(new QLineEdit(m_details))
    , m_authLabel(new QLabel(m_details))
    , m_authMethod(new QComboBox(m_details))
    , m_imsUrl(new QLineEdit(m_details))
    , m_secretLabel(new QLabel(m_details))
    , m_secret(new QLineEdit(m_details))
    , m_showSecret(new QToolButton(m_details))
    , m_secretMessage(new FieldMessage(m_details))
    , m_scopes(new QLineEdit(m_details))
    , m_keychain(new QLabel(m_details))
    , m_general(new FieldMessage(m_details))
    , m_test(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_testBox(new QGroupBox(this))
    , m_testError(new QLabel(m_testBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_list->setModel(m_store);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);

    const QList<QLineEdit *> edits{m_name,    m_baseUrl,  m_imsUrl, m_orgId,
                                   m_sandbox, m_clientId, m_scopes};
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < int(Field::Count); ++i) {
        m_labels[i] = new QLabel(m_details);
        m_messages[i] = new FieldMessage(m_details);
        m_labels[i]->setBuddy(edits[i]);
    }
    m_authMethod->addItem(QString(), int(Connection::AuthMethod::OAuthServerToServer));
    m_authMethod->addItem(QString(), int(Connection::AuthMethod::StaticToken));
    m_authLabel->setBuddy(m_authMethod);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_showSecret->setCheckable(true);
    m_secretLabel->setBuddy(m_secret);
    auto *secretRow = new QWidget(m_details);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);
    m_keychain->setWordWrap(true);
    m_localNote->setWordWrap(true);

    auto addRow = [&](Field field, QWidget *widget) {
        form->addRow(m_labels[int(field)], withMessage(m_details, widget, message(field)));
    };
    addRow(Field::Name, m_name);
    addRow(Field::BaseUrl, m_baseUrl);
    addRow(Field::OrgId, m_orgId);
    addRow(Field::Sandbox, m_sandbox);
    addRow(Field::ClientId, m_clientId);
    form->addRow(m_authLabel, m_authMethod);
    addRow(Field::ImsUrl, m_imsUrl);
    form->addRow(m_secretLabel, withMessage(m_details, secretRow, m_secretMessage));
    addRow(Field::Scopes, m_scopes);
    form->addRow(QString(), m_keychain);

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_localNote);
    detailsLayout->addWidget(m_general);
    detailsLayout->addLayout(form);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_test);
    editButtons->addStretch(1);
    editButtons->addWidget(m_revert);
    editButtons->addWidget(m_save);
    detailsLayout->addLayout(editButtons);

    auto *testLayout = new QGridLayout(m_testBox);
    for (int i = 0; i < ConnectionTest::StepCount; ++i) {
        m_stepIcons[i] = new QLabel(m_testBox);
        m_stepNames[i] = new QLabel(m_testBox);
        m_stepStates[i] = new QLabel(m_testBox);
        testLayout->addWidget(m_stepIcons[i], i, 0);
        testLayout->addWidget(m_stepNames[i], i, 1);
        testLayout->addWidget(m_stepStates[i], i, 2);
    }
    testLayout->setColumnStretch(2, 1);
    m_testError->setWordWrap(true);
    m_testError->setTextFormat(Qt::PlainText);
    m_testError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testLayout->addWidget(m_testError, ConnectionTest::StepCount, 0, 1, 3);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_testBox);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_loading)
                return;
            m_saveProblem.clear();
            revalidate();
        });
    }
    connect(m_secret, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            revalidate();
    });
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        if (!m_loading)
            revalidate();
    });
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionsDialog::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_editingName.isEmpty())
            load(m_loaded, true);
        else
            selectConnection(m_editingName);
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_tester, &ConnectionTest::stepChanged, this, &ConnectionsDialog::renderTest);
    connect(m_tester, &ConnectionTest::finished, this, &ConnectionsDialog::renderTest);
    connect(m_secrets, &SecretStore::persistenceChanged, this,
            &ConnectionsDialog::updateKeychainNote);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (confirmLeave())
            reject();
    });

    resize(920, 680);
    retranslateUi();
    selectConnection(m_store->currentName());
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::setLocalPlatformSecret(const QString &secret)
{
    m_localSecret = secret;
}

// The form --------------------------------------------------------------------------------

Connection ConnectionsDialog::editedConnection() const
{
    if (m_isLocal)
        return m_loaded;
    Connection c;
    c.name = m_name->text().trimmed();
    c.kind = Connection::Kind::Platform;
    c.baseUrl = QUrl(m_baseUrl->text().trimmed());
    c.imsUrl = QUrl(m_imsUrl->text().trimmed());
    c.orgId = m_orgId->text().trimmed();
    c.sandbox = m_sandbox->text().trimmed();
    c.clientId = m_clientId->text().trimmed();
    c.authMethod = Connection::AuthMethod(m_authMethod->currentData().toInt());
    static const QRegularExpression separators(u"[,\\s]+"_s);
    c.scopes = m_scopes->text().split(separators, Qt::SkipEmptyParts);
    if (c.authMethod == Connection::AuthMethod::StaticToken) {
        // Kept as they were, so a switch back to OAuth finds them.
        c.scopes = m_loaded.scopes.isEmpty() ? c.scopes : m_loaded.scopes;
    }
    return c;
}

QString ConnectionsDialog::editedSecret() const
{
    return m_isLocal ? m_localSecret : m_secret->text();
}

bool ConnectionsDialog::isModified() const
{
    if (m_isLocal)
        return false;
    if (m_editingName.isEmpty())
        return true;
    return editedConnection() != m_loaded || editedSecret() != m_loadedSecret;
}

void ConnectionsDialog::load(const Connection &connection, bool isNew)
{
    m_loading = true;
    m_tester->cancel();
    m_isLocal = connection.kind == Connection::Kind::LocalPlatform;
    m_editingName = isNew ? QString() : connection.name;
    m_loaded = connection;
    m_loadedSecret.clear();
    m_saveProblem.clear();
    m_name->setText(m_isLocal ? ConnectionStore::displayName(connection) : connection.name);
    m_baseUrl->setText(connection.baseUrl.toString());
    m_imsUrl->setText(connection.imsUrl.toString());
    m_orgId->setText(connection.orgId);
    m_sandbox->setText(connection.sandbox);
    m_clientId->setText(connection.clientId);
    m_authMethod->setCurrentIndex(m_authMethod->findData(int(connection.authMethod)));
    m_secret->clear();
    m_showSecret->setChecked(false);
    m_scopes->setText(connection.scopes.join(u','));
    for (QLineEdit *edit : {m_name, m_baseUrl, m_imsUrl, m_orgId, m_sandbox, m_clientId, m_scopes})
        edit->setReadOnly(m_isLocal);
    m_authMethod->setEnabled(!m_isLocal);
    m_localNote->setVisible(m_isLocal);
    m_remove->setEnabled(!m_isLocal && !isNew);
    updateAuthFields();
    m_loading = false;
    renderTest();
    revalidate();
}

void ConnectionsDialog::selectConnection(const QString &name)
{
    const auto connection = m_store->find(name);
    if (!connection)
        return;
    load(*connection, false);
    m_selecting = true;
    m_list->setCurrentIndex(m_store->index(m_store->rowOf(name)));
    m_selecting = false;
    if (m_isLocal)
        return;
    m_secrets->read(name, this, [this, name](std::optional<QString> secret) {
        updateKeychainNote();
        if (!secret || m_editingName != name || !m_secret->text().isEmpty())
            return;
        m_loading = true;
        m_secret->setText(*secret);
        m_loading = false;
        m_loadedSecret = *secret;
        revalidate();
    });
}

void ConnectionsDialog::onSelectionChanged()
{
    if (m_selecting)
        return;
    const QString name = m_list->currentIndex().data(ConnectionStore::NameRole).toString();
    if (name.isEmpty() || (name == m_editingName && !m_editingName.isEmpty()))
        return;
    if (!confirmLeave()) {
        m_selecting = true;
        if (m_editingName.isEmpty())
            m_list->clearSelection();
        else
            m_list->setCurrentIndex(m_store->index(m_store->rowOf(m_editingName)));
        m_selecting = false;
        return;
    }
    selectConnection(name);
}

bool ConnectionsDialog::confirmLeave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Connection"),
                    tr("Save the changes to “%1” before leaving it?").arg(m_name->text().trimmed()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ConnectionsDialog::addConnection()
{
    if (!confirmLeave())
        return;
    Connection c;
    c.kind = Connection::Kind::Platform;
    QString name = tr("New connection");
    for (int n = 2; m_store->find(name); ++n)
        name = tr("New connection %1").arg(n);
    c.name = name;
    c.baseUrl = QUrl(u"https://platform.adobe.io"_s);
    c.imsUrl = QUrl(u"https://ims-na1.adobelogin.com"_s);
    c.sandbox = u"prod"_s;
    c.authMethod = Connection::AuthMethod::OAuthServerToServer;
    c.scopes = kDefaultScopes.split(u',');
    load(c, true);
    m_selecting = true;
    m_list->selectionModel()->clearCurrentIndex();
    m_list->clearSelection();
    m_selecting = false;
    m_name->setFocus();
    m_name->selectAll();
}

bool ConnectionsDialog::save()
{
    if (m_isLocal)
        return false;
    const Connection connection = editedConnection();
    const QString secret = editedSecret();
    const QString previous = m_editingName;
    QString problem;
    if (!m_store->save(connection, previous, &problem)) {
        m_saveProblem = problem;
        revalidate();
        return false;
    }
    if (!previous.isEmpty() && previous != connection.name)
        m_secrets->remove(previous);
    if (secret.isEmpty()) {
        m_secrets->remove(connection.name);
        emit connectionSaved(connection);
    } else {
        m_secrets->write(connection.name, secret, this,
                         [this, connection](SecretStore::Persistence) {
                             updateKeychainNote();
                             emit connectionSaved(connection);
                         });
    }
    m_editingName = connection.name;
    m_loaded = connection;
    m_loadedSecret = secret;
    m_saveProblem.clear();
    m_remove->setEnabled(true);
    m_selecting = true;
    m_list->setCurrentIndex(m_store->index(m_store->rowOf(connection.name)));
    m_selecting = false;
    revalidate();
    return true;
}

void ConnectionsDialog::removeCurrent()
{
    if (m_isLocal || m_editingName.isEmpty())
        return;
    const QString name = m_editingName;
    const auto answer = QMessageBox::question(
            this, tr("Remove Connection"),
            tr("Remove the connection “%1” and its secret from this computer?").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_store->remove(name);
    m_secrets->remove(name);
    m_editingName.clear();
    emit connectionRemoved(name);
    selectConnection(ConnectionStore::localPlatformName());
}

void ConnectionsDialog::updateAuthFields()
{
    const bool oauth = Connection::AuthMethod(m_authMethod->currentData().toInt())
            == Connection::AuthMethod::OAuthServerToServer;
    const bool editable = !m_isLocal;
    m_labels[int(Field::ImsUrl)]->setVisible(oauth);
    m_imsUrl->parentWidget()->setVisible(oauth);
    m_labels[int(Field::Scopes)]->setVisible(oauth && editable);
    m_scopes->parentWidget()->setVisible(oauth && editable);
    m_secretLabel->setVisible(editable);
    m_secret->parentWidget()->parentWidget()->setVisible(editable);
    m_keychain->setVisible(editable);
    retranslateUi();
}

// Problems ---------------------------------------------------------------------------------

FieldMessage *ConnectionsDialog::messageFor(const QString &field) const
{
    static const QStringList names{u"name"_s,    u"baseUrl"_s,  u"imsUrl"_s, u"orgId"_s,
                                   u"sandbox"_s, u"clientId"_s, u"scopes"_s};
    if (field == u"secret")
        return m_secretMessage;
    const int index = int(names.indexOf(field));
    return index >= 0 ? m_messages[index] : m_general;
}

void ConnectionsDialog::revalidate()
{
    if (m_isLocal) {
        for (FieldMessage *message : m_messages)
            message->clear();
        m_secretMessage->clear();
        m_general->clear();
        m_save->setEnabled(false);
        m_revert->setEnabled(false);
        m_test->setEnabled(!m_tester->isRunning());
        return;
    }
    const Connection edited = editedConnection();
    // Each field's problems: those of a connection that is fine except for that field.
    std::array<QStringList, int(Field::Count)> problems;
    QStringList attributed;
    for (int i = 0; i < int(Field::Count); ++i) {
        Connection probe = probeBase(edited.authMethod);
        switch (Field(i)) {
        case Field::Name:
            probe.name = edited.name;
            break;
        case Field::BaseUrl:
            probe.baseUrl = edited.baseUrl;
            break;
        case Field::ImsUrl:
            probe.imsUrl = edited.imsUrl;
            break;
        case Field::OrgId:
            probe.orgId = edited.orgId;
            break;
        case Field::Sandbox:
            probe.sandbox = edited.sandbox;
            break;
        case Field::ClientId:
            probe.clientId = edited.clientId;
            break;
        case Field::Scopes:
            probe.scopes = edited.scopes;
            break;
        case Field::Count:
            break;
        }
        problems[i] = probe.validate();
        attributed << problems[i];
    }
    if (!m_saveProblem.isEmpty() && !attributed.contains(m_saveProblem))
        problems[int(Field::Name)] << m_saveProblem;
    QStringList general;
    for (const QString &problem : edited.validate()) {
        if (!attributed.contains(problem))
            general << problem;
    }
    for (int i = 0; i < int(Field::Count); ++i)
        m_messages[i]->setMessages(problems[i]);
    m_general->setMessages(general);

    const bool oauth = edited.authMethod == Connection::AuthMethod::OAuthServerToServer;
    QStringList secretWarnings;
    if (editedSecret().isEmpty())
        secretWarnings << (oauth ? tr("Enter the client secret: no token can be fetched without "
                                      "it.")
                                 : tr("Paste an access token: no call can be made without it."));
    m_secretMessage->setMessages({}, secretWarnings);

    const bool valid = edited.validate().isEmpty();
    m_save->setEnabled(valid && isModified());
    m_revert->setEnabled(isModified());
    m_test->setEnabled(!m_tester->isRunning());
    updateKeychainNote();
}

void ConnectionsDialog::updateKeychainNote()
{
    QString text;
    switch (m_secrets->persistence()) {
    case SecretStore::Persistence::Keychain:
        text = tr("The secret is kept in the system keychain, never in the settings file.");
        break;
    case SecretStore::Persistence::SessionOnly:
        text = m_secrets->unavailableReason();
        break;
    case SecretStore::Persistence::Unknown:
        text = tr("The secret goes to the system keychain, never to the settings file; without a "
                  "keychain it is kept only until Export Studio quits.");
        break;
    }
    QFont font = m_keychain->font();
    font.setBold(m_secrets->persistence() == SecretStore::Persistence::SessionOnly);
    m_keychain->setFont(font);
    m_keychain->setText(text);
}

QString ConnectionsDialog::keychainText() const
{
    return m_keychain->text();
}

// Testing ----------------------------------------------------------------------------------

void ConnectionsDialog::testConnection()
{
    m_tester->start(editedConnection(), editedSecret());
    renderTest();
    revalidate();
}

void ConnectionsDialog::renderTest()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (int i = 0; i < ConnectionTest::StepCount; ++i) {
        const auto step = ConnectionTest::Step(i);
        m_stepNames[i]->setText(ConnectionTest::stepName(step));
        m_stepNames[i]->setToolTip(ConnectionTest::stepDescription(step));
        QIcon icon;
        QString state;
        switch (m_tester->state(step)) {
        case ConnectionTest::State::Pending:
            state = m_tester->isRunning() ? tr("Waiting") : tr("Not tested yet");
            break;
        case ConnectionTest::State::Running:
            state = tr("Checking…");
            icon = style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this);
            break;
        case ConnectionTest::State::Passed:
            state = tr("Passed");
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
            break;
        case ConnectionTest::State::Failed:
            state = tr("Failed");
            icon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
            break;
        case ConnectionTest::State::NotChecked:
            state = tr("Not checked");
            break;
        }
        m_stepStates[i]->setText(state);
        m_stepIcons[i]->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
        m_stepIcons[i]->setFixedWidth(size);
    }
    if (const auto failed = m_tester->failedStep()) {
        const auto error = m_tester->error(*failed);
        m_testError->setText(
                tr("%1 failed:", "connection test step").arg(ConnectionTest::stepName(*failed))
                + u'\n' + (error ? error->message() : QString()));
    } else if (!m_tester->isRunning()
               && m_tester->state(ConnectionTest::Step::Sandbox) == ConnectionTest::State::Passed) {
        m_testError->setText(tr("The connection works."));
    } else {
        m_testError->clear();
    }
    m_testError->setVisible(!m_testError->text().isEmpty());
    m_test->setEnabled(!m_tester->isRunning());
}

QString ConnectionsDialog::stepText(ConnectionTest::Step step) const
{
    return m_stepStates[int(step)]->text();
}

QString ConnectionsDialog::testErrorText() const
{
    return m_testError->text();
}

// Texts ------------------------------------------------------------------------------------

void ConnectionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectionsDialog::retranslateUi()
{
    setWindowTitle(tr("Connections"));
    m_list->setToolTip(tr("The platforms Export Studio can talk to; the local platform is "
                          "built in."));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Starts a new connection to a platform."));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Deletes the selected connection and its secret."));
    m_details->setTitle(tr("Connection"));
    m_localNote->setText(tr("The local platform runs inside Export Studio on this computer; its "
                            "settings are fixed and shown for reference."));

    const bool oauth = Connection::AuthMethod(m_authMethod->currentData().toInt())
            == Connection::AuthMethod::OAuthServerToServer;
    m_labels[int(Field::Name)]->setText(tr("&Name:"));
    m_name->setToolTip(tr("How this connection is listed; it also names its secret in the "
                          "keychain."));
    m_labels[int(Field::BaseUrl)]->setText(tr("&Base URL:"));
    m_baseUrl->setToolTip(tr("The platform's API gateway, such as https://platform.adobe.io."));
    m_labels[int(Field::ImsUrl)]->setText(tr("&IMS URL:"));
    m_imsUrl->setToolTip(tr("The token service, such as https://ims-na1.adobelogin.com."));
    m_labels[int(Field::OrgId)]->setText(tr("&Organization ID:"));
    m_orgId->setToolTip(tr("The IMS organization, ending in @AdobeOrg, sent as "
                           "x-gw-ims-org-id."));
    m_orgId->setPlaceholderText(tr("…@AdobeOrg"));
    m_labels[int(Field::Sandbox)]->setText(tr("Sand&box:"));
    m_sandbox->setToolTip(tr("The sandbox to work in, in lowercase, such as prod."));
    m_labels[int(Field::ClientId)]->setText(tr("&Client ID:"));
    m_clientId->setToolTip(tr("The API key of the project's credential, sent as x-api-key."));
    m_authLabel->setText(tr("A&uthentication:"));
    m_authMethod->setItemText(
            0, Connection::authMethodName(Connection::AuthMethod::OAuthServerToServer));
    m_authMethod->setItemText(1, Connection::authMethodName(Connection::AuthMethod::StaticToken));
    m_authMethod->setToolTip(tr("OAuth server-to-server fetches tokens with the client secret; "
                                "an access token is pasted and used until it expires."));
    m_secretLabel->setText(oauth ? tr("Client s&ecret:") : tr("Access tok&en:"));
    m_secret->setToolTip(oauth ? tr("The credential's client secret; it is kept in the keychain.")
                               : tr("An access token copied from the developer console; it is "
                                    "kept in the keychain."));
    m_showSecret->setText(tr("Show", "show the secret"));
    m_showSecret->setToolTip(tr("Shows the secret while the button is down."));
    m_labels[int(Field::Scopes)]->setText(tr("Sco&pes:"));
    m_scopes->setToolTip(tr("The OAuth scopes of the credential, separated by commas."));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Saves the connection, and its secret in the keychain."));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Puts back the saved values."));
    m_test->setText(tr("&Test Connection"));
    m_test->setToolTip(tr("Checks the connection as entered, step by step, without saving it."));
    m_testBox->setTitle(tr("Connection test"));
    m_buttons->button(QDialogButtonBox::Close)
            ->setToolTip(tr("Closes the window; unsaved changes are asked about first."));
    renderTest();
    revalidate();
}
