#include "ConnectionSwitcher.h"

#include "models/ConnectionStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

ConnectionSwitcher::ConnectionSwitcher(ConnectionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_connectionLabel(new QLabel(this))
    , m_connection(new QComboBox(this))
    , m_sandboxLabel(new QLabel(this))
    , m_sandbox(new QComboBox(this))
    , m_badge(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_connectionLabel);
    layout->addWidget(m_connection);
    layout->addSpacing(6);
    layout->addWidget(m_sandboxLabel);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_badge);

    m_connection->setObjectName(QStringLiteral("connectionBox"));
    m_connection->setModel(m_store);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionLabel->setBuddy(m_connection);
    connect(m_connection, &QComboBox::activated, this, &ConnectionSwitcher::chooseConnection);

    m_sandbox->setObjectName(QStringLiteral("sandboxBox"));
    m_sandbox->setEditable(true);
    m_sandbox->setInsertPolicy(QComboBox::NoInsert);
    m_sandbox->setMinimumContentsLength(10);
    m_sandbox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sandboxLabel->setBuddy(m_sandbox);
    connect(m_sandbox, &QComboBox::textActivated, this, &ConnectionSwitcher::chooseSandbox);
    // With NoInsert the combo box activates only names already in its list: a new one typed
    // and confirmed with Enter is taken here.
    connect(m_sandbox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString text = m_sandbox->lineEdit()->text();
        if (m_sandbox->findText(text) < 0)
            chooseSandbox(text);
    });

    m_badge->setObjectName(QStringLiteral("productionBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; "
                                          "border-radius: 3px; padding: 1px 6px; "
                                          "font-weight: bold; }")
                                   .arg(badgeBackground().name(), badgeForeground().name()));

    connect(m_store, &ConnectionStore::currentChanged, this, &ConnectionSwitcher::showCurrent);
    connect(m_store, &QAbstractItemModel::modelReset, this, &ConnectionSwitcher::showCurrent);
    connect(m_store, &QAbstractItemModel::rowsInserted, this, &ConnectionSwitcher::showCurrent);
    connect(m_store, &QAbstractItemModel::rowsRemoved, this, &ConnectionSwitcher::showCurrent);
    retranslateUi();
    showCurrent();
}

ConnectionSwitcher::~ConnectionSwitcher() = default;

QColor ConnectionSwitcher::badgeBackground()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor ConnectionSwitcher::badgeForeground()
{
    return QColor(Qt::white);
}

bool ConnectionSwitcher::showsProduction() const
{
    return !m_badge->isHidden();
}

void ConnectionSwitcher::showCurrent()
{
    const Connection current = m_store->current();
    const int row = m_store->rowOf(m_store->currentName());
    if (m_connection->currentIndex() != row)
        m_connection->setCurrentIndex(row);

    const QSignalBlocker blocker(m_sandbox);
    m_sandbox->clear();
    m_sandbox->addItems(m_store->recentSandboxes(m_store->currentName()));
    m_sandbox->setCurrentIndex(m_sandbox->findText(current.sandbox));
    m_sandbox->setEditText(current.sandbox);

    const bool production = ConnectionStore::isProductionSandbox(current.sandbox);
    m_badge->setVisible(production);
    setToolTip(production ? tr("Sandbox \"%1\" is a production sandbox: exports from it reach "
                               "production audiences.")
                                    .arg(current.sandbox)
                          : QString());
}

void ConnectionSwitcher::chooseConnection(int row)
{
    const QString name = m_store->index(row).data(ConnectionStore::NameRole).toString();
    if (!name.isEmpty())
        m_store->setCurrentName(name);
}

void ConnectionSwitcher::chooseSandbox(const QString &text)
{
    const QString name = text.trimmed().toLower();
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!pattern.match(name).hasMatch()) {
        emit sandboxRejected(tr("The sandbox name \"%1\" is not valid: use lowercase letters, "
                                "digits and hyphens.")
                                     .arg(text));
        showCurrent();
        return;
    }
    m_store->setCurrentSandbox(name);
    // The store says nothing when the sandbox stays the same; the list may still need it.
    showCurrent();
}

void ConnectionSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionSwitcher::retranslateUi()
{
    m_connectionLabel->setText(tr("&Connection:"));
    m_connection->setToolTip(tr("The platform and organization the jobs come from"));
    m_sandboxLabel->setText(tr("Sand&box:"));
    m_sandbox->setToolTip(tr("Choose a recent sandbox or type another name and press Enter"));
    m_badge->setText(tr("Production", "badge: the open sandbox is a production one"));
    m_badge->setToolTip(tr("A production sandbox: exports from it reach production audiences."));
    showCurrent();
}
