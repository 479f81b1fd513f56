#include "CommandLine.h"
#include "EmbeddedPlatform.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &c, 1);
}

// Ctrl+C and SIGTERM stop the platform cleanly, so a running export is recorded as
// interrupted rather than cut mid-write.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("platform-emulator"));
    QCoreApplication::setOrganizationName(QStringLiteral("ExportStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPORT_STUDIO_VERSION));
    LanguageSwitcher language;
    language.setLanguage(QString());

    Emulator::PlatformOptions options;
    if (const auto exitCode = Emulator::CommandLine::parse(QCoreApplication::arguments(), &options))
        return *exitCode;

    Emulator::EmbeddedPlatform platform(options);
    QString error;
    if (!platform.startAndWait(30 * 60 * 1000, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QByteArray banner
            = Emulator::CommandLine::banner(platform.baseUrl(), platform.dataDir(), options)
                      .toLocal8Bit();
    std::fwrite(banner.constData(), 1, size_t(banner.size()), stdout);
    std::fflush(stdout);
    quitOnSignals(app);
    const int code = QCoreApplication::exec();
    platform.stopAndWait();
    return code;
}
