// What every operation shares: the engine, the base URL and credentials, and turning an HTTP
// response into an Outcome. Operations (contacts.cpp, lists.cpp, v2_client.cpp, ...) build an
// http::Request from typed input, call send(), and give a parser for the 2xx body.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctct/outcome.hpp"
#include "http/engine.hpp"

namespace ctct::detail {

struct CoreOptions {
  std::string base_url;  // e.g. https://api.cc.email/v3 (no trailing slash)
  std::vector<std::pair<std::string, std::string>> headers;  // Authorization, ...
  std::vector<std::pair<std::string, std::string>> query;    // sent with every call (v2 api_key)
  HttpOptions http;
};

// Parses a 2xx body into T; on failure sets `why` (no secrets, no body text) and returns nullopt.
template <class T>
using Parser = std::function<std::optional<T>(const http::Response&, std::string& why)>;

class Core {
 public:
  explicit Core(CoreOptions options);
  ~Core();

  http::Engine& engine();

  // base_url + path + query (path segments percent-encoded by the caller with encode_segment).
  std::string url(std::string_view path,
      const std::vector<std::pair<std::string, std::string>>& query = {}) const;

  // Sends `request` (credential headers added) and classifies the response into an Outcome:
  // 2xx parsed by `parse`, other statuses by the rules of ARCHITECTURE.md "Outcomes", error
  // bodies in both shapes read into error_key and reason. Throws UsageError once closed.
  template <class T>
  void send(http::Request request, Parser<T> parse, Callback<T> callback);

  void close();
  bool closed() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Percent-encodes one path segment or query value (RFC 3986 unreserved characters kept).
std::string encode_component(std::string_view text);

// Outcome of input refused before sending: failure, attempts 0, the reason naming the field.
template <class T>
Outcome<T> refused(std::string reason) {
  Outcome<T> outcome;
  outcome.outcome = Kind::failure;
  outcome.reason = std::move(reason);
  return outcome;
}

// Blocking form of any callback operation: waits for the outcome on the calling thread.
template <class T, class Start>
Outcome<T> wait_for(Start&& start);

}  // namespace ctct::detail
