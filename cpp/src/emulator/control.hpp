// The control API under /__emulator (no credentials): reset, seed, state, faults, stats.
// Documented in tests/vectors/README.md, "Emulator control API".
#pragma once

#include "emulator/faults.hpp"
#include "emulator/router.hpp"
#include "emulator/stats.hpp"
#include "emulator/store.hpp"

namespace ctct::emulator {

void add_control_routes(Router& router, Store& store, Faults& faults, Stats& stats);

}  // namespace ctct::emulator
