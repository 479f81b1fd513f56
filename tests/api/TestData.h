#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

// The JSON samples under tests/data: the platform tutorial's own (seed/) and the variants the
// API reference lists (variants/).
namespace TestData {

inline QString path(const QString &relative)
{
    return QStringLiteral(EXPORT_STUDIO_TEST_DATA "/") + relative;
}

inline QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

inline QJsonDocument document(const QString &relative)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(read(relative), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s is not JSON: %s", qPrintable(relative), qPrintable(error.errorString()));
    return doc;
}

inline QJsonObject object(const QString &relative)
{
    return document(relative).object();
}

// Every .json file of seed/ and variants/, as "seed/x.json".
inline QStringList allSampleFiles()
{
    QStringList files;
    for (const QString &folder : {QStringLiteral("seed"), QStringLiteral("variants")}) {
        const QDir dir(path(folder));
        const QStringList names
                = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            files.append(folder + u'/' + name);
    }
    return files;
}

// A readable diff for QCOMPARE failures on JSON.
inline QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace TestData
