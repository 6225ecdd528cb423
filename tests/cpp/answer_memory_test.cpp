// Reading an answer costs at most 3x its body plus a fixed allowance of resident memory: each
// page is read by a fresh child process (answer_memory_probe.cpp), whose peak RSS growth
// (ru_maxrss) is compared with the bound.
#include <gtest/gtest.h>

#include <spawn.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "hostile_server.hpp"

namespace ctct::testing {
namespace {

// What a client costs besides the body: libcurl's buffers, the parser's fixed part, code pages.
constexpr long allowance_kib = 16 * 1024;

struct Probe {
  long peak_growth_kib = -1;
  std::string outcome;
};

Probe probe(const std::string& url) {
  int from_child[2];
  if (pipe(from_child) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, from_child[0]);
  std::string program = std::string(CTCT_BINARY_DIR) + "/tests/cpp/ctct_answer_memory_probe";
  std::string argument = url;
  char* argv[] = {program.data(), argument.data(), nullptr};
  pid_t pid = 0;
  const bool spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ) == 0;
  posix_spawn_file_actions_destroy(&actions);
  close(from_child[1]);
  Probe result;
  FILE* out = fdopen(from_child[0], "r");
  char kind[16] = {};
  if (spawned && out && std::fscanf(out, "%ld %15s", &result.peak_growth_kib, kind) == 2) result.outcome = kind;
  if (out) std::fclose(out);
  if (spawned) waitpid(pid, nullptr, 0);
  return result;
}

class AnswerMemoryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new HostileServer(CTCT_SOURCE_DIR "/tests/hostile/server.py"); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_->port(), 0) << "the hostile server did not start"; }

  // The body server.py sends for contacts-page-<count>-<pad>, in KiB.
  static long body_kib(long count, long pad) {
    const long contact = 126 + (pad ? 13 + pad : 0);
    const long digits = static_cast<long>(std::to_string(count).size());
    return (13 + count * (contact + 1) - 1 + 19 + digits + 1) / 1024;
  }
  void expect_bounded(long count, long pad, const char* outcome) {
    const auto result = probe(server_->url("contacts-page-" + std::to_string(count) + "-" + std::to_string(pad)));
    ASSERT_EQ(result.outcome, outcome);
    const long bound = 3 * body_kib(count, pad) + allowance_kib;
    EXPECT_LE(result.peak_growth_kib, bound) << "a " << body_kib(count, pad) << " KiB body";
    std::printf("a %ld KiB page of %ld contacts: peak RSS grew %ld KiB (bound %ld KiB)\n", body_kib(count, pad), count,
        result.peak_growth_kib, bound);
  }
  static HostileServer* server_;
};
HostileServer* AnswerMemoryTest::server_ = nullptr;

// 20 MB of small contacts: far over the page cap, so none of them is built.
TEST_F(AnswerMemoryTest, TwentyMegabytesOfContactsStayWithinThreeTimesTheBody) { expect_bounded(160000, 0, "error"); }

// 20 MB in 500 contacts (the cap), each with 40 KB of a field ctct does not keep.
TEST_F(AnswerMemoryTest, TwentyMegabytesOfUnknownFieldsStayWithinThreeTimesTheBody) {
  expect_bounded(500, 40000, "success");
}

}  // namespace
}  // namespace ctct::testing
