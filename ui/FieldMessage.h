#pragma once

#include "api/ValidationIssue.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

// The problems of one field, shown right under it: errors with an error icon, warnings with a
// warning icon and their own colour, hidden when there is nothing to say. Messages are written
// when set; the owner sets them again after a language change.
class FieldMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    ~FieldMessage() override;

    void setIssues(const QList<ValidationIssue> &issues);
    void setMessages(const QStringList &errors, const QStringList &warnings = {});
    void clear() { setMessages({}, {}); }

    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }
    bool hasError() const { return !m_errors.isEmpty(); }
    // Everything shown, one message a line, errors first.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QStringList m_errors;
    QStringList m_warnings;
    QLabel *m_errorIcon;
    QLabel *m_errorText;
    QLabel *m_warningIcon;
    QLabel *m_warningText;
};
