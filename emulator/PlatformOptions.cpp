#include "PlatformOptions.h"

#include <algorithm>

namespace Emulator {

int secondaryProfileCount(int profiles)
{
    return std::min(profiles, std::max(20, profiles / 10));
}

} // namespace Emulator
