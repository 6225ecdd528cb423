#include "redis/connection.hpp"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include <pthread.h>

#include "auth/crypto.hpp"
#include "http/fork.hpp"

namespace ctct::redis {
namespace {

using Clock = std::chrono::steady_clock;
// Commands written to Redis at once: enough that a burst from many clients costs one round trip.
constexpr std::size_t batch_size = 64;

Reply failure(std::string why) {
  Reply reply;
  reply.text = std::move(why);
  return reply;
}

Reply copied(const redisReply& reply) {
  Reply out;
  switch (reply.type) {
    case REDIS_REPLY_ERROR: out.type = Reply::Type::error; break;
    case REDIS_REPLY_STATUS: out.type = Reply::Type::status; break;
    case REDIS_REPLY_STRING: out.type = Reply::Type::string; break;
    case REDIS_REPLY_INTEGER: out.type = Reply::Type::integer; break;
    case REDIS_REPLY_ARRAY: out.type = Reply::Type::array; break;
    default: out.type = Reply::Type::nil; break;
  }
  if (reply.str) out.text.assign(reply.str, reply.len);
  out.integer = reply.integer;
  for (std::size_t i = 0; i < reply.elements; ++i) out.elements.push_back(copied(*reply.element[i]));
  return out;
}

timeval as_timeval(std::chrono::milliseconds wait) {
  wait = std::max(wait, std::chrono::milliseconds(1));
  return timeval{.tv_sec = static_cast<time_t>(wait.count() / 1000),
      .tv_usec = static_cast<suseconds_t>(wait.count() % 1000 * 1000)};
}

// Runs a callback without letting an exception end the connection's thread.
void answer(Answer& done, Reply reply) {
  try {
    done(std::move(reply));
  } catch (...) {
  }
}

}  // namespace

Script::Script(std::string text) : source(std::move(text)), sha1(auth::hex(auth::sha1(source))) {}

struct Connection::Worker {
  struct Pending {
    std::vector<std::string> args;
    Clock::time_point deadline;
    Answer done;
  };

  explicit Worker(Endpoint endpoint) : endpoint(std::move(endpoint)) {}

  // The thread holds the worker until it ends, so a connection dropped by one of its own
  // callbacks can let the thread finish on its own.
  static std::shared_ptr<Worker> started(const Endpoint& endpoint) {
    auto worker = std::make_shared<Worker>(endpoint);
    worker->thread = std::thread([worker] { worker->run(); });
    pthread_setname_np(worker->thread.native_handle(), "ctct-redis");
    return worker;
  }

  // Queues the command, or answers it at once once the connection is closed.
  void submit(std::vector<std::string> args, Answer done) {
    {
      std::lock_guard lock(mutex);
      if (!stop) {
        const auto deadline = Clock::now() + std::chrono::milliseconds(endpoint.timeout_ms);
        queued.push_back(Pending{std::move(args), deadline, std::move(done)});
        wanted.notify_one();
        return;
      }
    }
    answer(done, failure("the Redis connection was closed"));
  }

  void run() {
    while (true) {
      std::vector<Pending> batch;
      {
        std::unique_lock lock(mutex);
        wanted.wait(lock, [this] { return stop || !queued.empty(); });
        if (stop) break;
        while (!queued.empty() && batch.size() < batch_size) {
          batch.push_back(std::move(queued.front()));
          queued.pop_front();
        }
      }
      send(batch);
    }
    if (context) redisFree(context);
    context = nullptr;
    std::deque<Pending> left;
    {
      std::lock_guard lock(mutex);
      left.swap(queued);
    }
    for (auto& pending : left) answer(pending.done, failure("the Redis connection was closed"));
  }

  // Writes the batch in one go and reads its replies in order. A failure drops the connection:
  // replies still due on it could no longer be told apart.
  void send(std::vector<Pending>& batch) {
    const auto now = Clock::now();
    std::erase_if(batch, [&](Pending& pending) {
      if (pending.deadline > now) return false;
      answer(pending.done, failure("Redis at " + endpoint.display() + " did not answer within " +
                                   std::to_string(endpoint.timeout_ms) + " ms (commands queued)"));
      return true;
    });
    if (batch.empty()) return;
    const auto deadline = std::ranges::min(batch, {}, &Pending::deadline).deadline;
    const auto left = [&] { return std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()); };
    std::string why = context ? std::string() : connect(as_timeval(left()));
    if (why.empty() && redisSetTimeout(context, as_timeval(left())) != REDIS_OK) why = lost();
    for (std::size_t i = 0; why.empty() && i < batch.size(); ++i) {
      std::vector<const char*> argv;
      std::vector<std::size_t> lengths;
      for (const auto& arg : batch[i].args) {
        argv.push_back(arg.data());
        lengths.push_back(arg.size());
      }
      if (redisAppendCommandArgv(context, static_cast<int>(argv.size()), argv.data(), lengths.data()) != REDIS_OK)
        why = lost();
    }
    std::size_t answered = 0;
    for (; why.empty() && answered < batch.size(); ++answered) {
      void* raw = nullptr;
      if (redisGetReply(context, &raw) != REDIS_OK || !raw) {
        why = lost();
        break;
      }
      Reply reply = copied(*static_cast<redisReply*>(raw));
      freeReplyObject(raw);
      answer(batch[answered].done, std::move(reply));
    }
    if (why.empty()) return;
    if (context) redisFree(context);
    context = nullptr;
    for (; answered < batch.size(); ++answered) answer(batch[answered].done, failure(why));
  }

