// TLS against a real HTTPS server on loopback (tests/tls/https_server.py, run as a child process
// with a CA and a server certificate it makes with the openssl command): a certificate that
// cannot be verified is an error that is not retried; ca_bundle naming the CA makes it trusted.
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "ctct/client.hpp"

extern char** environ;

namespace ctct::testing {
namespace {

// The helper serves until its standard input closes; it prints its port once it listens.
class HttpsServer {
 public:
  HttpsServer() {
    std::string dir_template = (std::filesystem::temp_directory_path() / "ctct-tls-XXXXXX").string();
    if (!mkdtemp(dir_template.data())) return;
    directory_ = dir_template;
    int to_child[2], from_child[2];
    if (pipe(to_child) != 0 || pipe(from_child) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, to_child[1]);
    posix_spawn_file_actions_addclose(&actions, from_child[0]);
    const std::string script = std::string(CTCT_SOURCE_DIR) + "/tests/tls/https_server.py";
    std::string python = "python3";
    char* argv[] = {python.data(), const_cast<char*>(script.c_str()), directory_.data(), nullptr};
    const bool spawned = posix_spawnp(&pid_, "python3", &actions, nullptr, argv, environ) == 0;
    posix_spawn_file_actions_destroy(&actions);
    close(to_child[0]);
    close(from_child[1]);
    stdin_ = to_child[1];
    FILE* out = fdopen(from_child[0], "r");
    if (spawned && out && fscanf(out, "%d", &port_) != 1) port_ = 0;
    if (out) fclose(out);
  }
  ~HttpsServer() {
    if (stdin_ >= 0) close(stdin_);  // the helper's cue to stop
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
    std::error_code ignored;
    if (!directory_.empty()) std::filesystem::remove_all(directory_, ignored);
  }

  int port() const { return port_; }
  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_) + "/v3"; }
  std::string ca() const { return directory_ + "/ca.pem"; }

 private:
  std::string directory_;
  pid_t pid_ = 0;
  int stdin_ = -1;
  int port_ = 0;
};

class TlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new HttpsServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_->port(), 0) << "the HTTPS helper did not start"; }

  ClientOptions options() {
    ClientOptions options{"token", server_->url()};
    options.retry = {.max_attempts = 3, .base_delay_ms = 1, .max_delay_ms = 5};
    return options;
  }
  static HttpsServer* server_;
};
HttpsServer* TlsTest::server_ = nullptr;

TEST_F(TlsTest, UnverifiedCertificateIsAnErrorAndNotRetried) {
  Client client(options());
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.attempts, 1);
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("certificate"), std::string::npos) << *outcome.reason;
  EXPECT_NE(outcome.reason->find("could not be verified"), std::string::npos) << *outcome.reason;
}

TEST_F(TlsTest, CaBundleMakesTheCertificateTrusted) {
  auto trusting = options();
  trusting.http.ca_bundle = server_->ca();
  Client client(std::move(trusting));
  auto outcome = client.lists().list();
  ASSERT_EQ(outcome.outcome, Kind::success) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 1u);
  EXPECT_EQ(outcome.value->items[0].list_id, "11111111-1111-4111-8111-000000000001");
}

}  // namespace
}  // namespace ctct::testing
