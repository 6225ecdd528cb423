// Clients in one process share one I/O loop (and its thread and connections) per set of
// HttpOptions, while each keeps its own calls: closing one settles its calls only, and one
// account's slow, failing or refused calls hold up no other account's.
#include <dirent.h>
#include <sched.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "http/engine.hpp"
#include "http/transport_error.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

using namespace std::chrono_literals;

// A wait that only a hang reaches.
constexpr auto hang_limit = 20s;

// The task ids of this process's I/O threads, found by their name (the in-process emulator
// starts threads too).
std::vector<std::string> io_thread_ids() {
  std::vector<std::string> ids;
  DIR* tasks = opendir("/proc/self/task");
  while (const dirent* entry = readdir(tasks)) {
    if (entry->d_name[0] == '.') continue;
    std::ifstream comm(std::string("/proc/self/task/") + entry->d_name + "/comm");
    std::string name;
    if (std::getline(comm, name) && name == "ctct-io") ids.emplace_back(entry->d_name);
  }
  closedir(tasks);
  return ids;
}

std::size_t io_threads() { return io_thread_ids().size(); }

// io_threads() once it is `expected`, or after a second. A loop whose last reference goes on its
// own I/O thread (a completion letting go of the client) ends there, and that thread exits
// detached a moment later.
std::size_t io_threads_settled_at(std::size_t expected) {
  for (int i = 0; i < 500 && io_threads() != expected; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return io_threads();
}

// Starts a list call and hands back its future outcome.
std::future<Outcome<Page<ContactList>>> lists_of(Client& client) {
  auto promise = std::make_shared<std::promise<Outcome<Page<ContactList>>>>();
  client.lists().list({}, [promise](Outcome<Page<ContactList>> outcome) { promise->set_value(std::move(outcome)); });
  return promise->get_future();
}

std::future<Outcome<Page<Contact>>> contacts_of(Client& client) {
  auto promise = std::make_shared<std::promise<Outcome<Page<Contact>>>>();
  client.contacts().list({}, [promise](Outcome<Page<Contact>> outcome) { promise->set_value(std::move(outcome)); });
  return promise->get_future();
}

using SharedEngineTest = V3Test;

TEST_F(SharedEngineTest, AHundredClientsRunOnTheFirstClientsLoopAndThread) {
  ASSERT_TRUE(client().lists().list().ok());
  const auto loops = Engine::process_wide()->live_loops();
  const auto threads = io_threads();
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 100; ++i) {
    clients.push_back(make_client(emulator().access_token()));
    ASSERT_TRUE(clients.back()->lists().list().ok());
  }
  EXPECT_EQ(Engine::process_wide()->live_loops(), loops);
  EXPECT_EQ(io_threads(), threads);
}

