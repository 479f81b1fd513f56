// Decoding Parquet against an independent reader in the same run: a file read whole by
// es_parquet (every row assembled into JSON text, the path of a JSON Lines export; and the
// column chunks alone), then by hyparquet under Node.js (every row as a JavaScript object),
// with rows/s, MB/s, peak RSS and the ratio. Then the file converted to CSV: time and peak
// RSS, which stays near one decoded row group.
//
//   cmake --build build --target run_bench_parquet      (or: bench_parquet [FILE.parquet])
//
// Without a file it reads a sample of 1,000,000 exported profiles (nested structs, an identity
// map of lists, events, timestamps; snappy) that hyparquet-writer writes once into the build
// folder. Any Parquet file can be given instead, the local platform's exports included.

#include "parquet/Converter.h"
#include "parquet/FileReader.h"
#include "parquet/ParquetRecordReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include <cstdio>
#include <ctime>

using namespace Parquet;

namespace {

// The scripts of tests/bench/parquet-node, copied beside their installed packages.
const QString kNodeDir = QStringLiteral(EXPORT_STUDIO_BENCH_NODE_DIR);
const QString kScripts = kNodeDir;

// Peak resident memory of this process, reset before each phase (Linux: clear_refs 5).
void resetPeakRss()
{
    QFile refs(u"/proc/self/clear_refs"_qs);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// CPU time of this process: on a shared machine the ratio of CPU times holds when wall times
// stretch with the load.
double cpuMs()
{
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

void line(const char *label, const QString &value)
{
    std::printf("  %-46s %s\n", label, qPrintable(value));
    std::fflush(stdout);
}

QString rate(qint64 rows, qint64 bytes, double ms, double cpu)
{
    return u"%1 rows/s, %2 MB/s (%3 ms; CPU %4 ms)"_qs.arg(qRound64(rows / (ms / 1000)))
            .arg(bytes / 1e6 / (ms / 1000), 0, 'f', 1)
            .arg(ms, 0, 'f', 0)
            .arg(cpu, 0, 'f', 0);
}

QJsonObject runNode(const QStringList &arguments, int timeoutMs)
{
    QProcess node;
    node.setWorkingDirectory(kNodeDir);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(u"node"_qs, QStringList{u"--max-old-space-size=8192"_qs} + arguments);
    if (!node.waitForFinished(timeoutMs) || node.exitCode() != 0) {
        std::fprintf(stderr, "node %s failed\n", qPrintable(arguments.join(u' ')));
        return {};
    }
    const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

// A sample file, written once by hyparquet-writer into the build folder: the profiles nested
// as an export has them, or the same fields flat (no groups, lists or maps).
QString sampleFile(qint64 rows, bool flat)
{
    const QString path = kNodeDir + (flat ? u"/profiles-flat-"_qs : u"/profiles-"_qs)
            + QString::number(rows) + u".parquet"_qs;
    if (QFileInfo::exists(path))
        return path;
    std::printf("Writing %lld sample profiles with hyparquet-writer...\n", qlonglong(rows));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const QString partial = path + u".part"_qs;
    QStringList arguments{kScripts + u"/generate.mjs"_qs, partial, QString::number(rows)};
    if (flat)
        arguments << u"flat"_qs;
    const QJsonObject done = runNode(arguments, 60 * 60 * 1000);
    if (done.value(u"rows").toInteger() != rows || !QFile::rename(partial, path))
        return {};
    std::printf("  written in %.1f s\n", double(timer.elapsed()) / 1000);
    return path;
}

struct Decoded
{
    qint64 rows = 0;
    qint64 jsonBytes = 0;
    double ms = 0;
    double cpu = 0;
    double peakMb = 0;
    qint64 largestGroup = 0; // bytes of the largest decoded row group
    QString error;
};

// Wall time, CPU time and peak RSS from construction to finish().
class Phase
{
public:
    Phase()
    {
        resetPeakRss();
        m_timer.start();
        m_cpu = cpuMs();
    }
    void finish(Decoded &result) const
    {
        result.ms = double(m_timer.nsecsElapsed()) / 1e6;
        result.cpu = cpuMs() - m_cpu;
        result.peakMb = peakRssMb();
    }

private:
    QElapsedTimer m_timer;
    double m_cpu = 0;
};

// Every row assembled into compact JSON text (a buffer reused per row).
Decoded decodeRows(const QString &path)
{
    Decoded result;
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const Phase phase;
    ParquetRecordReader reader(std::make_shared<DeviceSource>(&file));
    QByteArray json;
    const bool opened = reader.open();
    while (opened) {
        json.clear();
        if (!reader.readJson(json))
            break;
        result.jsonBytes += json.size();
        ++result.rows;
    }
    phase.finish(result);
    result.error = reader.error().message();
    return result;
}

// The column chunks alone: pages uncompressed, levels and values decoded, no rows built.
Decoded decodeColumns(const QString &path)
{
    Decoded result;
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const Phase phase;
    FileReader reader(std::make_shared<DeviceSource>(&file));
    RowGroupData data; // reused from one row group to the next, as the record reader does
    const bool opened = reader.open();
    for (int group = 0; opened && group < reader.rowGroupCount(); ++group) {
        if (!reader.readRowGroup(group, &data))
            break;
        result.rows += data.rows;
        result.largestGroup = qMax(result.largestGroup, data.memory);
    }
    phase.finish(result);
    result.error = reader.error().message();
    return result;
}

// Both readers on one file; false when one of them fails.
bool compareReaders(const QString &path, Decoded *columnsOut)
{
    const qint64 size = QFileInfo(path).size();
    {
        // Into the page cache, so both readers start from memory.
        QFile warm(path);
        warm.open(QIODevice::ReadOnly);
        while (!warm.read(1 << 24).isEmpty()) { }
    }
    QFile metaFile(path);
    metaFile.open(QIODevice::ReadOnly);
    FileReader meta(std::make_shared<DeviceSource>(&metaFile));
    if (!meta.open()) {
        std::fprintf(stderr, "bench_parquet: %s\n", qPrintable(meta.error().message()));
        return false;
    }
    std::printf("Parquet decoding: %s\n", qPrintable(QFileInfo(path).fileName()));
    line("file",
         u"%1 MB, %2 rows in %3 row groups, %4 leaf columns, created by %5"_qs
                 .arg(size / 1e6, 0, 'f', 1)
                 .arg(meta.rowCount())
                 .arg(meta.rowGroupCount())
                 .arg(meta.schema().leafCount())
                 .arg(meta.metadata().createdBy));

    const Decoded rows = decodeRows(path);
    if (!rows.error.isEmpty()) {
        std::fprintf(stderr, "bench_parquet: %s\n", qPrintable(rows.error));
        return false;
    }
    line("es_parquet, every row as JSON text", rate(rows.rows, size, rows.ms, rows.cpu));
    line("  peak RSS",
         u"%1 MB (JSON text: %2 MB)"_qs.arg(rows.peakMb, 0, 'f', 0)
                 .arg(rows.jsonBytes / 1e6, 0, 'f', 0));
    const Decoded columns = decodeColumns(path);
    line("es_parquet, column chunks only", rate(columns.rows, size, columns.ms, columns.cpu));
    line("  peak RSS",
         u"%1 MB (largest row group decoded: %2 MB)"_qs.arg(columns.peakMb, 0, 'f', 0)
                 .arg(columns.largestGroup / 1e6, 0, 'f', 0));
    *columnsOut = columns;

    const QJsonObject node = runNode({kScripts + u"/read.mjs"_qs, path}, 60 * 60 * 1000);
    if (node.isEmpty()) {
        std::fprintf(stderr,
                     "bench_parquet: hyparquet did not run (is node installed and npm ci done "
                     "in %s?)\n",
                     qPrintable(kNodeDir));
        return false;
    }
    const double nodeMs = node.value(u"ms").toDouble();
    const double nodeCpu = node.value(u"cpuMs").toDouble();
    line("hyparquet 1.33.0 (Node.js), every row as an object",
         rate(node.value(u"rows").toInteger(), size, nodeMs, nodeCpu));
    line("  peak RSS", u"%1 MB"_qs.arg(node.value(u"maxRssKb").toDouble() / 1024, 0, 'f', 0));
    if (node.value(u"rows").toInteger() != rows.rows)
        std::printf("  rows differ: %lld here, %lld there\n", qlonglong(rows.rows),
                    qlonglong(node.value(u"rows").toInteger()));
    line("ratio (hyparquet time / es_parquet time)",
         u"%1x wall, %2x CPU (aim: >= 3x)"_qs.arg(nodeMs / rows.ms, 0, 'f', 2)
                 .arg(nodeCpu / rows.cpu, 0, 'f', 2));
    return true;
}

// The whole file to CSV, one row group in memory at a time.
bool convertToCsv(const QString &path, const Decoded &columns)
{
    QTemporaryFile csv;
    csv.open();
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    ParquetRecordReader reader(std::make_shared<DeviceSource>(&file));
    reader.open();
    const Phase phase;
    const double before = peakRssMb();
    const ConvertResult converted = Converter::convert(reader, csv, ConvertOptions());
    Decoded written;
    phase.finish(written);
    std::printf("CSV conversion: %s\n", qPrintable(QFileInfo(path).fileName()));
    if (!converted.ok()) {
        std::fprintf(stderr, "bench_parquet: %s\n", qPrintable(converted.error.message()));
        return false;
    }
    line("to CSV",
         u"%1 rows, %2 MB of CSV, %3"_qs.arg(converted.rows)
                 .arg(csv.size() / 1e6, 0, 'f', 0)
                 .arg(rate(converted.rows, QFileInfo(path).size(), written.ms, written.cpu)));
    line("  peak RSS",
         u"%1 MB (before: %2 MB; largest row group decoded: %3 MB)"_qs
                 .arg(written.peakMb, 0, 'f', 0)
                 .arg(before, 0, 'f', 0)
                 .arg(columns.largestGroup / 1e6, 0, 'f', 0));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    // The nested sample first (it is the one converted to CSV), then the flat one, which
    // shows the ratio where hyparquet's nested assembly does not dominate.
    const QStringList paths = !args.isEmpty()
            ? args
            : QStringList{sampleFile(1000000, false), sampleFile(1000000, true)};
    for (const QString &path : paths) {
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            std::fprintf(stderr, "bench_parquet: no file to read (%s)\n", qPrintable(path));
            return 1;
        }
    }
    Decoded columns;
    if (!compareReaders(paths.first(), &columns) || !convertToCsv(paths.first(), columns))
        return 1;
    for (const QString &path : paths.mid(1)) {
        if (!compareReaders(path, &columns))
            return 1;
    }
    return 0;
}
