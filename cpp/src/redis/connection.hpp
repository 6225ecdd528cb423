// One Redis server as this process sees it: a connection of hiredis's synchronous client, on a
// thread of its own that sends the queued commands in batches (pipelined) and answers each with a
// callback. Waiting on Redis thus never holds up an I/O loop's transfers; callers hop back to
// their loop themselves (http::Engine::schedule). Every command has a deadline (the endpoint's
// timeout_ms, connecting included): past it, it is answered with a failure and the connection
// is dropped, to be made again for the next command. After fork() a child never touches its
// parent's connection or thread: it makes its own on first use (ARCHITECTURE.md "Redis").
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "redis/endpoint.hpp"

namespace ctct::redis {

// A reply, copied out of hiredis's. `failure`: no reply came (connection refused or lost, a
// timeout, the connection closed); `text` says why, without the password.
struct Reply {
  enum class Type { failure, error, status, string, integer, nil, array };
  Type type = Type::failure;
  std::string text;  // error, status and string replies; the failure's reason
  long long integer = 0;
  std::vector<Reply> elements;
  bool failed() const { return type == Type::failure; }
};

using Answer = std::function<void(Reply)>;

// A Lua script sent by its SHA-1 (EVALSHA), and in full once Redis answers NOSCRIPT (a restart or
// SCRIPT FLUSH / FLUSHALL emptied its cache).
struct Script {
  std::string source;
  std::string sha1;  // of source, lower-case hex
  explicit Script(std::string text);
};

class Connection {
 public:
  explicit Connection(Endpoint endpoint);
  ~Connection();  // answers what is still queued with a failure
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Queues the command; `done` runs once, on the connection's thread (or at once on this one
  // after the connection is closed). Callable from any thread and from `done` itself.
  void command(std::vector<std::string> args, Answer done);

  // EVALSHA, then EVAL after NOSCRIPT.
  void eval(const Script& script, std::vector<std::string> keys, std::vector<std::string> args, Answer done);

  const Endpoint& endpoint() const { return endpoint_; }

  struct Worker;  // the thread, its queue and its hiredis context

 private:
  std::shared_ptr<Worker> worker();

  const Endpoint endpoint_;
  std::shared_ptr<Worker> worker_;
  std::atomic<std::uint64_t> generation_;  // the fork generation worker_ belongs to
};

// The connection of this process to `endpoint`, shared by every limiter using it (held weakly:
// it ends with the last of them).
std::shared_ptr<Connection> shared_connection(const Endpoint& endpoint);

}  // namespace ctct::redis
