// The control API under /__emulator (no credentials): reset, seed, state, faults, stats.
// Documented in tests/vectors/README.md, "Emulator control API".
#pragma once

#include "emulator/routes/router.hpp"
#include "emulator/server/faults.hpp"
#include "emulator/server/stats.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

void add_control_routes(Router& router, Store& store, Faults& faults, Stats& stats);

}  // namespace ctct::emulator
