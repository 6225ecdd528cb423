// Log lines of a client: requests sent and answered, retries, token refreshes, rate-limit waits.
// No line ever holds a secret: URLs are logged without their query (v2's api_key) and user
// info, headers (Authorization) and bodies are never logged.
#pragma once

#include <functional>
#include <string>

namespace ctct {

enum class LogLevel { debug, info, warning, error };

// "debug", "info", "warning", "error": the names every language uses.
const char* to_string(LogLevel level);

struct LogOptions {
  LogLevel level = LogLevel::info;  // lines below this level are not even made
  // Runs on the client's I/O thread (or on the thread of a blocking call doing its own
  // transfer): keep it short; an exception it throws is ignored.
  // Empty: no logging.
  std::function<void(LogLevel level, const std::string& message)> callback;
};

}  // namespace ctct
