#include "Credentials.h"

namespace Emulator {

Credentials Credentials::demo()
{
    return Credentials{
            QStringLiteral("5D3F1A2B3C4D5E6F7A8B9C0D@AdobeOrg"),
            QStringLiteral("export-studio-local"),
            QStringLiteral("local-platform-secret-3f9a"),
            QStringLiteral(
                    "openid,AdobeID,read_organizations,additional_info.projectedProductContext"),
            {QStringLiteral("prod"), QStringLiteral("dev")}};
}

Credentials Credentials::otherOrg()
{
    return Credentials{QStringLiteral("9A8B7C6D5E4F3A2B1C0D9E8F@AdobeOrg"),
                       QStringLiteral("other-org-client"),
                       QStringLiteral("other-org-secret-71c2"),
                       QStringLiteral("openid,AdobeID"),
                       {QStringLiteral("prod")}};
}

QList<Credentials> Credentials::all()
{
    return {demo(), otherOrg()};
}

} // namespace Emulator
