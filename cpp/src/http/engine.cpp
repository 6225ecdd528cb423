#include "http/engine.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <unordered_map>

#include <curl/curl.h>
#include <pthread.h>
#include <sched.h>

#include "ctct/internal/blocking.hpp"
#include "ctct/outcome.hpp"
#include "http/fork.hpp"
#include "http/transfer.hpp"
#include "http/transport_error.hpp"

namespace ctct::http {
namespace {

using Clock = std::chrono::steady_clock;

// At most HttpOptions.max_connections requests are handed to libcurl at once; the rest wait in
// the queue. Few connections serve a client well (the API limits requests per second anyway, and
// servers such as cpp-httplib hold a worker per kept-alive connection). The cap is kept here
// rather than with CURLMOPT_MAX_HOST_CONNECTIONS: libcurl 7.88 parks transfers beyond that limit
// as pending and may start them only when their connect timeout fires, stalling a burst for 10 s.
constexpr std::size_t most_connections = 256;
// Upper bound of one wait when neither libcurl nor a timer needs the loop sooner.
constexpr int idle_poll_ms = 60'000;
// How long an I/O thread that let go of an idle loop looks for new work before it sleeps
// (Loop::look_for_work_briefly): well over what a Node caller awaiting one GET after another takes
// from a completion to its next call (34 us at the median, 79 us at the 99th percentile).
constexpr auto look_for_work_for = std::chrono::microseconds(200);

// The numbers a cgroup file starts with ("QUOTA PERIOD" in v2's cpu.max, one in v1's files), and
// how many were read: none when the file is absent or says "max".
int read_numbers(const char* path, long& first, long& second) {
  std::FILE* file = std::fopen(path, "r");
  if (!file) return 0;
  const int read = std::fscanf(file, "%ld %ld", &first, &second);
  std::fclose(file);
  return read < 0 ? 0 : read;
}

// The CPUs this process may use: its affinity (a container's CPU set), capped by its CPU quota
// (a container's --cpus, a Kubernetes CPU limit), which the affinity does not show.
int usable_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
  long cpus = CPU_COUNT(&set), quota = 0, period = 0, unused = 0;
  if (read_numbers("/sys/fs/cgroup/cpu.max", quota, period) < 2) {
    quota = period = 0;
    read_numbers("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", quota, unused);  // -1: no quota
    read_numbers("/sys/fs/cgroup/cpu/cpu.cfs_period_us", period, unused);
  }
  if (quota > 0 && period > 0) cpus = std::min(cpus, quota / period);  // whole CPUs: 1.5 is 1
  return static_cast<int>(cpus);
}

// Whether the process may use more than one CPU, read once. Not a function-local static: a fork
// while a thread runs such a static's initializer leaves the child's threads waiting for the
// initializer's guard forever (the children of SharedLimiterTest's forking test hung in their
// I/O thread's first look). Threads that race here read the same answer.
bool has_other_cpus() {
  static std::atomic<int> known{0};  // 0: not read yet, 1: one CPU, 2: more
  int cpus = known.load(std::memory_order_relaxed);
  if (cpus == 0) {
    cpus = usable_cpus() > 1 ? 2 : 1;
    known.store(cpus, std::memory_order_relaxed);
  }
  return cpus == 2;
}

// How many of this process's looks for work (Loop::look_for_work_briefly) ended with a call come in.
std::atomic<std::uint64_t> looks_found_work{0};

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Timer {
  Clock::time_point due;
  std::uint64_t seq;  // equal due times run in the order they were scheduled
  std::function<void()> fn;
  std::uint64_t owner;  // the engine that scheduled it
};

// std's heap functions keep the greatest element first: the earliest timer must compare greatest.
bool runs_later(const Timer& a, const Timer& b) { return std::tie(a.due, a.seq) > std::tie(b.due, b.seq); }

Response failed_response(std::string why) {
  Response response;
  response.transport_error = std::move(why);
  return response;
}

// User code runs on the loop thread, where an escaping exception would end the process.
template <class Fn, class... Args>
void run_guarded(Fn& fn, Args&&... args) {
  try {
    fn(std::forward<Args>(args)...);
  } catch (...) {
  }
}

thread_local BlockingWait* innermost_wait = nullptr;
// Turns of a loop this thread is running now, whose callbacks may be anyone's code.
thread_local int turns_running = 0;

struct InTurn {
  InTurn() { ++turns_running; }
  ~InTurn() { --turns_running; }
  InTurn(const InTurn&) = delete;
  InTurn& operator=(const InTurn&) = delete;
};

}  // namespace

