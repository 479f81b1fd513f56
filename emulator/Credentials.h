#pragma once

#include <QString>
#include <QStringList>

namespace Emulator {

// An API client of the emulated platform: what a connection needs to sign in.
struct Credentials
{
    QString orgId;
    QString clientId;
    QString clientSecret;
    QString scopes;
    QStringList sandboxes;
    QString defaultSandbox() const { return sandboxes.value(0); }

    // The demo organisation: sandboxes "prod" and "dev". Fixed values, so a saved
    // connection to the local platform keeps working across restarts.
    static Credentials demo();
    // A second organisation with its own "prod", to show that orgs never see each other.
    static Credentials otherOrg();
    static QList<Credentials> all();
};

} // namespace Emulator
