#pragma once

#include <QWidget>

class Connection;
class ConnectionStore;
class QComboBox;
class QLabel;

// The connection and sandbox the window shows, for the toolbar: a list of the saved
// connections (the local platform first), an editable list of the connection's recent
// sandboxes, and a "Production" badge while a production sandbox is open. Choosing changes
// ConnectionStore's current connection or sandbox; whoever owns the client follows the store.
class ConnectionSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSwitcher)

public:
    // `store` must outlive the switcher.
    explicit ConnectionSwitcher(ConnectionStore *store, QWidget *parent = nullptr);
    ~ConnectionSwitcher() override;

    QComboBox *connectionBox() const { return m_connection; }
    QComboBox *sandboxBox() const { return m_sandbox; }
    QLabel *productionBadge() const { return m_badge; }
    // Whether the badge is up (it may be up in a window not shown yet).
    bool showsProduction() const;

    // The badge's colours: white on a deep red, readable on light and dark themes alike.
    static QColor badgeBackground();
    static QColor badgeForeground();

signals:
    // A sandbox name that is not valid was entered; `message` says why (translated).
    void sandboxRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void chooseConnection(int row);
    void chooseSandbox(const QString &text);
    void retranslateUi();

    ConnectionStore *m_store;
    QLabel *m_connectionLabel;
    QComboBox *m_connection;
    QLabel *m_sandboxLabel;
    QComboBox *m_sandbox;
    QLabel *m_badge;
};
