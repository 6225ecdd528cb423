#include "http/fork.hpp"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <vector>

#include "ctct/internal/fork.hpp"

namespace ctct::http {
namespace {

using Clock = std::chrono::steady_clock;

// How long a fork waits for the loops' drivers to come to rest. A driver finishes the turn it is
// in first, which runs user callbacks: one that waits for the forking thread (on a lock it holds
// across fork(), such as Python's GIL when fork() does not come from os.fork) would never finish,
// and fork() must not hang. ctct holds its own locks only briefly, never across user code.
constexpr std::chrono::seconds rest_patience{2};

struct Registry {
  std::mutex renewal;  // lock_for_renewal; held by the forking thread across fork()
  std::mutex mutex;    // guards the members below
  std::vector<std::weak_ptr<Restable>> loops;
  std::vector<std::shared_ptr<Restable>> resting;  // held from rest to resume
  int rests = 0;                                   // rest_loops_for_fork calls not yet resumed
};

// Never destroyed: loops may outlive static destruction. Replaced in a child, as whatever thread
// held its locks at fork() is not there.
Registry* registry = new Registry;
std::atomic<std::uint64_t> generation{0};

void prepare() {
  registry->renewal.lock();
  rest_loops_for_fork();
}

void parent() {
  resume_after_fork();
  registry->renewal.unlock();
}

// Only the forking thread runs in the child: the parent's registry, its loops and whatever it
// held are left as they are, never touched again.
void child() {
  registry = new Registry;
  generation.fetch_add(1, std::memory_order_release);
}

}  // namespace

void watch_forks() {
  static std::once_flag hooked;
  std::call_once(hooked, [] { pthread_atfork(prepare, parent, child); });
}

void enroll(const std::shared_ptr<Restable>& loop) {
  watch_forks();
  std::lock_guard lock(registry->mutex);
  auto& loops = registry->loops;
  std::erase_if(loops, [](const std::weak_ptr<Restable>& known) { return known.expired(); });
  loops.push_back(loop);
  if (registry->rests > 0) {
    loop->ask_rest();  // its thread has not started: it rests before its first turn
    registry->resting.push_back(loop);
  }
}

std::uint64_t fork_generation() { return generation.load(std::memory_order_acquire); }

std::unique_lock<std::mutex> lock_for_renewal() { return std::unique_lock(registry->renewal); }

void abandon(std::shared_ptr<void> loop) {
  static auto* abandoned = new std::vector<std::shared_ptr<void>>;  // leaked on purpose
  std::lock_guard lock(registry->mutex);
  abandoned->push_back(std::move(loop));
}

}  // namespace ctct::http

namespace ctct {

void rest_loops_for_fork() {
  using namespace http;
  std::vector<std::shared_ptr<Restable>> asked;
  {
    std::lock_guard lock(registry->mutex);
    if (registry->rests++ > 0) return;
    for (const auto& known : registry->loops)
      if (auto loop = known.lock()) {
        loop->ask_rest();
        asked.push_back(std::move(loop));
      }
    registry->resting = asked;
  }
  // Outside the registry's lock: a callback that finishes its turn may make or end a client.
  const auto deadline = Clock::now() + rest_patience;
  for (const auto& loop : asked) loop->rested(deadline);
}

void resume_after_fork() {
  using namespace http;
  std::vector<std::shared_ptr<Restable>> resting;
  {
    std::lock_guard lock(registry->mutex);
    if (registry->rests == 0 || --registry->rests > 0) return;
    resting.swap(registry->resting);
  }
  for (const auto& loop : resting) loop->resume();
}

}  // namespace ctct