// The loop: a libcurl multi handle, the queue and the timers of every engine sharing it. One
// thread at a time drives it: its I/O thread while there is work, or a thread in a blocking call
// that claimed it while it was idle (BlockingWait). The driver runs completions and timers; the
// mutex hands the loop from one driver to the next.
struct Loop : std::enable_shared_from_this<Loop>, Restable {
  enum class Driver { none, io_thread, caller };

  // The settings with the CA already found (resolve_settings).
  explicit Loop(TransferSettings resolved) : settings(std::move(resolved)) {
    const auto connections = settings.options.max_connections;
    if (connections < 1 || connections > most_connections)
      throw UsageError("max_connections must be from 1 to " + std::to_string(most_connections) + "; got " +
                       std::to_string(connections));
    init_curl_once();
    multi = curl_multi_init();
    if (!multi) throw std::runtime_error("libcurl could not create a multi handle");
  }

  ~Loop() {
    for (auto& [easy, transfer] : running) {
      curl_multi_remove_handle(multi, easy);
      curl_easy_cleanup(easy);
    }
    for (CURL* easy : idle) curl_easy_cleanup(easy);
    if (multi) curl_multi_cleanup(multi);
  }

  bool on_io_thread() const { return driver_id.load() == std::this_thread::get_id(); }

  // Restable, from a forking thread (http/fork.hpp).
  void ask_rest() override {
    std::lock_guard lock(mutex);
    rest_asked = true;
    if (multi && driver != Driver::none) curl_multi_wakeup(multi);
  }

  bool rested(Clock::time_point deadline) override {
    std::unique_lock lock(mutex);
    return settled.wait_until(lock, deadline, [this] { return at_rest || driver == Driver::none || on_io_thread(); });
  }

  void resume() override {
    {
      std::lock_guard lock(mutex);
      rest_asked = false;
    }
    settled.notify_all();
  }

  // With the mutex held, by the driver before each turn and before it finishes: a fork waits
  // for the loop here, where it runs no callback.
  void rest_if_asked(std::unique_lock<std::mutex>& lock) {
    if (!rest_asked) return;
    at_rest = true;
    settled.notify_all();
    settled.wait(lock, [this] { return !rest_asked; });
    at_rest = false;
  }

  // Queues the transfer, or leaves it to the caller (false) once the loop is closed.
  bool submit(std::unique_ptr<Transfer>& transfer) {
    return add_work([&] { queue.push_back(std::move(transfer)); });
  }

  void schedule(std::uint64_t owner, std::chrono::milliseconds delay, std::function<void()> fn) {
    add_work([&] {  // a closed loop runs no more timers
      timers.push_back(Timer{Clock::now() + delay, next_seq++, std::move(fn), owner});
      std::push_heap(timers.begin(), timers.end(), runs_later);
    });
  }

  // Settles one engine's work (Engine::close): its driver does it, at once when that is this
  // thread, else at the start of its next turn, which this thread waits for.
  void close_owner(std::uint64_t owner) {
    if (on_io_thread()) {
      cancel(owner);
      return;
    }
    std::unique_lock lock(mutex);
    if (closed) return;  // finish() settles everything
    const std::uint64_t ticket = ++cancels_posted;
    cancels.push_back(owner);
    if (driver == Driver::none) call_io_thread();
    else wake_loop();
    cancelled.wait(lock, [&] { return cancels_done >= ticket; });
  }

