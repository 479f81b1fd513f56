#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kSourceDirs = {u"app"_qs, u"api"_qs, u"models"_qs, u"ui"_qs, u"emulator"_qs};

struct TsSummary
{
    int messages = 0;
    int unfinished = 0;
    int obsolete = 0; // messages no longer found in the sources ("vanished" / "obsolete")
    int numerusWithoutForms = 0;
    int unfinishedNumerus = 0;
    QStringList unfinishedSources;
    QStringList obsoleteSources;
};

TsSummary summarize(const QString &path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            ++summary.messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished") {
                ++summary.unfinished;
                summary.unfinishedNumerus += numerus ? 1 : 0;
                summary.unfinishedSources << source;
            } else if (type == u"obsolete" || type == u"vanished") {
                ++summary.obsolete;
                summary.obsoleteSources << source;
            } else if (numerus && text.trimmed().isEmpty()) {
                ++summary.numerusWithoutForms;
            }
        }
    }
    return summary;
}

// Runs lupdate over the sources into a copy of `tsFile`, keeping obsolete entries so they
// can be counted.
QString refreshedCopy(const QString &tsFile, QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    if (!QFile::copy(tsFile, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(EXPORT_STUDIO_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  QStringList{u"-silent"_qs, u"-locations"_qs, u"none"_qs} + kSourceDirs
                          + QStringList{u"-ts"_qs, copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return {};
    return copy;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseIsCompleteAndCurrent();
    void englishIsCurrent();
    void committedFilesMatchSources_data();
    void committedFilesMatchSources();
    void visibleStringsGoThroughTr();
};

void tst_Translations::japaneseIsCompleteAndCurrent()
{
    QTemporaryDir dir;
    const QString copy = refreshedCopy(
            QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/translations/export-studio_ja.ts"), dir);
    QVERIFY2(!copy.isEmpty(), "lupdate failed");
    const TsSummary summary = summarize(copy);
    QVERIFY(summary.messages > 0);
    QVERIFY2(summary.unfinished == 0,
             qPrintable(u"Unfinished Japanese messages:\n  "_qs
                        + summary.unfinishedSources.join(u"\n  "_qs)));
    QVERIFY2(summary.obsolete == 0,
             qPrintable(u"Japanese messages no longer in the sources:\n  "_qs
                        + summary.obsoleteSources.join(u"\n  "_qs)));
    QCOMPARE(summary.numerusWithoutForms, 0);
}

void tst_Translations::englishIsCurrent()
{
    QTemporaryDir dir;
    const QString copy = refreshedCopy(
            QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/translations/export-studio_en.ts"), dir);
    QVERIFY2(!copy.isEmpty(), "lupdate failed");
    const TsSummary summary = summarize(copy);
    QVERIFY2(summary.obsolete == 0,
             qPrintable(u"English messages no longer in the sources:\n  "_qs
                        + summary.obsoleteSources.join(u"\n  "_qs)));
    // English falls back to the source text, except for plurals: "%n job(s)" needs forms.
    QCOMPARE(summary.unfinishedNumerus, 0);
    QCOMPARE(summary.numerusWithoutForms, 0);
}

void tst_Translations::committedFilesMatchSources_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("ja") << QStringLiteral(EXPORT_STUDIO_SOURCE_DIR
                                          "/translations/export-studio_ja.ts");
    QTest::newRow("en") << QStringLiteral(EXPORT_STUDIO_SOURCE_DIR
                                          "/translations/export-studio_en.ts");
}

// A message in the sources but not in the committed file would ship untranslated.
void tst_Translations::committedFilesMatchSources()
{
    QFETCH(QString, tsFile);
    QTemporaryDir dir;
    const QString copy = refreshedCopy(tsFile, dir);
    QVERIFY2(!copy.isEmpty(), "lupdate failed");
    const TsSummary committed = summarize(tsFile);
    const TsSummary refreshed = summarize(copy);
    QVERIFY2(refreshed.messages == committed.messages,
             qPrintable(u"%1 has %2 messages, the sources have %3: run the update_translations "
                        "target and translate"_qs.arg(tsFile)
                                .arg(committed.messages)
                                .arg(refreshed.messages - refreshed.obsolete)));
}

// A literal handed straight to a text setter would never be translated. A line may opt out
// with a trailing "// untranslated: <reason>" comment (a symbol, a product name, a URL).
void tst_Translations::visibleStringsGoThroughTr()
{
    // A literal as the text argument: the first one of plain setters, a later one of
    // setters that take an index, an icon or a parent first.
    static const QRegularExpression firstArgument(
            uR"re(\b(setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|setTitle|setLabelText|showMessage|setWhatsThis|setAccessibleName|setSuffix|setPrefix|setSpecialValueText|addAction|addMenu|addItem|setHeaderLabels)\s*\(\s*\{?\s*(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1|u"))re"_qs);
    static const QRegularExpression laterArgument(
            uR"re(\b(addTab|insertTab|setTabText|setItemText|addAction|information|warning|critical|question|about)\s*\([^;]*,\s*(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1|u"))re"_qs);
    QVERIFY2(firstArgument.isValid(), qPrintable(firstArgument.errorString()));
    QVERIFY2(laterArgument.isValid(), qPrintable(laterArgument.errorString()));
    QStringList offenders;
    for (const QString &sub : kSourceDirs) {
        QDirIterator it(QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/") + sub,
                        {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                if (line.contains(u"// untranslated:"))
                    continue;
                if (firstArgument.match(line).hasMatch() || laterArgument.match(line).hasMatch())
                    offenders << u"%1:%2: %3"_qs.arg(file.fileName())
                                         .arg(lineNumber)
                                         .arg(line.trimmed());
            }
        }
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(u"Visible strings that skip tr():\n  "_qs + offenders.join(u"\n  "_qs)));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
