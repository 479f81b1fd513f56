#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_notifications(new QCheckBox(this))
    , m_connectionsLabel(new QLabel(this))
    , m_connections(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // untranslated: own name
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja")); // untranslated: own name
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);
    m_notifications->setObjectName(QStringLiteral("notificationsBox"));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(QString(), m_notifications);
    form->addRow(m_connectionsLabel, m_connections);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connections, &QPushButton::clicked, this, &SettingsDialog::connectionsRequested);
    retranslateUi();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setNotificationsEnabled(bool enabled)
{
    m_notifications->setChecked(enabled);
}

bool SettingsDialog::notificationsEnabled() const
{
    return m_notifications->isChecked();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_languageNote->setText(tr("The interface switches language as soon as you press OK."));
    m_notifications->setText(
            tr("&Notify me when a job succeeds, fails or takes longer than usual"));
    m_connectionsLabel->setText(tr("Connections:"));
    m_connections->setText(tr("&Manage connections…"));
}
