#include "redis/endpoint.hpp"

#include <charconv>

#include "ctct/outcome.hpp"

namespace ctct::redis {
namespace {

constexpr std::string_view tcp_scheme = "redis://", unix_scheme = "unix://";

// What is wrong with a URL, thrown while reading it; parse_endpoint names the option around it.
struct Refused {
  std::string why;
};

[[noreturn]] void refuse(std::string_view why) { throw Refused{std::string(why)}; }

long number(std::string_view text, std::string_view name, long low, long high) {
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < low || value > high)
    refuse("has " + std::string(name) + " " + std::string(text) + ", not a number from " + std::to_string(low) +
           " to " + std::to_string(high));
  return value;
}

std::string decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int value = 0;
      const auto [end, error] = std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
      if (error == std::errc() && end == text.data() + i + 3) {
        out += static_cast<char>(value);
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

void read_query(std::string_view query, Endpoint& endpoint) {
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const auto eq = pair.find('=');
    const std::string_view name = pair.substr(0, eq), value = eq == std::string_view::npos ? "" : pair.substr(eq + 1);
    if (name == "timeout_ms") endpoint.timeout_ms = number(value, name, 1, 60'000);
    else if (name == "max_ahead_ms") endpoint.max_ahead_ms = number(value, name, 0, 3'600'000);
    else if (name == "db") endpoint.db = static_cast<int>(number(value, name, 0, 1'000'000));
    else if (name == "on_outage" && (value == "fallback" || value == "error"))
      endpoint.fail_on_outage = value == "error";
    else if (name == "on_outage") refuse("has on_outage=" + std::string(value) + "; it is fallback or error");
    else refuse("has an unknown parameter " + std::string(name));
  }
}

Endpoint read_endpoint(std::string_view url) {
  Endpoint endpoint;
  const bool tcp = url.starts_with(tcp_scheme);
  if (!tcp && !url.starts_with(unix_scheme)) refuse("must start with redis:// or unix://");
  std::string_view rest = url.substr(tcp ? tcp_scheme.size() : unix_scheme.size());
  const auto question = rest.find('?');
  if (question != std::string_view::npos) {
    read_query(rest.substr(question + 1), endpoint);
    rest = rest.substr(0, question);
  }
  if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
    const std::string_view userinfo = rest.substr(0, at);
    const auto colon = userinfo.find(':');
    endpoint.user = decoded(userinfo.substr(0, colon));
    if (colon != std::string_view::npos) endpoint.password = decoded(userinfo.substr(colon + 1));
    rest = rest.substr(at + 1);
  }
  if (!tcp) {
    if (!rest.starts_with('/')) refuse("names no absolute socket path");
    endpoint.socket_path = decoded(rest);
    return endpoint;
  }
  const auto slash = rest.find('/');
  if (slash != std::string_view::npos) {
    if (slash + 1 < rest.size()) endpoint.db = static_cast<int>(number(rest.substr(slash + 1), "db", 0, 1'000'000));
    rest = rest.substr(0, slash);
  }
  std::string_view host = rest;
  if (rest.starts_with('[')) {  // [::1]:6379
    const auto close = rest.find(']');
    if (close == std::string_view::npos) refuse("has an unclosed [ in its host");
    host = rest.substr(1, close - 1);
    rest = rest.substr(close + 1);
    if (!rest.empty() && !rest.starts_with(':')) refuse("has text after its host");
    if (!rest.empty()) endpoint.port = static_cast<int>(number(rest.substr(1), "port", 1, 65535));
  } else if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
    host = rest.substr(0, colon);
    endpoint.port = static_cast<int>(number(rest.substr(colon + 1), "port", 1, 65535));
  }
  if (host.empty()) refuse("names no host");
  endpoint.host = host;
  return endpoint;
}

}  // namespace

Endpoint parse_endpoint(std::string_view url, std::string_view option) {
  try {
    return read_endpoint(url);
  } catch (const Refused& refused) {
    throw UsageError("the " + std::string(option) + " Redis URL " + refused.why +
                     " (redis://[:password@]host[:port][/db][?timeout_ms=N&on_outage=fallback|error&max_ahead_ms=N] "
                     "or unix://[:password@]/path[?db=N&...])");
  }
}

std::string Endpoint::display() const {
  std::string text = socket_path.empty() ? "redis://" : "unix://";
  if (!user.empty() || !password.empty()) text += user + (password.empty() ? "" : ":***") + "@";
  if (!socket_path.empty()) return text + socket_path + (db ? "?db=" + std::to_string(db) : "");
  const bool v6 = host.find(':') != std::string::npos;
  text += (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
  return db ? text + "/" + std::to_string(db) : text;
}

}  // namespace ctct::redis
