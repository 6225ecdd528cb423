// The HTTP engine: a loop around a libcurl multi handle, driven by the engine's I/O thread, or
// by a thread in a blocking call while the loop has only that call's work
// (ctct/internal/blocking.hpp).
// Other threads submit requests to a queue and wake the loop; easy handles are pooled and reset,
// connections are kept alive and reused. Completions and timers run on the loop's driver.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctct/options.hpp"

namespace ctct::http {

struct Loop;

struct Request {
  std::string method = "GET";                                // GET, POST, PUT, DELETE
  std::string url;                                           // absolute
  std::vector<std::pair<std::string, std::string>> headers;  // besides User-Agent and Accept
  std::string body;                                          // sent when non-empty or method is POST/PUT
  // false: libcurl must not re-send the body by itself when a reused connection dies before
  // any answer (it would, and the server may already have acted on the first one).
  bool replayable = true;
};

// What happened to one request. `status` is 0 when no response came; then `transport_error`
// says why in words (never with secrets: URLs are not included).
struct Response {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  // Its capacity() leaves body_padding bytes after the text, so that the JSON reader parses it
  // in place instead of in a padded copy.
  std::string body;
  std::string transport_error;  // empty when a response came
  bool timed_out = false;
  // A failure another attempt would meet again (certificate, size cap, URL): not retried.
  bool permanent = false;
  // The engine refused it before sending any of it (no CA for https, a bad header): no attempt.
  bool unsent = false;
  const std::string* header(std::string_view name) const;
};

// The bytes simdjson may read past the end of a text (SIMDJSON_PADDING; checked in api/call.hpp).
inline constexpr std::size_t body_padding = 64;

using Completion = std::function<void(Response)>;

class Engine {
 public:
  explicit Engine(HttpOptions options);
  ~Engine();  // close()
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Queues the request; `done` runs exactly once on the loop's driver. After close() it runs at
  // once on the caller's thread with a transport error. Callable from completions.
  void submit(Request request, Completion done);

  // Runs `fn` on the loop's driver after `delay` (retry backoff, rate limits, polling).
  void schedule(std::chrono::milliseconds delay, std::function<void()> fn);

  // Stops accepting, drops pending timers unrun, completes every queued and in-flight request
  // with a "client closed" error, then joins the I/O thread: no completion runs after it returns.
  // Safe to call twice and from any thread. From a completion or timer (the loop's driver) it
  // finishes everything before returning and the I/O thread ends once that callback returns.
  void close();

  // Whether this thread drives the loop now: it runs a completion or a timer, or its blocking
  // call claimed the loop (ctct/internal/blocking.hpp).
  bool on_io_thread() const;

 private:
  // Made before a fork() that this process descends from (ctct/internal/fork.hpp).
  bool forked() const;
  // This process's loop: in a child, a new one replaces the parent's on first use.
  Loop& loop();
  void renew();

  // Shared with the I/O thread (and a blocking call driving it) so that an engine destroyed from
  // its own completion stays alive until the loop has unwound.
  std::shared_ptr<Loop> impl_;
  std::atomic<std::uint64_t> generation_;  // the fork generation (http/fork.hpp) impl_ belongs to
};

// User-Agent sent with every request: "ctct/<version>".
std::string user_agent();

}  // namespace ctct::http
