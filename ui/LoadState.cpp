#include "LoadState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

LoadState::LoadState(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(60);
    m_busy->setMaximumHeight(m_label->sizeHint().height());
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_busy);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &LoadState::retryRequested);
    retranslateUi();
    hide();
}

LoadState::~LoadState() = default;

void LoadState::setLoading()
{
    m_state = State::Loading;
    m_note.clear();
    retranslateUi();
}

void LoadState::setFailed(const ApiError &error)
{
    m_state = State::Failed;
    m_error = error;
    retranslateUi();
}

void LoadState::setLoaded(const QString &note)
{
    m_state = State::Loaded;
    m_note = note;
    retranslateUi();
}

QString LoadState::text() const
{
    return m_label->text();
}

void LoadState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LoadState::retranslateUi()
{
    m_retry->setText(tr("&Retry", "load a list again"));
    m_retry->setToolTip(tr("Asks the platform for the list again."));
    switch (m_state) {
    case State::Idle:
        m_label->clear();
        break;
    case State::Loading:
        m_label->setText(tr("Loading…"));
        break;
    case State::Failed:
        m_label->setText(
                tr("Could not load the list: %1").arg(m_error.message().replace(u'\n', u' ')));
        break;
    case State::Loaded:
        m_label->setText(m_note);
        break;
    }
    m_busy->setVisible(m_state == State::Loading);
    m_retry->setVisible(m_state == State::Failed);
    setVisible(m_state == State::Loading || m_state == State::Failed
               || (m_state == State::Loaded && !m_note.isEmpty()));
}
