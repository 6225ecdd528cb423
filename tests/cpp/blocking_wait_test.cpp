// A blocking call drives an idle engine's loop on its own thread (BlockingWait), and hands the
// loop back to the I/O thread when other work arrives, when the engine closes, or when its time
// is up; over real loopback HTTP against the emulator.
#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "ctct/client.hpp"
#include "ctct/internal/blocking.hpp"
#include "ctct/log.hpp"
#include "engine_fixture.hpp"
#include "http/engine.hpp"
#include "http/transport_error.hpp"

namespace ctct::http {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr auto wait_limit = 30s;

// What one request answered and on which thread its completion ran.
struct Answer {
  Response response;
  std::thread::id completed_on;
};

std::shared_ptr<std::promise<Answer>> submit_recording(Engine& engine, Request request) {
  auto promise = std::make_shared<std::promise<Answer>>();
  engine.submit(std::move(request), [promise](Response response) {
    promise->set_value({std::move(response), std::this_thread::get_id()});
  });
  return promise;
}

bool is_ready(const std::future<Answer>& future) { return future.wait_for(0s) == std::future_status::ready; }

using BlockingWaitTest = EngineTest;

TEST_F(BlockingWaitTest, ACallOnAnIdleEngineRunsOnTheCallersThreadAndSharesItsConnections) {
  Engine engine(HttpOptions{});
  for (int i = 0; i < 20; ++i) {
    BlockingWait wait;
    auto future = submit_recording(engine, contacts())->get_future();
    EXPECT_TRUE(wait.drive([&] { return is_ready(future); }));
    const Answer answer = future.get();
    ASSERT_EQ(answer.response.status, 200) << answer.response.transport_error;
    EXPECT_EQ(answer.completed_on, std::this_thread::get_id());
  }
  // Without a BlockingWait the I/O thread does the transfer, on the same kept-alive connection.
  const Answer from_io = submit_recording(engine, contacts())->get_future().get();
  EXPECT_EQ(from_io.response.status, 200);
  EXPECT_NE(from_io.completed_on, std::this_thread::get_id());
  EXPECT_EQ(stat("connections"), 1);
}

TEST_F(BlockingWaitTest, TimersOfTheCallRunOnTheCallersThread) {
  Engine engine(HttpOptions{});
  BlockingWait wait;
  std::atomic<bool> ran{false};
  std::thread::id ran_on;
  bool was_driver = false;
  engine.schedule(20ms, [&] {
    ran_on = std::this_thread::get_id();
    was_driver = engine.on_io_thread();
    ran = true;
  });
  EXPECT_TRUE(wait.drive([&] { return ran.load(); }));
  EXPECT_EQ(ran_on, std::this_thread::get_id());
  EXPECT_TRUE(was_driver);
  EXPECT_FALSE(engine.on_io_thread());  // let go once the call is answered
}

// The driver's own work (a completion submitting the next request, a timer of no delay) wakes
// nothing: the driver must still start it before it next sleeps, on the caller's thread and on
// the I/O thread alike, or each step would wait for the 60 s idle poll.
TEST_F(BlockingWaitTest, WorkTheDriverAddsStartsBeforeItSleeps) {
  Engine engine(HttpOptions{});
  for (const bool driven : {true, false}) {
    std::promise<std::thread::id> chain_done;
    std::function<void(int)> next = [&](int left) {
      engine.submit(contacts(), [&, left](Response response) {
        EXPECT_EQ(response.status, 200) << response.transport_error;
        if (left == 0) return chain_done.set_value(std::this_thread::get_id());
        if (left % 2) return next(left - 1);
        engine.schedule(0ms, [&, left] { next(left - 1); });
      });
    };
    auto done = chain_done.get_future();
    const auto start = Clock::now();
    if (driven) {
      BlockingWait wait;
      next(20);
      EXPECT_TRUE(wait.drive([&] { return done.wait_for(0s) == std::future_status::ready; }));
    } else {
      next(20);
    }
    ASSERT_EQ(done.wait_for(wait_limit), std::future_status::ready);
    EXPECT_LT(Clock::now() - start, 10s);
    EXPECT_EQ(done.get() == std::this_thread::get_id(), driven);
  }
}

// The request of another thread is not this call's work: the loop goes back to the I/O thread,
// which completes both, and the caller waits as usual.
TEST_F(BlockingWaitTest, WorkFromAnotherThreadHandsTheLoopBackToTheIoThread) {
  slow_down_contacts(300, 1);
  Engine engine(HttpOptions{});
  BlockingWait wait;
  auto mine = submit_recording(engine, contacts())->get_future();
  std::future<Answer> theirs;
  std::thread other([&] { theirs = submit_recording(engine, contacts())->get_future(); });
  other.join();
  EXPECT_FALSE(wait.drive([&] { return is_ready(mine); }));
  ASSERT_EQ(mine.wait_for(wait_limit), std::future_status::ready);
  ASSERT_EQ(theirs.wait_for(wait_limit), std::future_status::ready);
  const Answer my_answer = mine.get(), their_answer = theirs.get();
  EXPECT_EQ(my_answer.response.status, 200);
  EXPECT_EQ(their_answer.response.status, 200);
  EXPECT_NE(my_answer.completed_on, std::this_thread::get_id());
  EXPECT_NE(their_answer.completed_on, std::this_thread::get_id());
}

// Queued work of earlier calls is not this call's either: a loop that is not idle is not claimed.
TEST_F(BlockingWaitTest, ALoopWithOtherWorkIsNotClaimed) {
  slow_down_contacts(300, 1);
  Engine engine(HttpOptions{});
  auto earlier = submit_recording(engine, contacts())->get_future();
  BlockingWait wait;
  auto mine = submit_recording(engine, contacts())->get_future();
  EXPECT_FALSE(wait.drive([&] { return is_ready(mine); }));
  EXPECT_NE(mine.get().completed_on, std::this_thread::get_id());
  EXPECT_NE(earlier.get().completed_on, std::this_thread::get_id());
}

TEST_F(BlockingWaitTest, CloseFromAnotherThreadEndsADrivenCallPromptly) {
  slow_down_contacts(3'000, 1);
  Engine engine(HttpOptions{});
  BlockingWait wait;
  auto mine = submit_recording(engine, contacts())->get_future();
  std::thread closer([&] {
    std::this_thread::sleep_for(200ms);
    engine.close();
  });
  const auto start = Clock::now();
  EXPECT_TRUE(wait.drive([&] { return is_ready(mine); }));
  closer.join();
  EXPECT_LT(Clock::now() - start, 2s);
  const Answer answer = mine.get();
  EXPECT_EQ(answer.response.transport_error, closed_error);
  EXPECT_EQ(answer.completed_on, std::this_thread::get_id());
}

TEST_F(BlockingWaitTest, ADriveThatRunsOutOfTimeHandsItsTransferToTheIoThread) {
  slow_down_contacts(500, 1);
  Engine engine(HttpOptions{});
  BlockingWait wait;
  auto mine = submit_recording(engine, contacts())->get_future();
  EXPECT_FALSE(wait.drive([&] { return is_ready(mine); }, 10ms));
  EXPECT_FALSE(engine.on_io_thread());
  ASSERT_EQ(mine.wait_for(wait_limit), std::future_status::ready);
  const Answer answer = mine.get();
  EXPECT_EQ(answer.response.status, 200);
  EXPECT_NE(answer.completed_on, std::this_thread::get_id());
}

// A wait drives one loop: work its steps give another idle engine goes to that engine's thread
// at once, not to a caller that will never drive it.
TEST_F(BlockingWaitTest, AWaitClaimsNoSecondLoop) {
  Engine engine(HttpOptions{}), other(HttpOptions{.timeout_ms = 29'000});  // other options: another loop
  BlockingWait wait;
  std::future<Answer> theirs;
  std::atomic<bool> mine_done{false};
  engine.submit(contacts(), [&](Response) {
    theirs = submit_recording(other, contacts())->get_future();
    mine_done = true;
  });
  EXPECT_TRUE(wait.drive([&] { return mine_done.load(); }));
  ASSERT_EQ(theirs.wait_for(wait_limit), std::future_status::ready);  // while `wait` still lives
  EXPECT_NE(theirs.get().completed_on, std::this_thread::get_id());
}

TEST_F(BlockingWaitTest, AClaimNeverDrivenIsHandedBack) {
  Engine engine(HttpOptions{});
  std::future<Answer> mine;
  {
    BlockingWait wait;
    mine = submit_recording(engine, contacts())->get_future();
  }  // as when the call's start throws after its request was queued
  ASSERT_EQ(mine.wait_for(wait_limit), std::future_status::ready);
  EXPECT_EQ(mine.get().response.status, 200);
}

TEST_F(BlockingWaitTest, EngineDestroyedByTheCallersOwnCompletion) {
  auto engine = std::make_unique<Engine>(HttpOptions{});
  BlockingWait wait;
  std::atomic<bool> destroyed{false};
  engine->submit(contacts(), [&](Response) {
    engine.reset();
    destroyed = true;
  });
  EXPECT_TRUE(wait.drive([&] { return destroyed.load(); }));
  EXPECT_EQ(engine, nullptr);
}

// Through the client: a blocking call's answer is logged on the calling thread, an async call's
// on the I/O thread, and both kinds of call share one connection.
TEST_F(BlockingWaitTest, BlockingClientCallsRunOnTheCallingThread) {
  std::mutex mutex;
  std::vector<std::thread::id> answers_logged_on;
  ClientOptions options{emulator_.access_token(), emulator_.v3_url()};
  options.rate_limit = {.per_second = 0};
  options.log = {.level = LogLevel::debug, .callback = [&](LogLevel, const std::string& line) {
                   std::lock_guard lock(mutex);
                   if (line.find(" answered ") != std::string::npos)
                     answers_logged_on.push_back(std::this_thread::get_id());
                 }};
  Client client(std::move(options));
  ASSERT_TRUE(client.contacts().list().ok());
  std::promise<bool> answered;
  client.contacts().list({}, [&](Outcome<Page<Contact>> outcome) { answered.set_value(outcome.ok()); });
  ASSERT_TRUE(answered.get_future().get());
  std::lock_guard lock(mutex);
  ASSERT_EQ(answers_logged_on.size(), 2u);
  EXPECT_EQ(answers_logged_on[0], std::this_thread::get_id());
  EXPECT_NE(answers_logged_on[1], std::this_thread::get_id());
  EXPECT_EQ(stat("connections"), 1);
}

// The first line of a call ("sending") comes from the thread of its other lines: the I/O thread
// for a callback-form call, not the caller's.
TEST_F(BlockingWaitTest, EveryLineOfACallComesFromOneThread) {
  std::mutex mutex;
  std::vector<std::thread::id> logged_on;
  ClientOptions options{emulator_.access_token(), emulator_.v3_url()};
  options.log = {.level = LogLevel::debug, .callback = [&](LogLevel, const std::string&) {
                   std::lock_guard lock(mutex);
                   logged_on.push_back(std::this_thread::get_id());
                 }};
  Client client(std::move(options));
  std::promise<bool> answered;
  client.contacts().list({}, [&](Outcome<Page<Contact>> outcome) { answered.set_value(outcome.ok()); });
  ASSERT_TRUE(answered.get_future().get());
  std::lock_guard lock(mutex);
  ASSERT_EQ(logged_on.size(), 2u);  // sending, answered
  EXPECT_NE(logged_on[0], std::this_thread::get_id());
  EXPECT_EQ(logged_on[0], logged_on[1]);
}

}  // namespace
}  // namespace ctct::http
