// The emulator's connection workers. cpp-httplib gives each connection a worker for as long as
// the client keeps it alive, so a fixed pool of 32 made the 33rd kept-alive client wait until
// an idle one timed out (5 s): a thousand clients each holding a connection took 155 s for their
// first calls. A real service does not make a new connection wait for an idle one; this pool
// starts another worker whenever every worker is busy, up to a cap.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace ctct::emulator {

class WorkerPool : public httplib::TaskQueue {
 public:
  explicit WorkerPool(std::size_t most_workers) : most_(most_workers) {}
  ~WorkerPool() override { shutdown(); }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void enqueue(std::function<void()> job) override;
  // Finishes the queued jobs, then joins every worker.
  void shutdown() override;

 private:
  void work();

  const std::size_t most_;
  std::mutex mutex_;  // guards the members below
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> workers_;
  std::size_t idle_ = 0;  // workers waiting for a job
  bool ending_ = false;
};

}  // namespace ctct::emulator