  // On the driver: drops the owner's timers unrun, completes its queued and in-flight requests
  // with the closed error.
  void cancel(std::uint64_t owner) {
    const auto others = [owner](const auto& work) { return work.owner != owner; };
    std::vector<std::unique_ptr<Transfer>> queued;
    std::vector<Timer> dropped;
    {
      std::lock_guard lock(mutex);
      const auto from = std::stable_partition(queue.begin(), queue.end(), [&](const auto& t) { return others(*t); });
      std::move(from, queue.end(), std::back_inserter(queued));
      queue.erase(from, queue.end());
      const auto due = std::partition(timers.begin(), timers.end(), others);
      std::move(due, timers.end(), std::back_inserter(dropped));
      timers.erase(due, timers.end());
      std::make_heap(timers.begin(), timers.end(), runs_later);
    }
    dropped.clear();  // outside the lock: a timer's captures may call back into the engine
    std::vector<Completion> pending;
    for (auto it = running.begin(); it != running.end();) {
      if (others(*it->second)) {
        ++it;
        continue;
      }
      curl_multi_remove_handle(multi, it->first);
      recycle(it->first);
      pending.push_back(std::move(it->second->done));
      it = running.erase(it);
    }
    for (auto& transfer : queued) pending.push_back(std::move(transfer->done));
    queued.clear();
    for (auto& done : pending) run_guarded(done, failed_response(closed_error));
  }

  // On the driver, at the start of a turn: the engines closed since the last one.
  void cancel_closed_owners(std::unique_lock<std::mutex>& lock) {
    if (cancels.empty()) return;
    std::vector<std::uint64_t> owners;
    owners.swap(cancels);
    lock.unlock();
    for (const auto owner : owners) cancel(owner);
    lock.lock();
    cancels_done += owners.size();
    cancelled.notify_all();
  }

  // From another thread: ask the loop to finish, then wait for it.
  void close() {
    if (on_io_thread()) {
      finish();
      return;
    }
    {
      std::lock_guard lock(mutex);
      closed = true;
      stop = true;
      if (multi && driver != Driver::none) curl_multi_wakeup(multi);
      call_io_thread();
    }
    std::call_once(thread_released, [this] {
      if (thread.joinable()) thread.join();
    });
  }

  // The engine is being destroyed by one of its own callbacks: finish now, and let the thread,
  // which holds its own reference to this Loop, end once the callback returns.
  void release_from_io_thread() {
    finish();
    std::call_once(thread_released, [this] { thread.detach(); });
  }

  // With the mutex held. One wake-up until the loop next looks at the queue: a burst of
  // requests (a batch of completions starting the next calls) costs one, not one each.
  void wake_loop() {
    if (wake_pending) return;
    wake_pending = true;
    curl_multi_wakeup(multi);
  }

  // Has the I/O thread take a loop nobody drives: ends its look for work (look_for_work_briefly)
  // or wakes it from io_wanted. Best outside the mutex (add_work, release): a thread woken under
  // it wakes only to wait for it.
  void call_io_thread() {
    io_thread_calls.fetch_add(1, std::memory_order_release);
    io_wanted.notify_one();
  }

  // Runs `add` (adding to the queue or the timers) under the mutex unless the loop is closed
  // (false), then has whoever drives the loop look. The mutex is held for the loop's wakeup too
  // (finish() frees the multi under it), not for the I/O thread's (work_added).
  template <class Add>
  bool add_work(Add&& add) {
    bool wake_io_thread = false;
    {
      std::lock_guard lock(mutex);
      if (closed) return false;
      add();
      wake_io_thread = work_added();
    }
    if (wake_io_thread) call_io_thread();
    return true;
  }

  // With the mutex held, after adding to the queue or the timers: whoever drives the loop must
  // look. An idle loop goes to this thread's blocking call if it has one, else to the I/O thread:
  // true when the caller is to wake it, once it has let go of the mutex (woken under it, the I/O
  // thread would wake only to wait for the mutex, a second sleep and wake-up per call).
  [[nodiscard]] bool work_added() {
    switch (driver) {
      case Driver::none:
        if (BlockingWait* wait = BlockingWait::current(); wait && wait->may_claim() && only_new_work()) {
          take(Driver::caller);
          wait->claim(shared_from_this());
          return false;
        }
        return true;
      case Driver::caller:
      case Driver::io_thread:
        // The driver's own work (a completion or timer starting the next step) needs no wake-up:
        // the driver looks at the queue and the timers before it next sleeps (poll_timeout_ms).
        if (on_io_thread()) return false;
        if (driver == Driver::caller) handoff = true;  // not that call's work
        wake_loop();
        return false;
    }
    return false;
  }

  // With the mutex held: the loop has nothing but the request or timer just added.
  bool only_new_work() const { return !transfers_left && queue.size() + timers.size() == 1; }

  // With the mutex held.
  void take(Driver who) {
    driver = who;
    driver_id.store(std::this_thread::get_id());
    handoff = false;
    transfers_left = false;  // the new driver has them
  }

