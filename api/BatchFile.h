#pragma once

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

// One entry of Data Access GET /batches/{batchId}/files: a file of an exported batch. The
// platform writes some numbers as strings of digits ("created": "1521053793635"); both read,
// and each writes back as it came.
class BatchFile
{
public:
    std::optional<QString> dataSetFileId;
    std::optional<QString> dataSetViewId;
    std::optional<QString> version;
    std::optional<qint64> created; // epoch milliseconds
    std::optional<qint64> updated;
    std::optional<bool> isValid;
    std::optional<qint64> records;
    std::optional<qint64> size; // bytes
    std::optional<QJsonObject> links; // "_links": {"self": {"href": ..}}
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // nullopt when there is no dataSetFileId: such an entry cannot be opened.
    static std::optional<BatchFile> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // _links.self.href; empty when absent.
    QString selfHref() const;

    friend bool operator==(const BatchFile &, const BatchFile &) = default;

private:
    // How each number came: 0 as a number, else the length of its string of digits.
    enum TextNumber { Created, Updated, Records, Size, TextNumberCount };
    std::array<quint8, TextNumberCount> m_textWidths{};
};
