// The registry of live loops that fork() brings to rest, and the count of forks this process
// descends from (ctct/internal/fork.hpp says why).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>

namespace ctct::http {

// A loop as fork() sees it.
class Restable {
 public:
  // Asks the loop's driver to stop before its next turn; returns at once.
  virtual void ask_rest() = 0;
  // Waits until no thread but this one runs a turn of the loop, or until `deadline`.
  virtual bool rested(std::chrono::steady_clock::time_point deadline) = 0;
  virtual void resume() = 0;

 protected:
  virtual ~Restable() = default;
};

// Before the loop's thread starts. A loop enrolled while a fork is being prepared rests at once.
void enroll(const std::shared_ptr<Restable>& loop);

// Counts forks from now on (enroll does it too): for what keeps per-process state without a loop
// (redis/connection.cpp).
void watch_forks();

// How many forks lie between the process that loaded ctct and this one: an engine made in an
// earlier generation holds its parent's loop.
std::uint64_t fork_generation();

// Held while an engine replaces its parent's loop, and by fork() from prepare to parent or
// child: no replacement is half done when the process is copied.
std::unique_lock<std::mutex> lock_for_renewal();

// Keeps a parent's loop from ever being destroyed in the child: its destructor would close
// connections (and their TLS sessions) that the parent still uses, and join a thread that is gone.
void abandon(std::shared_ptr<void> loop);

}  // namespace ctct::http