  // With the mutex held, by the driver.
  void let_go() {
    driver = Driver::none;
    driver_id.store(std::thread::id{});
    transfers_left = !running.empty();
    if (rest_asked) settled.notify_all();  // a fork waiting for this loop need wait no more
  }

  // With the mutex held: whether a loop nobody drives needs the I/O thread.
  bool has_work() const { return stop || transfers_left || !queue.empty() || !timers.empty() || !cancels.empty(); }

  // The driver lets go of the loop; the I/O thread takes it if anything is left to do.
  void release() {
    bool wake_io_thread = false;
    {
      std::lock_guard lock(mutex);
      let_go();
      wake_io_thread = has_work();
    }
    if (wake_io_thread) call_io_thread();
  }

  // The I/O thread: drives the loop whenever it is free and has work, until the engine finishes.
  void run() {
    bool just_let_go = false;
    while (true) {
      if (just_let_go) look_for_work_briefly();
      {
        std::unique_lock lock(mutex);
        io_wanted.wait(lock, [this] { return driver == Driver::none && has_work(); });
        take(Driver::io_thread);
      }
      bool let_go = false;
      while (!finished && !stop_requested()) {
        turn();
        if (finished) break;
        if ((let_go = release_if_idle())) break;
        wait_for_events(-1);
      }
      if (let_go) {  // another thread may drive the loop now: nothing of it is ours
        just_let_go = true;
        continue;
      }
      finish();
      release();
      return;
    }
  }

  // The I/O thread, having let go of a loop with nothing left to do, looks for new work for a
  // moment before it sleeps. A caller awaiting one call after another (a Node or asyncio worker)
  // submits the next within tens of microseconds of the last completion; asleep, the thread
  // costs that call a futex wake and a scheduler wake-up (bench/findings_pages.md, "The I/O
  // thread looks before it sleeps"). Never on one CPU, where looking would hold off that caller,
  // and one I/O thread of the process at a time: many loops looking at once would take the CPUs
  // from the threads they wait for. The look in progress is known by its end, not by a flag, so
  // a child forked during a look is not left believing that a thread it lacks is looking.
  // It yields the CPU at every check rather than spin on it, so that a thread that needs this
  // CPU (the caller its completion woke, the server it sends to) runs at once. With another
  // CPU-bound process on a 2-CPU host, the spinning look made Node and asyncio callers slower
  // than no look at all, as it held the one CPU left: S1 in Node 6,050 GETs/s spinning, 6,600
  // without the look, 7,400 yielding, medians of three alternating runs. On a quiet host the
  // three measure alike (bench/findings_pages.md, "The look yields").
  void look_for_work_briefly() {
    static std::atomic<Clock::rep> current_look_ends{0};
    if (!has_other_cpus()) return;
    const auto start = Clock::now();
    const auto until = start + look_for_work_for;
    const auto this_look_ends = until.time_since_epoch().count();
    auto ends = current_look_ends.load(std::memory_order_relaxed);
    if (start.time_since_epoch().count() < ends || !current_look_ends.compare_exchange_strong(ends, this_look_ends))
      return;
    const auto seen = io_thread_calls.load(std::memory_order_acquire);
    while (Clock::now() < until && io_thread_calls.load(std::memory_order_acquire) == seen) sched_yield();
    // A call seen now, during the look or as it ended (this thread may have yielded past its
    // end), spares the thread its sleep: it takes the loop at once.
    if (io_thread_calls.load(std::memory_order_relaxed) != seen)
      looks_found_work.fetch_add(1, std::memory_order_relaxed);
    // Unless a thread that found this look over has started its own meanwhile.
    ends = this_look_ends;
    current_look_ends.compare_exchange_strong(ends, 0, std::memory_order_relaxed);
  }

