// How a Python call waits for the core. Sync methods start the callback form and wait with the
// GIL released (still answering Ctrl-C); async methods return an asyncio future that the
// callback, on the client's I/O thread, hands to the loop's own thread (loop_doorbell.hpp).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

#include "casters.hpp"
#include "ctct/internal/blocking.hpp"

namespace ctct::python {

struct Sync {};
struct Async {};

class LoopDoorbell;

// A future of the running loop, settled at most once from any thread. Held by shared_ptr.
class Settle : public std::enable_shared_from_this<Settle> {
 public:
  Settle();  // needs the GIL and a running loop (RuntimeError otherwise)
  ~Settle();
  Settle(const Settle&) = delete;
  Settle& operator=(const Settle&) = delete;

  py::object future() const { return future_; }
  // Hand the value (or exception) `make` builds to the loop's thread; any thread, no GIL needed.
  // `make` runs later, with the GIL, on the loop's thread (loop_doorbell.hpp), so it must own
  // what it converts. A cancelled future or a closed loop drops it: nobody is waiting.
  void resolve(std::function<py::object()> make_value);
  void fail(std::function<py::object()> make_exception);

 private:
  void settle(std::function<py::object()> make, bool failed);
  void deliver(const std::function<py::object()>& make, bool failed);  // on the loop's thread
  std::shared_ptr<LoopDoorbell> doorbell_;
  py::object future_;
};

// How often a blocking call looks for Ctrl-C while it waits.
constexpr std::chrono::milliseconds signal_check_interval{100};

// Blocks for the callback's result with the GIL released. Refused inside a ctct callback, whose
// thread is the one that would answer.
template <class R>
R wait_for(const std::function<void(std::function<void(R)>)>& start) {
  if (BlockingWait::inside_loop())
    throw UsageError(
        "a blocking ctct call cannot run inside a ctct callback (on_progress, log, a token store): that thread "
        "must answer the call itself; make the call after the operation returns, or hand it to another thread");
  auto answer = std::make_shared<Answer<R>>();
  py::gil_scoped_release release;
  // This thread runs the client's loop itself while it has only this call, for at most one
  // signal-check interval: a signal handler (which may call ctct) runs only once it let go.
  BlockingWait wait;
  start([answer](R&& result) { answer->set(std::move(result)); });  // moved once, into the answer
  wait.drive([&answer] { return answer->ready(); }, signal_check_interval);
  while (!answer->wait(signal_check_interval)) {
    // Let Ctrl-C interrupt a long wait; the late result then lands in the orphaned answer.
    py::gil_scoped_acquire gil;
    if (PyErr_CheckSignals() != 0) throw py::error_already_set();
  }
  return answer->take();
}

// Starts the call and returns a future resolved with its result.
template <class R>
Awaitable<R> start_future(const std::function<void(std::function<void(R)>)>& start) {
  auto target = std::make_shared<Settle>();
  py::object future = target->future();
  {
    py::gil_scoped_release release;
    // Taken by reference and moved once, to the heap, where Python's object then owns it: an
    // outcome with a contact is a large move, and a lambda holding the result itself would be
    // moved again into its std::function, and again into Python's object. Dropped unconverted
    // when the future is gone.
    start([target](R&& result) {
      if constexpr (std::is_class_v<R>) {
        auto held = std::make_shared<std::unique_ptr<R>>(std::make_unique<R>(std::move(result)));
        target->resolve([held] { return py::cast(held->release(), py::return_value_policy::take_ownership); });
      } else {
        target->resolve([result] { return py::cast(result); });
      }
    });
  }
  return Awaitable<R>(std::move(future));
}

template <class R, class Start>
auto run(Sync, Start&& start) {
  return wait_for<R>(std::forward<Start>(start));
}
template <class R, class Start>
auto run(Async, Start&& start) {
  return start_future<R>(std::forward<Start>(start));
}

}  // namespace ctct::python
