// How a blocking call waits for its answer. The blocking forms (C++'s, and the Python binding's)
// create a BlockingWait, start the callback form, then call drive(). While a BlockingWait lives
// on a thread, the first request or timer the call hands to an idle client (nothing in flight,
// queued or timed) makes this thread run that client's I/O loop until the answer is in. A
// sequential caller then pays no thread hop each way: the kernel's scheduler was a third of the
// time of a sequential GET when the I/O thread did every transfer. Work from any other thread
// makes this thread hand the loop back to the client's I/O thread at its next turn, so what runs
// here is the work this call's steps start (its requests, timers, log lines, progress reports),
// never the callbacks of other threads' calls.
// Internal: for the core and the bindings (the ctct_internal target), never installed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace ctct {
namespace http {
struct Loop;
}

class BlockingWait {
 public:
  BlockingWait();
  ~BlockingWait();  // hands back a loop it claimed but did not drive
  BlockingWait(const BlockingWait&) = delete;
  BlockingWait& operator=(const BlockingWait&) = delete;

  // Runs the claimed loop until ready() is true, then returns true. Returns false when nothing
  // was claimed, or when the loop goes back to the I/O thread first (work from another thread,
  // a loop with nothing left to do for this call, `at_most` spent when not zero): the caller
  // then waits as it would have. Python gives 100 ms, then checks for Ctrl-C while it waits:
  // a signal handler, which may call ctct, must not run while this thread holds the loop.
  // Call once.
  bool drive(const std::function<bool()>& ready, std::chrono::milliseconds at_most = {});

  // The innermost BlockingWait of this thread, or nullptr. For the engine.
  static BlockingWait* current();
  // Whether this thread runs a turn of a client's loop now, and with it that loop's callbacks
  // (completions, timers, log lines, progress reports, token stores): a blocking call made here
  // would wait for the very thread that must answer it, so the blocking forms refuse it.
  static bool inside_loop();
  // For the engine, with its lock held: whether this wait may still claim a loop (one, before
  // drive()), and the claim itself, which makes this thread drive `loop`.
  bool may_claim() const { return !claimed_ && !used_; }
  void claim(std::shared_ptr<http::Loop> loop) { claimed_ = std::move(loop); }

 private:
  BlockingWait* outer_;
  std::shared_ptr<http::Loop> claimed_;
  bool used_ = false;  // drive() was called
};

// Where a blocking call's answer lands, from whichever thread completes the call: the caller's
// own (while it drives the loop) or the I/O thread. Held by shared_ptr, as the completing thread
// may still hold it when the caller has stopped waiting (Python, after Ctrl-C).
template <class R>
class Answer {
 public:
  void set(R&& value) {
    std::lock_guard lock(mutex_);
    value_.emplace(std::move(value));
    arrived_.notify_one();  // no system call when nobody waits, as while the caller drives
  }

  bool ready() {
    std::lock_guard lock(mutex_);
    return value_.has_value();
  }

  // Waits until the answer is in.
  void wait() {
    std::unique_lock lock(mutex_);
    arrived_.wait(lock, [this] { return value_.has_value(); });
  }

  // Waits for the answer for at most `interval`; true once it is in.
  bool wait(std::chrono::milliseconds interval) {
    std::unique_lock lock(mutex_);
    return arrived_.wait_for(lock, interval, [this] { return value_.has_value(); });
  }

  // The answer, once ready() or wait() said it is in.
  R take() {
    std::lock_guard lock(mutex_);
    return std::move(*value_);
  }

 private:
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::optional<R> value_;
};

}  // namespace ctct
