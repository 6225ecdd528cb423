// Routes of the OAuth server and the control calls for limits and tokens (policy_routes.cpp).
#pragma once

#include "emulator/routes/router.hpp"
#include "emulator/server/limits.hpp"
#include "emulator/server/stats.hpp"
#include "emulator/state/auth.hpp"

namespace ctct::emulator {

// The token endpoint counts each grant in `stats`.
void add_oauth_routes(Router& router, Auth& auth, Stats& stats);
void add_policy_control_routes(Router& router, Auth& auth, Limits& limits);

}  // namespace ctct::emulator
