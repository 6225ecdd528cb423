// A client made before fork() works in the child: its engine leaves the parent's loop untouched
// and starts a new one there. The parent runs the emulator; each child makes its calls, exits
// with a code the parent checks, and is killed (a failure) if it has not exited in time.
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <functional>
#include <future>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "http/engine.hpp"
#include "http/transport_error.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

using namespace std::chrono_literals;

// A child that has not exited by then is taken to hang.
constexpr auto hang_limit = 20s;

enum ChildExit { passed = 0, failed = 1, killed = 2 };

// Runs `body` in a forked child (its exit code: `body` returns whether it passed) and returns how
// the child ended. Only the forking thread exists in the child: no gtest assertion runs there.
ChildExit in_child(const std::function<bool()>& body) {
  const pid_t pid = fork();
  if (pid == 0) {
    bool ok = false;
    try {
      ok = body();
    } catch (...) {
    }
    _exit(ok ? passed : failed);
  }
  if (pid < 0) return failed;
  const auto deadline = std::chrono::steady_clock::now() + hang_limit;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return killed;
    }
    std::this_thread::sleep_for(10ms);
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == passed ? passed : failed;
}

using ForkTest = V3Test;

TEST_F(ForkTest, AClientMadeBeforeForkWorksInTheChild) {
  ASSERT_TRUE(client().lists().list().ok());  // the parent's loop has run and kept a connection
  EXPECT_EQ(in_child([&] {
    std::promise<bool> async_ok;
    client().lists().list({}, [&](Outcome<Page<ContactList>> outcome) { async_ok.set_value(outcome.ok()); });
    return client().lists().list().ok() && async_ok.get_future().get() && client().contacts().list().ok();
  }),
      passed);
  EXPECT_TRUE(client().lists().list().ok());  // the parent's loop goes on
}

TEST_F(ForkTest, CallsInFlightInTheParentAtForkTimeFinishThereAndTheChildWorks) {
  constexpr int calls = 8;
  std::vector<std::promise<bool>> answers(calls);
  for (auto& answer : answers)
    client().lists().list({}, [&answer](Outcome<Page<ContactList>> outcome) { answer.set_value(outcome.ok()); });
  EXPECT_EQ(in_child([&] { return client().lists().list().ok(); }), passed);
  for (auto& answer : answers) EXPECT_TRUE(answer.get_future().get());
}

TEST_F(ForkTest, AGrandchildWorksToo) {
  ASSERT_TRUE(client().lists().list().ok());
  EXPECT_EQ(in_child([&] {
    if (!client().lists().list().ok()) return false;
    return in_child([&] { return client().lists().list().ok(); }) == passed && client().lists().list().ok();
  }),
      passed);
}

TEST_F(ForkTest, AClientClosedBeforeForkStaysClosedInTheChild) {
  client().close();
  EXPECT_EQ(in_child([&] {
    try {
      client().lists().list();
    } catch (const UsageError&) {
      return true;
    }
    return false;
  }),
      passed);
}

TEST(ForkEngineTest, AnEngineClosedBeforeForkAnswersClosedInTheChild) {
  http::Engine engine(HttpOptions{});
  engine.close();
  EXPECT_EQ(in_child([&] {
    bool closed = false;
    engine.submit(http::Request{"GET", "http://127.0.0.1:9/"},
        [&](http::Response response) { closed = response.transport_error == http::closed_error; });
    return closed;
  }),
      passed);
}

TEST_F(ForkTest, AForkFromACallbackDoesNotWaitForItsOwnLoop) {
  std::promise<ChildExit> child;
  client().lists().list({}, [&](Outcome<Page<ContactList>>) { child.set_value(in_child([] { return true; })); });
  EXPECT_EQ(child.get_future().get(), passed);
  EXPECT_TRUE(client().lists().list().ok());
}

}  // namespace
}  // namespace ctct::testing
