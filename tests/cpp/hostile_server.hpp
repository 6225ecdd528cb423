// tests/hostile/server.py run as a child process: started on a free loopback port, stopped by
// its pid. Shared by the gtest suites and the vector runner.
#pragma once

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

extern char** environ;

namespace ctct::testing {

class HostileServer {
 public:
  // `script` is the path of tests/hostile/server.py.
  explicit HostileServer(const std::string& script) {
    int from_child[2];
    if (pipe(from_child) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, from_child[0]);
    std::string python = "python3";
    std::string path = script;
    char* argv[] = {python.data(), path.data(), nullptr};
    const bool spawned = posix_spawnp(&pid_, "python3", &actions, nullptr, argv, environ) == 0;
    posix_spawn_file_actions_destroy(&actions);
    close(from_child[1]);
    if (!spawned) pid_ = 0;
    // The server prints its port once it listens: reading it is waiting for it to be ready.
    FILE* out = fdopen(from_child[0], "r");
    if (spawned && out && std::fscanf(out, "%d", &port_) != 1) port_ = 0;
    if (out) std::fclose(out);
  }
  ~HostileServer() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  HostileServer(const HostileServer&) = delete;
  HostileServer& operator=(const HostileServer&) = delete;

  int port() const { return port_; }
  // The URL under which the server behaves as `behaviour` (see server.py); add "/v3".
  std::string root(const std::string& behaviour) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + behaviour;
  }
  std::string url(const std::string& behaviour, const std::string& version = "v3") const {
    return root(behaviour) + "/" + version;
  }

 private:
  pid_t pid_ = 0;
  int port_ = 0;
};

}  // namespace ctct::testing
