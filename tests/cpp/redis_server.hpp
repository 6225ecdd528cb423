// A redis-server of the tests' own: started on a free loopback port with its own config (no
// persistence, no disk at all), stopped by its pid. Tests that need one skip when redis-server
// is not installed, unless CI is set (scripts/bootstrap installs it): then they fail.
#pragma once

#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <hiredis/hiredis.h>

#include <cstdlib>
#include <string>
#include <thread>

#include <gtest/gtest.h>

namespace ctct::testing {

class RedisServer {
 public:
  RedisServer() = default;
  ~RedisServer() { stop(); }
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  // Why there is none to start, or "" when redis-server is on the PATH.
  static std::string absent() {
    return std::system("command -v redis-server >/dev/null 2>&1") == 0 ? ""
                                                                       : "redis-server is not installed "
                                                                         "(scripts/bootstrap installs it)";
  }

  // Starts it on `port` (0: a free one) and waits until it answers PING.
  bool start(int port = 0) {
    port_ = port ? port : free_port();
    pid_ = fork();
    if (pid_ == 0) {
      prctl(PR_SET_PDEATHSIG, SIGKILL);   // a test killed midway leaves no server behind
      freopen("/dev/null", "w", stdout);  // its banner; warnings at start are about the host
      const std::string text = std::to_string(port_);
      execlp("redis-server", "redis-server", "--port", text.c_str(), "--bind", "127.0.0.1", "--save", "",
          "--appendonly", "no", "--loglevel", "warning", "--daemonize", "no", nullptr);
      _exit(127);
    }
    for (int attempt = 0; attempt < 500; ++attempt) {
      if (answers()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  void stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGCONT);
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = 0;
  }

  void pause() { kill(pid_, SIGSTOP); }
  void resume() { kill(pid_, SIGCONT); }

  int port() const { return port_; }
  std::string url(const std::string& query = "") const {
    return "redis://127.0.0.1:" + std::to_string(port_) + (query.empty() ? "" : "?" + query);
  }

  // Runs a command on a connection of the test's own (FLUSHALL, KEYS); its reply as
  // text (an integer's digits, an error's words), "" when it could not be had.
  std::string run(const std::vector<std::string>& args) const {
    redisContext* context = redisConnect("127.0.0.1", port_);
    std::string out;
    if (context && !context->err) {
      std::vector<const char*> argv;
      std::vector<std::size_t> lengths;
      for (const auto& arg : args) {
        argv.push_back(arg.data());
        lengths.push_back(arg.size());
      }
      if (auto* reply = static_cast<redisReply*>(redisCommandArgv(context, static_cast<int>(argv.size()), argv.data(),
              lengths.data()))) {
        // A one-element array (KEYS, SCRIPT EXISTS) reads as its element.
        const redisReply* one = reply->type == REDIS_REPLY_ARRAY && reply->elements == 1 ? reply->element[0] : reply;
        if (one->type == REDIS_REPLY_INTEGER) out = std::to_string(one->integer);
        else if (one->str) out.assign(one->str, one->len);
        freeReplyObject(reply);
      }
    }
    if (context) redisFree(context);
    return out;
  }

 private:
  bool answers() const { return run({"PING"}) == "PONG"; }

  // A port the kernel just handed out, free again: redis-server binds it a moment later.
  static int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t size = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
    close(fd);
    return ntohs(address.sin_port);
  }

  pid_t pid_ = 0;
  int port_ = 0;
};

// A test suite with one redis-server for all its tests, emptied before each.
class RedisTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!RedisServer::absent().empty()) return;
    server_ = new RedisServer;
    if (!server_->start()) {
      delete server_;
      server_ = nullptr;
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    const std::string absent = RedisServer::absent();
    if (!absent.empty() && !std::getenv("CI")) GTEST_SKIP() << absent;
    ASSERT_TRUE(server_) << (absent.empty() ? "redis-server did not start" : absent);
    server_->resume();
    if (server_->run({"PING"}) != "PONG")
      ASSERT_TRUE(server_->start(server_->port())) << "redis-server did not restart";
    server_->run({"FLUSHALL"});
  }

  RedisServer& redis() { return *server_; }

 private:
  static inline RedisServer* server_ = nullptr;
};

}  // namespace ctct::testing