  // Connects, authenticates and selects the database; "" or why not.
  std::string connect(timeval wait) {
    context = endpoint.socket_path.empty() ? redisConnectWithTimeout(endpoint.host.c_str(), endpoint.port, wait)
                                           : redisConnectUnixWithTimeout(endpoint.socket_path.c_str(), wait);
    if (!context) return "Redis at " + endpoint.display() + " could not be reached: out of memory";
    if (context->err) return "Redis at " + endpoint.display() + " could not be reached: " + context->errstr;
    if (endpoint.socket_path.empty()) redisEnableKeepAlive(context);
    std::vector<std::vector<std::string>> setup;
    if (!endpoint.password.empty())
      setup.push_back(endpoint.user.empty() ? std::vector<std::string>{"AUTH", endpoint.password}
                                            : std::vector<std::string>{"AUTH", endpoint.user, endpoint.password});
    if (endpoint.db) setup.push_back({"SELECT", std::to_string(endpoint.db)});
    if (redisSetTimeout(context, wait) != REDIS_OK) return lost();
    for (const auto& command : setup) {
      std::vector<const char*> argv;
      std::vector<std::size_t> lengths;
      for (const auto& arg : command) {
        argv.push_back(arg.data());
        lengths.push_back(arg.size());
      }
      auto* reply = static_cast<redisReply*>(redisCommandArgv(context, static_cast<int>(argv.size()), argv.data(),
          lengths.data()));
      if (!reply) return lost();
      const bool refused = reply->type == REDIS_REPLY_ERROR;
      const std::string text = refused && reply->str ? std::string(reply->str, reply->len) : std::string();
      freeReplyObject(reply);
      // Redis's own words (WRONGPASS, NOAUTH, ERR DB index): they never repeat the password.
      if (refused) return "Redis at " + endpoint.display() + " refused " + command[0] + ": " + text;
    }
    return {};
  }

  std::string lost() const {
    const bool timed_out = context && context->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK);
    if (timed_out || !context)
      return "Redis at " + endpoint.display() + " did not answer within " + std::to_string(endpoint.timeout_ms) + " ms";
    return "the connection to Redis at " + endpoint.display() + " failed: " + context->errstr;
  }

  const Endpoint endpoint;
  std::mutex mutex;
  std::condition_variable wanted;
  std::deque<Pending> queued;
  bool stop = false;
  std::thread thread;
  redisContext* context = nullptr;  // the thread's only
};

Connection::Connection(Endpoint endpoint)
    : endpoint_(std::move(endpoint)), worker_(Worker::started(endpoint_)),
      generation_((http::watch_forks(), http::fork_generation())) {}

Connection::~Connection() {
  if (generation_.load(std::memory_order_acquire) != http::fork_generation()) {
    http::abandon(std::move(worker_));  // the parent's: its thread is not in this process
    return;
  }
  {
    std::lock_guard lock(worker_->mutex);
    worker_->stop = true;
    worker_->wanted.notify_one();
  }
  if (worker_->thread.get_id() == std::this_thread::get_id()) worker_->thread.detach();
  else worker_->thread.join();
}

// In a child, the parent's worker is left as it is (its mutex may be held by a thread that is
// not here, its socket is the parent's); a new one takes its place on first use.
std::shared_ptr<Connection::Worker> Connection::worker() {
  if (generation_.load(std::memory_order_acquire) != http::fork_generation()) {
    auto lock = http::lock_for_renewal();
    if (generation_.load() != http::fork_generation()) {
      http::abandon(std::exchange(worker_, Worker::started(endpoint_)));
      generation_.store(http::fork_generation(), std::memory_order_release);
    }
  }
  return worker_;
}

void Connection::command(std::vector<std::string> args, Answer done) {
  worker()->submit(std::move(args), std::move(done));
}

void Connection::eval(const Script& script, std::vector<std::string> keys, std::vector<std::string> args, Answer done) {
  std::vector<std::string> command{"EVALSHA", script.sha1, std::to_string(keys.size())};
  command.insert(command.end(), keys.begin(), keys.end());
  command.insert(command.end(), args.begin(), args.end());
  auto full = command;
  full[0] = "EVAL";
  full[1] = script.source;
  // The worker, not this connection: the connection may end in a callback of the same batch.
  worker()->submit(std::move(command),
      [worker = worker(), full = std::move(full), done = std::move(done)](Reply reply) mutable {
        if (reply.type == Reply::Type::error && reply.text.starts_with("NOSCRIPT"))
          return worker->submit(std::move(full), std::move(done));  // EVAL caches it again
        done(std::move(reply));
      });
}

namespace {

struct ConnectionRegistry {
  std::mutex mutex;
  std::vector<std::pair<Endpoint, std::weak_ptr<Connection>>> connections;
};

}  // namespace

std::shared_ptr<Connection> shared_connection(const Endpoint& endpoint) {
  static auto* registry = new ConnectionRegistry;  // never destroyed: limiters may outlive static destructors
  std::lock_guard lock(registry->mutex);
  std::erase_if(registry->connections, [](const auto& entry) { return entry.second.expired(); });
  for (const auto& [known, connection] : registry->connections)
    if (known == endpoint)
      if (auto alive = connection.lock()) return alive;
  auto made = std::make_shared<Connection>(endpoint);
  registry->connections.emplace_back(endpoint, made);
  return made;
}

}  // namespace ctct::redis
