// What every operation shares: the engine, the base URL and credentials, and turning an HTTP
// response into an Outcome. Operations (contacts.cpp, lists.cpp, v2_client.cpp, ...) build an
// http::Request from typed input, call send(), and give a parser for the 2xx body.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/classify.hpp"
#include "ctct/internal/blocking.hpp"
#include "ctct/outcome.hpp"
#include "http/engine.hpp"
#include "policy/pipeline.hpp"

namespace ctct::detail {

using Params = std::vector<std::pair<std::string, std::string>>;

struct CoreOptions {
  std::string base_url;                      // e.g. https://api.cc.email/v3 (Core drops trailing slashes)
  std::string base_url_option = "base_url";  // how construction errors name it
  Params headers;                            // Authorization, ...
  Params query;                              // sent with every call (v2 api_key)
  HttpOptions http;
  std::shared_ptr<Engine> engine;    // null: the process-wide one
  policy::PipelineOptions policies;  // retries, rate limit, managed tokens
};

// How a request may be sent again after an answer that leaves its effect unknown (5xx, no
// answer): by default every method but POST may; a POST that may not can still be verified.
struct Resend {
  std::optional<bool> repeatable;  // unset: method != POST
  policy::Verify verify;
};

// Throws UsageError for a missing callback: a programmer error, reported before anything runs.
template <class F>
void require(const F& callback) {
  if (!callback) throw UsageError("a callback is required");
}

// Parses a 2xx body into T; on failure sets `why` (no secrets, no body text) and returns nullopt.
template <class T>
using Parser = std::function<std::optional<T>(const http::Response&, std::string& why)>;

class IdTranslator;

class Core {
 public:
  explicit Core(CoreOptions options);
  ~Core();  // close()

  http::Engine& engine();
  policy::Pipeline& pipeline();
  // The client's v2-to-v3 id translations (api/id_translator.hpp), kept as long as the client.
  IdTranslator& ids();

  // base_url + path + query, the fixed query included (path segments percent-encoded by the
  // caller with encode_component; query names and values are encoded here).
  std::string url(std::string_view path, const Params& query = {}) const;

  // A next-page link (e.g. "/v3/contacts?cursor=...") made absolute against the base URL's
  // scheme and host. Only its path and query are kept: credentials never go to another host.
  std::string resolve(std::string_view href) const;

  // Sends `request` (credential headers added, JSON content type when it has a body) and
  // classifies the response into an Outcome: 2xx parsed by `parse`, other statuses by the rules
  // of ARCHITECTURE.md "Outcomes", error bodies in both shapes read into error_key and reason.
  // `subject` names what the request is about in reasons ("the contact"). The callback runs on
  // the loop's driver (http/engine.hpp). Throws UsageError once closed or without a callback.
  template <class T>
  void send(http::Request request, Parser<T> parse, Callback<T> callback, std::string subject = "the request",
      Resend resend = {});

  // Throws UsageError("the client is closed") once closed.
  void check_open() const;

  // Completes every request in flight with an error outcome; later calls throw UsageError.
  void close();
  bool closed() const;

 private:
  void prepare(http::Request& request) const;
  long timeout_ms() const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The retry and rate-limit policies of client options: the limiter given (a Redis URL: the one
// every process of `api_key` shares through it), else the one every client of `api_key` in this
// process shares, else (no key known) one of the client's own.
policy::PipelineOptions policies(const RetryOptions& retry, const RateLimit& limit, RateLimiterOption given,
    std::string_view api_key);

// Throws UsageError naming `option` when `value`, bound for a header, holds CR, LF or NUL: it
// could smuggle in another header.
void require_header_safe(std::string_view value, std::string_view option);

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

// Blocking form of any callback operation: `start` receives the Callback<T> to pass on, and
// the calling thread waits for the outcome, driving the client's loop itself when it is idle
// (ctct/internal/blocking.hpp). Throws UsageError inside any callback of a client's loop (that
// thread is the one that would answer).
template <class T, class Start>
Outcome<T> wait_for(Start&& start) {
  if (BlockingWait::inside_loop())
    throw UsageError("a blocking call cannot run inside a ctct callback; use the callback form");
  auto answer = std::make_shared<Answer<Outcome<T>>>();
  BlockingWait wait;
  // Taken by reference: the outcome is moved once, into the answer.
  std::forward<Start>(start)(Callback<T>([answer](Outcome<T>&& outcome) { answer->set(std::move(outcome)); }));
  if (!wait.drive([&answer] { return answer->ready(); })) answer->wait();
  return answer->take();
}

template <class T>
void Core::send(http::Request request, Parser<T> parse, Callback<T> callback, std::string subject, Resend resend) {
  require(callback);
  prepare(request);
  const bool repeatable = resend.repeatable.value_or(request.method != "POST");
  pipeline().run(policy::Exchange{std::move(request), repeatable, std::move(resend.verify)},
      [parse = std::move(parse), callback = std::move(callback), subject = std::move(subject), timeout = timeout_ms(),
          policies = &pipeline()](policy::Result result) {
        const http::Response& response = result.response;
        // A server may repeat what it was sent: the client's secrets never reach a reason.
        const bool ok = response.status >= 200 && response.status < 300;
        auto meta = result.failure ? *result.failure
                    : ok           ? classify(response, subject, timeout)
                                   : classify(response, subject, timeout, policies->secrets(result.token));
        std::string why;
        // Built in place and handed on as temporaries: a parsed resource can be large to move.
        std::optional<T> value = meta.ok() ? parse(response, why) : std::nullopt;
        if (meta.ok() && !value) meta = unreadable(response.status, why);
        meta.attempts = result.attempts;
        callback(std::move(meta).with_value(std::move(value)));
      });
}

}  // namespace ctct::detail
