// The client's log, as the policies and the token manager write to it. Lines are built only
// when their level is wanted.
#pragma once

#include <string>
#include <string_view>

#include "ctct/log.hpp"

namespace ctct::policy {

class Logger {
 public:
  Logger() = default;
  explicit Logger(LogOptions options) : options_(std::move(options)) {}

  bool wants(LogLevel level) const { return options_.callback && level >= options_.level; }
  // Hands the line to the callback when its level is wanted; the callback's exceptions stay here.
  void write(LogLevel level, const std::string& message) const;

 private:
  LogOptions options_;
};

// "METHOD scheme://host:port/path" of a request for a log line: no user info, no query, no
// fragment, so that no credential carried in a URL is ever written out.
std::string loggable(std::string_view method, std::string_view url);

}  // namespace ctct::policy
