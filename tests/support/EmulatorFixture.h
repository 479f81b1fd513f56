#pragma once

#include "emulator/EmbeddedPlatform.h"
#include "tests/support/PlatformHttp.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real local platform for a test: an EmbeddedPlatform on a free loopback port with its
// data in a temporary folder that outlives restarts and is removed with the fixture.
//
//     EmulatorFixture::Options options;
//     options.profiles = 500;
//     options.pace = 0.2;                         // each export stage lasts >= 0.2 s
//     EmulatorFixture platform(options);
//     QVERIFY(platform.start());
//     PlatformHttp http = platform.http();        // signed in as the demo client, sandbox prod
//     http.gateway("GET", "/data/core/ups/export/jobs?limit=10");
//     platform.requestLog();                      // what the client sent
//     QVERIFY(platform.restart());                // same data folder and port
class EmulatorFixture
{
public:
    struct Options
    {
        int profiles = 300;
        quint64 seed = 1;
        double pace = 0; // seconds per export stage
        QString chaos; // ChaosSettings syntax, e.g. "429=0.5:1,seed=3"
        int tokenLifetimeSeconds = 86399;
        bool demo = false;
        int recordsPerFile = 250000;
        int exportWorkers = 2;
        Emulator::ParquetWriterOptions parquet; // row group, page and dictionary bounds

        static Options withProfiles(int count)
        {
            Options o;
            o.profiles = count;
            return o;
        }
    };

    EmulatorFixture();
    explicit EmulatorFixture(const Options &options);
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    // Starts on a free port (the first time) or the port of the last run (after stop()).
    bool start(QString *error = nullptr);
    void stop();
    // stop() + start() on the same data folder and port: state must survive.
    bool restart(QString *error = nullptr);

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir.path(); }
    Emulator::Credentials credentials() const { return Emulator::Credentials::demo(); }
    Emulator::Credentials otherOrgCredentials() const { return Emulator::Credentials::otherOrg(); }
    Emulator::EmbeddedPlatform *platform() const { return m_platform.get(); }

    QList<Emulator::RequestLogEntry> requestLog() const;
    void clearRequestLog();
    // Empty on success, else what is wrong with the spec.
    QString setChaos(const QString &spec);

    // An HTTP helper already holding a token of `credentials` (the demo client by default).
    PlatformHttp http(const QString &sandbox = QStringLiteral("prod")) const;
    PlatformHttp http(const Emulator::Credentials &credentials,
                      const QString &sandbox = QStringLiteral("prod")) const;

    Options options() const { return m_options; }

private:
    Options m_options;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Emulator::EmbeddedPlatform> m_platform;
    QUrl m_baseUrl;
    quint16 m_port = 0;
};