  // A blocking call's thread drives the loop it claimed until `ready`, while the loop holds
  // only that call's work, for at most `at_most` (zero: no limit). False when the loop goes
  // back to the I/O thread before.
  bool drive_for_caller(const std::function<bool()>& ready, std::chrono::milliseconds at_most) {
    struct Releaser {
      Loop& loop;
      ~Releaser() { loop.release(); }
    } releaser{*this};
    const auto deadline = Clock::now() + at_most;
    while (!finished) {
      if (stop_requested()) {
        finish();
        break;
      }
      if (handoff_requested()) break;
      turn();
      if (ready()) return true;
      if (finished || nothing_to_do()) break;
      int cap = -1;
      if (at_most.count() > 0) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) break;
        cap = static_cast<int>(left);
      }
      wait_for_events(cap);
    }
    return ready();
  }

  // One turn: start queued requests, run due timers, move transfers on, complete those done.
  void turn() {
    InTurn in_turn;
    {
      std::unique_lock lock(mutex);  // before the queue and timers are read: later work wakes again
      rest_if_asked(lock);
      wake_pending = false;
      cancel_closed_owners(lock);
    }
    if (finished) return;
    start_queued();
    run_due_timers();
    if (finished) return;
    int still_running = 0;
    curl_multi_perform(multi, &still_running);
    complete_done_transfers();
  }

  // Sleeps until a socket, a timer or a wake-up needs the loop; `cap_ms` >= 0 bounds the wait.
  void wait_for_events(int cap_ms) {
    int timeout = poll_timeout_ms();
    if (cap_ms >= 0) timeout = std::min(timeout, cap_ms);
    curl_multi_poll(multi, nullptr, 0, timeout, nullptr);
  }

  // The I/O thread lets go of a loop with nothing in flight, queued or timed.
  bool release_if_idle() {
    if (!running.empty()) return false;
    std::lock_guard lock(mutex);
    if (has_work()) return false;
    let_go();
    return true;
  }

  bool nothing_to_do() {
    if (!running.empty()) return false;
    std::lock_guard lock(mutex);
    return queue.empty() && timers.empty();
  }

  bool handoff_requested() {
    std::lock_guard lock(mutex);
    return handoff;
  }

  bool queue_empty() {
    std::lock_guard lock(mutex);
    return queue.empty();
  }

  bool stop_requested() {
    std::lock_guard lock(mutex);
    return stop;
  }

  // Requests are taken one at a time so that none sits in a local list while user code runs
  // (a completion may close the engine, which must then see every pending request).
  void start_queued() {
    while (!finished && running.size() < settings.options.max_connections) {
      std::unique_ptr<Transfer> transfer;
      {
        std::lock_guard lock(mutex);
        if (queue.empty()) return;
        transfer = std::move(queue.front());
        queue.pop_front();
      }
      start(std::move(transfer));
    }
  }

  void start(std::unique_ptr<Transfer> transfer) {
    std::string why;
    CURL* easy = take_handle(why);
    if (!easy) {
      Response refused = failed_response(std::move(why));
      refused.permanent = true;  // a handle that cannot be set up now will not be later either
      refused.unsent = true;
      run_guarded(transfer->done, std::move(refused));
      return;
    }
    why = transfer->attach(easy, settings);
    if (why.empty()) {
      const CURLMcode added = curl_multi_add_handle(multi, easy);
      if (added == CURLM_OK) {
        running.emplace(easy, std::move(transfer));
        return;
      }
      why = std::string("the request could not be started: ") + curl_multi_strerror(added);
    }
    recycle(easy);
    Completion done = std::move(transfer->done);
    transfer.reset();
    Response refused = failed_response(std::move(why));
    refused.permanent = true;  // the same request would be refused the same way again
    refused.unsent = true;
    run_guarded(done, std::move(refused));
  }

  // Timers scheduled while this runs (even with no delay) wait for the next turn of the loop,
  // so a timer that reschedules itself cannot starve the transfers.
  void run_due_timers() {
    const Clock::time_point now = Clock::now();
    std::uint64_t seq_limit;
    {
      std::lock_guard lock(mutex);
      seq_limit = next_seq;
    }
    while (!finished) {
      std::function<void()> fn;
      {
        std::lock_guard lock(mutex);
        if (timers.empty() || timers.front().due > now || timers.front().seq >= seq_limit) return;
        std::pop_heap(timers.begin(), timers.end(), runs_later);
        fn = std::move(timers.back().fn);
        timers.pop_back();
      }
      run_guarded(fn);
    }
  }

  void complete_done_transfers() {
    int left = 0;
    while (!finished) {
      CURLMsg* message = curl_multi_info_read(multi, &left);
      if (!message) return;
      if (message->msg != CURLMSG_DONE) continue;
      CURL* easy = message->easy_handle;
      const CURLcode result = message->data.result;  // read before the handle is removed
      auto node = running.extract(easy);
      curl_multi_remove_handle(multi, easy);
      if (node.empty()) continue;
      Response response = node.mapped()->finish(result);
      Completion done = std::move(node.mapped()->done);
      node.mapped().reset();
      recycle(easy);
      run_guarded(done, std::move(response));
    }
  }

  int poll_timeout_ms() {
    if (running.size() < settings.options.max_connections && !queue_empty()) return 0;  // room for queued requests
    long timeout = idle_poll_ms;
    long curl_timeout = -1;
    curl_multi_timeout(multi, &curl_timeout);
    if (curl_timeout >= 0) timeout = std::min(timeout, curl_timeout);
    std::lock_guard lock(mutex);
    if (!timers.empty()) {
      const auto wait = std::chrono::ceil<std::chrono::milliseconds>(timers.front().due - Clock::now());
      timeout = std::clamp<long>(static_cast<long>(wait.count()), 0, timeout);
    }
    return static_cast<int>(timeout);
  }

  // Runs once, on the loop's driver: refuses new work, drops timers, completes every request left.
  void finish() {
    if (finished) return;
    finished = true;
    InTurn in_turn;
    std::deque<std::unique_ptr<Transfer>> queued;
    std::vector<Timer> dropped;
    {
      std::unique_lock lock(mutex);
      rest_if_asked(lock);
      closed = true;
      stop = true;
      queued.swap(queue);
      dropped.swap(timers);
    }
    dropped.clear();  // outside the lock: a timer's captures may call back into the engine
    std::unordered_map<CURL*, std::unique_ptr<Transfer>> in_flight;
    in_flight.swap(running);
    std::vector<Completion> pending;
    for (auto& [easy, transfer] : in_flight) {
      curl_multi_remove_handle(multi, easy);
      recycle(easy);
      pending.push_back(std::move(transfer->done));
    }
    in_flight.clear();
    for (auto& transfer : queued) pending.push_back(std::move(transfer->done));
    queued.clear();
    for (auto& done : pending) run_guarded(done, failed_response(closed_error));
    {
      std::lock_guard lock(mutex);
      cancels.clear();  // their work was settled above
      cancels_done = cancels_posted;
    }
    cancelled.notify_all();
    release_connections();
  }

  // Closes the kept-alive connections as soon as the engine is closed, not when it is
  // destroyed, so that no server is left waiting on an idle connection of a closed client.
  void release_connections() {
    std::lock_guard lock(mutex);
    for (CURL* easy : idle) curl_easy_cleanup(easy);
    idle.clear();
    curl_multi_cleanup(multi);
    multi = nullptr;
  }

  CURL* take_handle(std::string& why) {
    if (idle.empty()) return make_handle(settings, why);
    CURL* easy = idle.back();
    idle.pop_back();
    return easy;
  }

  // A kept handle keeps its allocations and the options shared by every request; connections
  // stay in the multi's cache either way. As many are kept as may run at once, so a client
  // that keeps max_connections requests in flight never frees and makes handles again.
  void recycle(CURL* easy) {
    clear_request(easy);
    if (idle.size() < settings.options.max_connections) {
      idle.push_back(easy);
    } else {
      curl_easy_cleanup(easy);
    }
  }

  const TransferSettings settings;
  CURLM* multi = nullptr;
  std::thread thread;
  std::once_flag thread_released;                 // joined or detached exactly once
  std::atomic<std::thread::id> driver_id{};       // the thread driving the loop, if any
  std::atomic<std::uint64_t> io_thread_calls{0};  // grows with call_io_thread: read without the mutex

  std::mutex mutex;  // guards the members below
  std::deque<std::unique_ptr<Transfer>> queue;
  std::vector<Timer> timers;  // a heap ordered by runs_later
  std::uint64_t next_seq = 0;
  bool closed = false;        // submit and schedule refuse work
  bool stop = false;          // the loop must finish and end
  bool wake_pending = false;  // a wake-up was sent that the loop has not yet taken
  Driver driver = Driver::none;
  bool handoff = false;                // another thread added work while a blocking call drives
  bool transfers_left = false;         // the last driver let go with transfers in flight
  std::condition_variable io_wanted;   // the I/O thread waits here for a free loop with work
  bool rest_asked = false;             // a fork is being prepared: drive no turn
  bool at_rest = false;                // the driver waits for the fork between two turns
  std::condition_variable settled;     // rest_asked and at_rest changed, or the driver let go
  std::vector<std::uint64_t> cancels;  // engines closed from other threads, for the driver to settle
  std::uint64_t cancels_posted = 0, cancels_done = 0;
  std::condition_variable cancelled;  // cancels_done grew

  // The driver only.
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> running;
  std::vector<CURL*> idle;
  bool finished = false;
};

