#include "FieldMessage.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Red and amber that keep enough contrast on both a light and a dark window.
QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x52, 0x00);
}

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_errorIcon(new QLabel(this))
    , m_errorText(messageLabel(this))
    , m_warningIcon(new QLabel(this))
    , m_warningText(messageLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_errorIcon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_errorText, 0, 1);
    layout->addWidget(m_warningIcon, 1, 0, Qt::AlignTop);
    layout->addWidget(m_warningText, 1, 1);
    layout->setColumnStretch(1, 1);
    render();
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::setIssues(const QList<ValidationIssue> &issues)
{
    QStringList errors;
    QStringList warnings;
    for (const ValidationIssue &issue : issues)
        (issue.isError() ? errors : warnings) << issue.message();
    setMessages(errors, warnings);
}

void FieldMessage::setMessages(const QStringList &errors, const QStringList &warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    render();
}

QString FieldMessage::text() const
{
    return (m_errors + m_warnings).join(u'\n');
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render();
    QWidget::changeEvent(event);
}

void FieldMessage::render()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    m_warningIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(palette()));
    m_errorText->setPalette(errorPalette);
    QPalette warningPalette = palette();
    warningPalette.setColor(QPalette::WindowText, warningColor(palette()));
    m_warningText->setPalette(warningPalette);

    m_errorText->setText(m_errors.join(u'\n'));
    m_warningText->setText(m_warnings.join(u'\n'));
    m_errorIcon->setVisible(!m_errors.isEmpty());
    m_errorText->setVisible(!m_errors.isEmpty());
    m_warningIcon->setVisible(!m_warnings.isEmpty());
    m_warningText->setVisible(!m_warnings.isEmpty());
    setVisible(!m_errors.isEmpty() || !m_warnings.isEmpty());
    setAccessibleDescription(text());
}
