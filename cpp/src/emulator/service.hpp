// The emulator behind any transport: checks credentials, applies faults, counts, and routes
// a Request to its handler under one lock (handlers run on the HTTP server's thread pool).
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "emulator/activity_engine.hpp"
#include "emulator/exchange.hpp"
#include "emulator/faults.hpp"
#include "emulator/policy_routes.hpp"
#include "emulator/router.hpp"
#include "emulator/stats.hpp"
#include "emulator/store.hpp"
#include "emulator/traffic.hpp"

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
  std::mutex mutex_;  // guards everything below while a request runs
  Store store_;
  Faults faults_;
  Stats stats_;
  Auth auth_;
  Limits limits_;
  ActivityEngine activities_;
  Router api_, control_;
};

}  // namespace ctct::emulator
