#include "Application.h"

#include <QApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("export-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("ExportStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPORT_STUDIO_VERSION));
}

// --help, --version and a usage error must answer on a terminal without a display.
bool answersOnConsole(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return Application::answersOnConsole(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersOnConsole(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        Application app;
        return app.parseArguments(QCoreApplication::arguments()).value_or(0);
    }

    QApplication qapp(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Export Studio"));

    Application app;
    if (const auto exitCode = app.parseArguments(QApplication::arguments()))
        return *exitCode;
    app.start();
    return QApplication::exec();
}
