#pragma once

#include "api/ApiError.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// Where a list a picker offers stands: loading, failed (with the reason and a Retry button),
// or loaded (hidden, unless there is a note such as "nothing found").
class LoadState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadState)

public:
    enum class State { Idle, Loading, Failed, Loaded };

    explicit LoadState(QWidget *parent = nullptr);
    ~LoadState() override;

    void setLoading();
    // The error's message is written again after a language change.
    void setFailed(const ApiError &error);
    // `note` (translated, may be empty) stays visible, e.g. "No segment definitions"; the owner
    // sets it again after a language change.
    void setLoaded(const QString &note = {});

    State state() const { return m_state; }
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    State m_state = State::Idle;
    ApiError m_error;
    QString m_note;
    QProgressBar *m_busy;
    QLabel *m_label;
    QPushButton *m_retry;
};
