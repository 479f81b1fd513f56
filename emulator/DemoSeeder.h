#pragma once

#include "PlatformOptions.h"

#include <QString>

#include <memory>

namespace Emulator {

class Chaos;
class StateStore;

// --demo: a union-schema dataset, a dataset on another schema, and three past export jobs
// in the demo org's "prod" sandbox: one SUCCEEDED with real files, one FAILED with the
// platform's errors[], one CANCELLED.
class DemoSeeder
{
public:
    DemoSeeder(StateStore &store, const PlatformOptions &options, std::shared_ptr<Chaos> chaos);
    bool seed(QString *error);

private:
    StateStore &m_store;
    PlatformOptions m_options;
    std::shared_ptr<Chaos> m_chaos;
};

} // namespace Emulator