namespace {

std::shared_ptr<Loop> started(std::shared_ptr<Loop> loop) {
  enroll(loop);
  loop->thread = std::thread([self = loop] { self->run(); });
  pthread_setname_np(loop->thread.native_handle(), "ctct-io");  // as `top -H` and /proc show it
  return loop;
}

std::atomic<std::uint64_t> next_owner{1};

}  // namespace

// One loop and its I/O thread, held by the engines that share it: the last one to let go ends it.
struct SharedLoop {
  explicit SharedLoop(const TransferSettings& settings) : loop(started(std::make_shared<Loop>(settings))) {}
  ~SharedLoop() {
    // Shared with the I/O thread (and a blocking call driving it): an engine destroyed from its
    // own completion leaves the loop alive until it has unwound.
    if (loop->on_io_thread()) loop->release_from_io_thread();
    else loop->close();
  }
  SharedLoop(const SharedLoop&) = delete;
  SharedLoop& operator=(const SharedLoop&) = delete;

  const std::shared_ptr<Loop> loop;
};

// The loops of one ctct::Engine by their options, guarded by lock_for_renewal(): fork() holds
// it, so a child finds the list whole (with its parent's loops, which it skips).
struct LoopGroup {
  explicit LoopGroup(std::size_t threads) : threads(threads) {}

