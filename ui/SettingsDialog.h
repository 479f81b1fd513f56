#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// Settings: the interface language (applied at once when accepted, no restart), desktop
// notifications on or off, and a way to the saved connections.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // "ja", "en", or empty for the system's language.
    void setLanguage(const QString &language);
    QString language() const;
    void setNotificationsEnabled(bool enabled);
    bool notificationsEnabled() const;

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QPushButton *connectionsButton() const { return m_connections; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void connectionsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QCheckBox *m_notifications;
    QLabel *m_connectionsLabel;
    QPushButton *m_connections;
    QDialogButtonBox *m_buttons;
};
