// How answers reach an asyncio event loop. Each loop that awaits a ctct call gets one eventfd,
// watched with loop.add_reader: any thread queues a job and rings it without the GIL (an I/O
// thread never waits for a busy event loop), and the loop's own thread runs the queued jobs,
// with the GIL it already holds, when it next polls: one wake-up per batch of answers, and no
// thread between the I/O thread and the loop.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include <sys/types.h>

#include "checked.hpp"

namespace ctct::python {

class LoopDoorbell {
 public:
  // The doorbell of `loop`, made on first use. With the GIL, on the loop's thread.
  static std::shared_ptr<LoopDoorbell> of(const py::object& loop);
  // In a child after fork(): the parent's doorbells ring the parent's loops; new ones are made.
  static void forget_all_in_child();

  LoopDoorbell(int fd, pid_t pid) : fd_(fd), pid_(pid) {}
  ~LoopDoorbell();  // with the GIL: the jobs hold Python objects
  LoopDoorbell(const LoopDoorbell&) = delete;
  LoopDoorbell& operator=(const LoopDoorbell&) = delete;

  // Any thread, no GIL needed. `job` runs later on the loop's thread, with the GIL; once the
  // loop is gone it is dropped unrun.
  void post(std::function<void()> job);
  // Runs the queued jobs: what the loop's reader calls, with the GIL, on the loop's thread.
  void ring_off();

 private:
  void close();  // the loop is gone (GIL held)

  const int fd_;
  const pid_t pid_;
  std::mutex mutex_;
  std::vector<std::function<void()>> jobs_;  // guarded by mutex_
  bool closed_ = false;                      // guarded by mutex_
};

}  // namespace ctct::python
