// The I/O that clients share. A loop is one I/O thread with its libcurl multi handle and pool of
// kept-alive connections; clients with equal HttpOptions share the loops of their engine. Clients
// given no engine use the process-wide one, which has one loop per set of HttpOptions: a process
// with a thousand clients runs one I/O thread. Each client keeps its own credentials, token
// manager, retries, rate limiter and logger, and closing it settles its own calls only.
#pragma once

#include <cstddef>
#include <memory>

namespace ctct {

namespace http {
struct LoopGroup;
}

struct EngineOptions {
  // Loops (I/O threads) per set of HttpOptions, 1 to 64; clients are spread over them in turn.
  // More than one helps only a process whose answers take more CPU to read than one core has.
  std::size_t threads = 1;
};

// Give the same engine to clients (ClientOptions::engine) to run them on its loops instead of
// the process-wide ones. A loop starts with its first client and ends when its last is closed
// (or destroyed), whether or not the Engine object is still held. Thread-safe.
class Engine {
 public:
  explicit Engine(EngineOptions options = {});

  const EngineOptions& options() const { return options_; }
  // The loops running now, each with its thread.
  std::size_t live_loops() const;

  // The one clients use when given none.
  static std::shared_ptr<Engine> process_wide();

 private:
  friend struct EngineAccess;
  EngineOptions options_;
  std::shared_ptr<http::LoopGroup> group_;
};

}  // namespace ctct