  // With lock_for_renewal() held: a loop for these options, a new one while there are fewer
  // than `threads`, else the next in turn.
  std::shared_ptr<SharedLoop> loop_for(const TransferSettings& settings) {
    const auto generation = fork_generation();
    std::erase_if(entries, [&](const auto& entry) { return entry.generation != generation || entry.loop.expired(); });
    std::vector<std::shared_ptr<SharedLoop>> alike;
    for (const auto& entry : entries)
      if (entry.settings == settings)
        if (auto loop = entry.loop.lock()) alike.push_back(std::move(loop));
    if (alike.size() >= threads) return alike[next++ % alike.size()];
    auto loop = std::make_shared<SharedLoop>(settings);
    entries.push_back({settings, loop, generation});
    return loop;
  }

  // With lock_for_renewal() held.
  std::size_t live_loops() const {
    const auto generation = fork_generation();
    return std::ranges::count_if(entries,
        [&](const auto& entry) { return entry.generation == generation && !entry.loop.expired(); });
  }

  struct Entry {
    TransferSettings settings;
    std::weak_ptr<SharedLoop> loop;
    std::uint64_t generation;
  };
  const std::size_t threads;
  std::vector<Entry> entries;
  std::size_t next = 0;  // the loop the next client of a full set of alike loops gets
};

}  // namespace ctct::http

namespace ctct {

struct EngineAccess {
  static std::shared_ptr<http::LoopGroup> group(const std::shared_ptr<Engine>& engine) {
    return (engine ? engine : Engine::process_wide())->group_;
  }
};

}  // namespace ctct

