// The HTTP engine: a loop around a libcurl multi handle, driven by its I/O thread, or by a thread
// in a blocking call while the loop has only that call's work (ctct/internal/blocking.hpp).
// Engines made with equal HttpOptions share one loop, its thread and its connections: a process
// with a thousand clients runs one I/O thread. Each Engine is one client's share of it: its
// requests and timers are its own, and closing it settles only them.
// Other threads submit requests to a queue and wake the loop; easy handles are pooled and reset,
// connections are kept alive and reused. Completions and timers run on the loop's driver.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctct/engine.hpp"
#include "ctct/options.hpp"

namespace ctct::http {

struct Loop;
struct SharedLoop;
struct LoopGroup;
struct TransferSettings;

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
  std::string headers;  // the final header block's lines as received, each ending in \n
  // Its capacity() leaves body_padding bytes after the text, so that the JSON reader parses it
  // in place instead of in a padded copy.
  std::string body;
  std::string transport_error;  // empty when a response came
  bool timed_out = false;
  // A failure another attempt would meet again (certificate, size cap, URL): not retried.
  bool permanent = false;
  // The engine refused it before sending any of it (no CA for https, a bad header): no attempt.
  bool unsent = false;
  // The first header called `name` (in any case), its value trimmed; nullopt when none is.
  std::optional<std::string_view> header(std::string_view name) const;
};

// The bytes simdjson may read past the end of a text (SIMDJSON_PADDING; checked in api/call.hpp).
inline constexpr std::size_t body_padding = 64;

using Completion = std::function<void(Response)>;

class Engine {
 public:
  // On a loop of `engine` (null: the process-wide one) for these options.
  explicit Engine(HttpOptions options, const std::shared_ptr<ctct::Engine>& engine = nullptr);
  ~Engine();  // close()
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Queues the request; `done` runs exactly once on the loop's driver. After close() it runs at
  // once on the caller's thread with a transport error. Callable from completions.
  void submit(Request request, Completion done);

  // Runs `fn` on the loop's driver after `delay` (retry backoff, rate limits, polling).
  void schedule(std::chrono::milliseconds delay, std::function<void()> fn);

  // Stops accepting, drops this engine's pending timers unrun and completes its queued and
  // in-flight requests with a "client closed" error: none of its completions runs after it
  // returns. Other engines on the same loop go on; the loop and its I/O thread end when the last
  // engine that uses it is closed. Safe to call twice and from any thread, a completion or timer included.
  void close();

  // Whether this thread drives the loop now: it runs a completion or a timer, or its blocking
  // call claimed the loop (ctct/internal/blocking.hpp).
  bool on_io_thread() const;

  // How often, in this process, an I/O thread's look for work before it sleeps ended with a call
  // come in (Loop::look_for_work_briefly): a count for tests and diagnostics.
  static std::uint64_t looks_that_found_work();

 private:
  // Made before a fork() that this process descends from (ctct/internal/fork.hpp).
  bool forked() const;
  // This process's lock of the engine, held while shared_ and closed_ are used: in a child, the
  // child's own lock and shared loop first replace the parent's (leave_parent).
  std::unique_lock<std::mutex> lock();
  void leave_parent(bool take_loop);

  // The options, and the CA found for them when the engine was made.
  const std::shared_ptr<const TransferSettings> settings_;
  const std::shared_ptr<LoopGroup> group_;  // where a child finds its own loop
  const std::uint64_t owner_;               // marks this engine's requests and timers on the shared loop
  std::shared_ptr<SharedLoop> shared_;
  std::atomic<std::uint64_t> generation_;  // the fork generation (http/fork.hpp) shared_ belongs to
  // Held while a request or timer is queued and while closing: nothing is queued after close(),
  // which lets go of shared_. Replaced in a child, as the parent's may be held by a thread of
  // the parent that the child does not have.
  std::shared_ptr<std::mutex> mutex_ = std::make_shared<std::mutex>();
  bool closed_ = false;
  // Cleared by the destructor: close() reads it after running completions, which may destroy
  // the engine (its client) before close() returns.
  const std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

// User-Agent sent with every request: "ctct/<version>".
std::string_view user_agent();

}  // namespace ctct::http
