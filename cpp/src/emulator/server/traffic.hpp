// Records the emulator's v3 exchanges, one JSON line each, to the file named by the environment
// variable CTCT_EMULATOR_TRAFFIC, so that a check can validate them against the OpenAPI spec.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>

#include "emulator/server/exchange.hpp"

namespace ctct::emulator {

class Traffic {
 public:
  // The recorder the environment asks for, or null when CTCT_EMULATOR_TRAFFIC is unset or empty.
  // Throws std::runtime_error when the file cannot be opened.
  static std::unique_ptr<Traffic> from_environment();

  explicit Traffic(const std::string& path);
  ~Traffic();
  Traffic(const Traffic&) = delete;
  Traffic& operator=(const Traffic&) = delete;

  // Appends {"method","path","query":[[name,value],...],"request_headers":{...},
  // "request_body","request_form":[[name,file_name,content],...],"status",
  // "response_content_type","response_body","fault"} unless this
  // recorder already wrote the same line (load tests repeat one exchange thousands of times).
  // `fault` marks an answer made by an injected fault rather than by the emulator's rules.
  void record(const Request& request, const Response& response, bool fault);

 private:
  int fd_ = -1;  // O_APPEND: processes that share the file write whole lines
  std::mutex mutex_;
  std::unordered_set<std::size_t> written_;  // hashes of the lines written
};

}  // namespace ctct::emulator
