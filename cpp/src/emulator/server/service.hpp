// The emulator behind any transport: checks credentials, applies faults, counts, and routes
// a Request to its handler under one lock (handlers run on the HTTP server's thread pool).
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "emulator/routes/policy_routes.hpp"
#include "emulator/routes/router.hpp"
#include "emulator/server/exchange.hpp"
#include "emulator/server/faults.hpp"
#include "emulator/server/stats.hpp"
#include "emulator/server/traffic.hpp"
#include "emulator/state/activity_engine.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

class Service {
 public:
  Service(std::string access_token, std::string api_key);
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  Response handle(const Request& request);

 private:
  std::optional<Response> check_credentials(const Request& request) const;
  // A /v3, /v2 or OAuth request; `injected` is set when a fault made the answer.
  Response answer_api(const Request& request, bool& injected);

  const std::string access_token_, api_key_;
  const std::unique_ptr<Traffic> traffic_;  // null unless CTCT_EMULATOR_TRAFFIC names a file
  std::mutex mutex_;                        // guards everything below while a request runs
  Store store_;
  Faults faults_;
  Stats stats_;
  Auth auth_;
  Limits limits_;
  ActivityEngine activities_;
  Router api_, control_;
};

}  // namespace ctct::emulator