TEST_F(SharedEngineTest, ClientsWithOtherHttpOptionsGetTheirOwnLoopWhichEndsWithTheLast) {
  const auto loops = Engine::process_wide()->live_loops();
  auto first = make_client(emulator().access_token(), {.timeout_ms = 12'345});
  auto second = make_client(emulator().access_token(), {.timeout_ms = 12'345});
  EXPECT_EQ(Engine::process_wide()->live_loops(), loops + 1);
  EXPECT_TRUE(first->lists().list().ok());
  first.reset();
  EXPECT_EQ(Engine::process_wide()->live_loops(), loops + 1);
  EXPECT_TRUE(second->lists().list().ok());
  second.reset();
  EXPECT_EQ(Engine::process_wide()->live_loops(), loops);
}

// A caller that stays awake and makes its next call as soon as the last completes, as an event
// loop that turns at once does, finds the I/O thread still looking for work, so the thread is
// awake when the call comes (bench/findings_pages.md, "The I/O thread looks before it sleeps"
// and "The look yields" measure what that saves). Counted by the looks that ended with a call
// come in, not by the thread's sleeps, which the machine's load moves as much as the look does.
// A call made before the I/O thread lets go of the loop is not counted, nor one made after the
// look ends (this thread preempted at a completion), so rounds of 50 calls go on until one has
// most of its calls found, for 30 s at most. With the look set to 0 us, at most 3 of 50 were.
TEST_F(SharedEngineTest, TheIoThreadLooksForTheNextCallBeforeItSleeps) {
  cpu_set_t cpus;
  ASSERT_EQ(sched_getaffinity(0, sizeof cpus, &cpus), 0);
  if (CPU_COUNT(&cpus) < 2) GTEST_SKIP() << "on one CPU the I/O thread sleeps at once";
  ClientOptions options{emulator().access_token(), emulator().v3_url(), {.timeout_ms = 23'456}};
  options.rate_limit.per_second = 0;  // no call waits for the limiter's timer
  auto own_loop = std::make_unique<Client>(std::move(options));
  ASSERT_TRUE(own_loop->contacts().list().ok());
  ASSERT_TRUE(contacts_of(*own_loop).get().ok());  // the I/O thread has driven a call
  constexpr std::uint64_t calls = 50;
  std::uint64_t most_found = 0, rounds = 0;
  const auto stop_calling = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (most_found <= calls / 2 && std::chrono::steady_clock::now() < stop_calling) {
    const auto found_before = http::Engine::looks_that_found_work();
    for (std::uint64_t i = 0; i < calls; ++i) {
      // Shared with the callback, which may run after a failed assertion has ended the test.
      auto completed = std::make_shared<std::atomic<bool>>(false);
      own_loop->contacts().list({}, [completed](const Outcome<Page<Contact>>&) { completed->store(true); });
      const auto give_up = std::chrono::steady_clock::now() + hang_limit;
      while (!completed->load()) {  // awake, like a caller whose event loop turns at once
        ASSERT_LT(std::chrono::steady_clock::now(), give_up) << "a call did not complete";
      }
    }
    most_found = std::max(most_found, http::Engine::looks_that_found_work() - found_before);
    ++rounds;
  }
  EXPECT_GT(most_found, calls / 2) << "the most calls of " << calls << " that looks found, in " << rounds << " rounds";
}

TEST_F(SharedEngineTest, ClosingAClientSettlesItsOwnCallsOnly) {
  auto other = make_client(emulator().access_token());
  fault(R"({"path":"/v3/contact_lists","delay_ms":1500,"times":0})");
  auto closed_ones = lists_of(client());
  auto others = lists_of(*other);
  client().close();
  ASSERT_EQ(closed_ones.wait_for(0s), std::future_status::ready);  // settled before close() returned
  const auto closed = closed_ones.get();
  EXPECT_EQ(closed.outcome, Kind::error);
  EXPECT_TRUE(has(closed.reason, "closed"));
  ASSERT_EQ(others.wait_for(hang_limit), std::future_status::ready);
  EXPECT_TRUE(others.get().ok());
  EXPECT_TRUE(other->contacts().list().ok());
}

TEST_F(SharedEngineTest, ASlowAnswerToOneAccountHoldsUpNoOther) {
  auto other = make_client(emulator().access_token());
  fault(R"({"path":"/v3/contact_lists","delay_ms":3000,"times":0})");
  auto slow = lists_of(client());
  auto fast = contacts_of(*other);
  ASSERT_EQ(fast.wait_for(hang_limit), std::future_status::ready);
  EXPECT_TRUE(fast.get().ok());
  EXPECT_EQ(slow.wait_for(0s), std::future_status::timeout);  // still on its way
  EXPECT_TRUE(slow.get().ok());
}

TEST_F(SharedEngineTest, OneAccountsFailingRequestsAndRevokedTokenFailNoOther) {
  auto revoked = make_client("a-token-the-account-revoked");
  auto failing = make_client(emulator().access_token(), {}, {.max_attempts = 4, .base_delay_ms = 400});
  fault(R"({"path":"/v3/contact_lists","status":503,"times":0})");
  auto refused = contacts_of(*revoked);
  auto retried = lists_of(*failing);
  auto fine = contacts_of(client());
  ASSERT_EQ(fine.wait_for(hang_limit), std::future_status::ready);
  EXPECT_TRUE(fine.get().ok());
  EXPECT_EQ(retried.wait_for(0s), std::future_status::timeout);  // waiting to retry meanwhile
  const auto unauthorized = refused.get();
  EXPECT_EQ(unauthorized.status, 401);
  const auto failed = retried.get();
  EXPECT_EQ(failed.status, 503);
  EXPECT_EQ(failed.attempts, 4);
}

std::unique_ptr<Client> client_on(const std::shared_ptr<Engine>& engine, const Emulator& emulator) {
  ClientOptions options{emulator.access_token(), emulator.v3_url()};
  options.engine = engine;
  return std::make_unique<Client>(std::move(options));
}

TEST_F(SharedEngineTest, AnEngineOfTwoThreadsSpreadsItsClientsOverTwoLoops) {
  ASSERT_TRUE(client().lists().list().ok());
  const auto threads = io_threads();
  const auto process_loops = Engine::process_wide()->live_loops();
  auto engine = std::make_shared<Engine>(EngineOptions{.threads = 2});
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 6; ++i) {
    clients.push_back(client_on(engine, emulator()));
    EXPECT_TRUE(clients.back()->lists().list().ok());
  }
  EXPECT_EQ(engine->live_loops(), 2u);
  EXPECT_EQ(io_threads(), threads + 2);
  EXPECT_EQ(Engine::process_wide()->live_loops(), process_loops);
}

TEST_F(SharedEngineTest, AnEnginesLoopsEndWithItsLastClientWhetherOrNotTheEngineIsHeld) {
  const auto threads = io_threads();
  auto engine = std::make_shared<Engine>();
  auto first = client_on(engine, emulator());
  auto second = client_on(engine, emulator());
  engine.reset();  // the user lets go of it
  EXPECT_TRUE(first->lists().list().ok());
  EXPECT_EQ(io_threads(), threads + 1);
  first.reset();
  EXPECT_TRUE(second->lists().list().ok());
  second.reset();
  EXPECT_EQ(io_threads_settled_at(threads), threads);

  auto held = std::make_shared<Engine>();
  EXPECT_TRUE(client_on(held, emulator())->lists().list().ok());
  EXPECT_EQ(held->live_loops(), 0u);
  EXPECT_EQ(io_threads_settled_at(threads), threads);
}

TEST_F(SharedEngineTest, ClosingTheLastClientEndsTheLoopBeforeTheClientIsDestroyed) {
  const auto threads = io_threads();
  auto engine = std::make_shared<Engine>();
  auto first = client_on(engine, emulator());
  auto second = client_on(engine, emulator());
  EXPECT_TRUE(first->lists().list().ok());
  first->close();
  EXPECT_EQ(engine->live_loops(), 1u);
  EXPECT_TRUE(second->lists().list().ok());
  // Closed from its own completion, on the I/O thread: the loop ends once that has unwound.
  std::promise<void> closed;
  second->lists().list(ListQuery{}, [&](Outcome<Page<ContactList>>) {
    second->close();
    closed.set_value();
  });
  closed.get_future().wait();
  EXPECT_THROW(second->lists().list(), UsageError);
  EXPECT_EQ(io_threads_settled_at(threads), threads);
  EXPECT_EQ(engine->live_loops(), 0u);
}

TEST_F(SharedEngineTest, AClientClosedOnItsIoThreadMayBeDestroyedByACallItSettles) {
  std::unique_ptr<Client> doomed = make_client(emulator().access_token());
  fault(R"({"path":"/v3/contact_lists","delay_ms":1500,"times":0})");
  std::promise<Kind> slow_settled;
  doomed->lists().list(ListQuery{}, [&](Outcome<Page<ContactList>> outcome) {
    doomed.reset();  // inside close(), which settles this call: the client goes before close() returns
    slow_settled.set_value(outcome.outcome);
  });
  std::promise<void> closed;
  doomed->contacts().list(ContactQuery{}, [&](Outcome<Page<Contact>>) {
    doomed->close();  // on the I/O thread
    closed.set_value();
  });
  auto settled = slow_settled.get_future();
  ASSERT_EQ(settled.wait_for(hang_limit), std::future_status::ready);
  EXPECT_EQ(settled.get(), Kind::error);
  closed.get_future().wait();
  EXPECT_EQ(doomed, nullptr);
  EXPECT_TRUE(client().lists().list().ok());
}

TEST(EngineOptionsTest, ThreadsOutsideOneTo64IsAUsageError) {
  for (const std::size_t threads : {std::size_t{0}, std::size_t{65}})
    EXPECT_THROW(Engine(EngineOptions{.threads = threads}), UsageError);
}

}  // namespace
}  // namespace ctct::testing
