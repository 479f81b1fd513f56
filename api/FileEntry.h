#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of Data Access GET /files/{dataSetFileId}: a part file and the link that reads it
// ("..?path=part-00000..").
class FileEntry
{
public:
    std::optional<QString> name;
    std::optional<qint64> length; // bytes; a number or a string of digits
    std::optional<QJsonObject> links; // "_links": {"self": {"href": ..}}
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // nullopt when there is no name.
    static std::optional<FileEntry> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // _links.self.href; empty when absent.
    QString selfHref() const;

    friend bool operator==(const FileEntry &, const FileEntry &) = default;

private:
    quint8 m_lengthTextWidth = 0; // 0: a number; else the length of its string of digits
};
