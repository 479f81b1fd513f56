#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// The Apache Parquet test files (tests/data/parquet-testing) and helpers to read them.
namespace ParquetTestData {

inline QString root()
{
    return QStringLiteral(EXPORT_STUDIO_TEST_DATA "/parquet-testing");
}

inline QString dataFile(const QString &name)
{
    return root() + u"/data/"_qs + name;
}

inline QString badDataFile(const QString &name)
{
    return root() + u"/bad_data/"_qs + name;
}

inline QStringList parquetFiles(const QString &folder)
{
    return QDir(root() + u'/' + folder).entryList({u"*.parquet"_qs}, QDir::Files, QDir::Name);
}

inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace ParquetTestData
