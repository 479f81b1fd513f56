#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Everything the command line prints: text for people, JSON for scripts. Results go to
// standard output, messages about them to standard error.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }

    void line(const QString &text);
    void message(const QString &text); // standard error
    void json(const QJsonValue &value);
    void jsonLine(const QJsonValue &value); // one compact line, for a stream of events
    // Columns padded to the widest cell, counting East Asian wide characters as two.
    void table(const QStringList &headers, const QList<QStringList> &rows);
    // The error as text on standard error, or as {"error": {..}} on standard output.
    void error(const ApiError &error);

    static QString dateTime(std::optional<qint64> epochMs);
    static QString duration(qint64 milliseconds);
    static QString size(qint64 bytes);
    static int displayWidth(QStringView text);
    static QJsonObject errorJson(const ApiError &error);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};
