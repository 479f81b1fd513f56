#pragma once

#include "api/Connection.h"
#include "api/ExportJobRequest.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The exact body a create will send, and the same call as a curl command, both copyable. The
// command carries {ACCESS_TOKEN} where the token goes, never a token or a secret.
class RequestPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreview)

public:
    explicit RequestPreview(QWidget *parent = nullptr);
    ~RequestPreview() override;

    void setRequest(const Connection &connection, const ExportJobRequest &request);

    QString json() const;
    QString curl() const;
    QPushButton *copyJsonButton() const { return m_copyJson; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_jsonLabel;
    QPlainTextEdit *m_json;
    QPushButton *m_copyJson;
    QLabel *m_curlLabel;
    QPlainTextEdit *m_curl;
    QPushButton *m_copyCurl;
    QLabel *m_note;
};