namespace ctct::http {

namespace {

std::shared_ptr<SharedLoop> loop_of(LoopGroup& group, const TransferSettings& settings) {
  auto lock = lock_for_renewal();
  return group.loop_for(settings);
}

}  // namespace

Engine::Engine(HttpOptions options, const std::shared_ptr<ctct::Engine>& engine)
    : settings_(std::make_shared<const TransferSettings>(resolve_settings(std::move(options)))),
      group_(ctct::EngineAccess::group(engine)), owner_(next_owner++), shared_(loop_of(*group_, *settings_)),
      generation_(fork_generation()) {}

Engine::~Engine() {
  *alive_ = false;
  if (forked()) {
    leave_parent(false);  // the parent's: nothing of it is this process's
    return;
  }
  close();
}

bool Engine::forked() const { return generation_.load(std::memory_order_acquire) != fork_generation(); }

std::unique_lock<std::mutex> Engine::lock() {
  if (forked()) leave_parent(true);
  return std::unique_lock(*mutex_);
}

// In a child: the parent's lock and loop are left as they were, never used again (a thread of
// the parent, not in the child, may have held the lock at fork(); the loop's mutexes and
// connections are the parent's). With `take_loop`, the child's shared loop for the same
// options takes the loop's place.
void Engine::leave_parent(bool take_loop) {
  auto lock = lock_for_renewal();
  if (!forked()) return;  // another thread of the child did it first
  abandon(std::exchange(mutex_, std::make_shared<std::mutex>()));
  abandon(std::exchange(shared_, take_loop ? group_->loop_for(*settings_) : nullptr));
  generation_.store(fork_generation(), std::memory_order_release);
}

void Engine::submit(Request request, Completion done) {
  if (!done) throw UsageError("submit needs a completion callback");
  auto transfer = std::make_unique<Transfer>(std::move(request), std::move(done));
  transfer->owner = owner_;
  {
    auto lock = this->lock();
    if (!closed_ && shared_ && shared_->loop->submit(transfer)) return;
  }
  run_guarded(transfer->done, failed_response(closed_error));
}

void Engine::schedule(std::chrono::milliseconds delay, std::function<void()> fn) {
  if (!fn) throw UsageError("schedule needs a function to run");
  auto lock = this->lock();
  // A closed engine runs no more timers.
  if (!closed_ && shared_) shared_->loop->schedule(owner_, delay, std::move(fn));
}

void Engine::close() {
  if (forked()) leave_parent(false);  // in a child, its work was the parent's
  {
    std::lock_guard lock(*mutex_);
    if (closed_) return;
    closed_ = true;
  }
  if (!shared_) return;  // a child's engine that had not run here
  const auto alive = alive_;
  shared_->loop->close_owner(owner_);
  if (!*alive) return;  // a completion it ran destroyed this engine (and let go of the loop)
  // Let go of the loop now, not when the client object goes: a closed client (held on by a
  // Python or JS object until collected) keeps no I/O thread running. Dropped outside the lock,
  // as the last one joins the thread.
  std::shared_ptr<SharedLoop> released;
  std::lock_guard lock(*mutex_);
  released = std::move(shared_);
}

bool Engine::on_io_thread() const {
  if (forked()) return false;  // the loop is still the parent's: no thread here drives it
  std::lock_guard lock(*mutex_);
  return shared_ && shared_->loop->on_io_thread();
}

std::uint64_t Engine::looks_that_found_work() { return looks_found_work.load(std::memory_order_relaxed); }

std::string_view user_agent() {
  // Never destroyed: I/O threads of engines leaked on purpose may send requests after exit starts.
  static constexpr std::string_view agent = "ctct/" CTCT_VERSION;
  return agent;
}

}  // namespace ctct::http

namespace ctct {

Engine::Engine(EngineOptions options) : options_(options) {
  if (options_.threads < 1 || options_.threads > 64)
    throw UsageError("EngineOptions.threads must be from 1 to 64; got " + std::to_string(options_.threads));
  group_ = std::make_shared<http::LoopGroup>(options_.threads);
}

std::size_t Engine::live_loops() const {
  auto lock = http::lock_for_renewal();
  return group_->live_loops();
}

std::shared_ptr<Engine> Engine::process_wide() {
  static auto* engine = new std::shared_ptr<Engine>(std::make_shared<Engine>());  // clients may outlive statics
  return *engine;
}

BlockingWait::BlockingWait() : outer_(http::innermost_wait) { http::innermost_wait = this; }

BlockingWait::~BlockingWait() {
  http::innermost_wait = outer_;
  if (claimed_) claimed_->release();
}

BlockingWait* BlockingWait::current() { return http::innermost_wait; }

bool BlockingWait::inside_loop() { return http::turns_running > 0; }

bool BlockingWait::drive(const std::function<bool()>& ready, std::chrono::milliseconds at_most) {
  used_ = true;  // from here on this wait claims nothing: it could not drive a second loop
  if (!claimed_) return false;
  const std::shared_ptr<http::Loop> loop = std::move(claimed_);  // released by drive_for_caller
  return loop->drive_for_caller(ready, at_most);
}

}  // namespace ctct
