#include "policy/logger.hpp"

namespace ctct {

const char* to_string(LogLevel level) {
  switch (level) {
    case LogLevel::debug: return "debug";
    case LogLevel::info: return "info";
    case LogLevel::warning: return "warning";
    case LogLevel::error: return "error";
  }
  return "info";
}

}  // namespace ctct

namespace ctct::policy {

void Logger::write(LogLevel level, const std::string& message) const {
  if (!wants(level)) return;
  try {
    options_.callback(level, message);
  } catch (...) {
  }
}

std::string loggable(std::string_view method, std::string_view url) {
  const auto scheme = url.find("://");
  const auto authority = scheme == std::string_view::npos ? 0 : scheme + 3;
  auto path = url.find_first_of("/?#", authority);
  if (path == std::string_view::npos) path = url.size();
  auto host = url.substr(authority, path - authority);
  if (const auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  auto rest = url.substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::string out(method);
  out += ' ';
  out += url.substr(0, authority);
  out += host;
  out += rest;
  return out;
}

}  // namespace ctct::policy
