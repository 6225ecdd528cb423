// How a blocking call waits for its answer. The blocking forms (C++'s, and the Python binding's)
// create a BlockingWait, start the callback form, then call drive(). While a BlockingWait lives
// on a thread, the first request or timer the call hands to an idle client (nothing in flight,
// queued or timed) makes this thread run that client's I/O loop until the answer is in. A
// sequential caller then pays no thread hop each way: the kernel's scheduler was a third of the
// time of a sequential GET when the I/O thread did every transfer. Work from any other thread
// makes this thread hand the loop back to the client's I/O thread at its next turn, so what runs
// here is this call's own steps (its log lines, its progress reports), not other calls' callbacks.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

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
  // a loop with nothing left to do for this call): the caller then waits as it would have.
  // When `every` is given it runs at least each `interval` (Python checks for Ctrl-C); an
  // exception from it hands the loop back and propagates.
  bool drive(const std::function<bool()>& ready, std::chrono::milliseconds interval = {},
      const std::function<void()>& every = {});

  // The innermost BlockingWait of this thread, or nullptr. For the engine.
  static BlockingWait* current();
  // Called by the engine, with its lock held, when this wait makes the thread drive `loop`.
  void claim(std::shared_ptr<http::Loop> loop) { claimed_ = std::move(loop); }
  bool claimed() const { return claimed_ != nullptr; }

 private:
  BlockingWait* outer_;
  std::shared_ptr<http::Loop> claimed_;
};

}  // namespace ctct
