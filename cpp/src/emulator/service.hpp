// The emulator behind any transport: checks credentials, applies faults, counts, and routes
// a Request to its handler under one lock (handlers run on the HTTP server's thread pool).
#pragma once

#include <mutex>
#include <string>

#include "emulator/exchange.hpp"
#include "emulator/faults.hpp"
#include "emulator/policy_routes.hpp"
#include "emulator/router.hpp"
#include "emulator/stats.hpp"
#include "emulator/store.hpp"

namespace ctct::emulator {

class Service {
 public:
  Service(std::string access_token, std::string api_key);
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  Response handle(const Request& request);

 private:
  std::optional<Response> check_credentials(const Request& request) const;

  const std::string access_token_, api_key_;
  std::mutex mutex_;  // guards everything below while a request runs
  Store store_;
  Faults faults_;
  Stats stats_;
  Auth auth_;
  Limits limits_;
  Router api_, control_;
};

}  // namespace ctct::emulator
