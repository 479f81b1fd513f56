#include "CliOutput.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CliOutput::line(const QString &text)
{
    m_out << text << Qt::endl;
}

void CliOutput::message(const QString &text)
{
    m_err << text << Qt::endl;
}

void CliOutput::json(const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::jsonLine(const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << Qt::endl;
}

int CliOutput::displayWidth(QStringView text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Hangul Jamo, CJK, Hiragana, Katakana, Hangul, full-width forms take two columns.
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf)
                || (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff)
                || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
                || (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

void CliOutput::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &header : headers)
        widths << displayWidth(header);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    const auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += cells[i];
            if (i + 1 < cells.size())
                text += QString(widths[i] - displayWidth(cells[i]) + 2, u' ');
        }
        line(text);
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
}

QJsonObject CliOutput::errorJson(const ApiError &error)
{
    QJsonObject object{{u"kind"_qs, ApiError::kindKey(error.kind())},
                       {u"message"_qs, error.message()}};
    if (error.httpStatus() > 0)
        object.insert(u"status"_qs, error.httpStatus());
    const auto add = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    add(u"code"_qs, error.code());
    add(u"title"_qs, error.title());
    add(u"detail"_qs, error.detail());
    add(u"requestId"_qs, error.requestId());
    if (error.retryAfter())
        object.insert(u"retryAfterSeconds"_qs, qint64(error.retryAfter()->count()));
    if (error.kind() == ApiError::Kind::OutcomeUnknown)
        object.insert(u"causeKind"_qs, ApiError::kindKey(error.causeKind()));
    return object;
}

void CliOutput::error(const ApiError &error)
{
    if (m_json)
        json(QJsonObject{{u"error"_qs, errorJson(error)}});
    else
        message(error.message());
}

QString CliOutput::dateTime(std::optional<qint64> epochMs)
{
    if (!epochMs)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(*epochMs).toString(u"yyyy-MM-dd HH:mm:ss"_qs);
}

QString CliOutput::duration(qint64 milliseconds)
{
    // Tenths below ten seconds: a local export's phases take fractions of a second.
    if (milliseconds < 9950)
        return tr("%1 s", "duration in seconds")
                .arg(QLocale().toString(double(std::max<qint64>(0, milliseconds)) / 1000.0, 'f',
                                        1));
    const qint64 seconds = (milliseconds + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s", "duration in seconds").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString CliOutput::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
