// The HTTP engine over real loopback HTTP: connection reuse, concurrency, transport errors,
// timeouts, close(), timers, the response cap and the headers it sends.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "ctct/outcome.hpp"
#include "ctct/version.hpp"
#include "engine_fixture.hpp"
#include "http/engine.hpp"
#include "http/transport_error.hpp"
#include "scoped_env.hpp"

namespace ctct::http {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr auto wait_limit = 30s;

// Submits and waits for the completion (which runs on the engine's I/O thread).
Response fetch(Engine& engine, Request request) {
  auto promise = std::make_shared<std::promise<Response>>();
  auto future = promise->get_future();
  engine.submit(std::move(request), [promise](Response response) { promise->set_value(std::move(response)); });
  if (future.wait_for(wait_limit) != std::future_status::ready) {
    ADD_FAILURE() << "no completion within the wait limit";
    return {};
  }
  return future.get();
}

// A port on which nothing listens: bound once to get a free number, then released.
int refused_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

// Accepts one connection, keeps the request head it received and sends a fixed raw answer:
// lets a test see the exact bytes the engine sends and shape the exact bytes it gets back.
class OneShotServer {
 public:
  explicit OneShotServer(std::string answer) : answer_(std::move(answer)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    EXPECT_EQ(::listen(listener_, 1), 0);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~OneShotServer() {
    ::shutdown(listener_, SHUT_RDWR);
    thread_.join();
    ::close(listener_);
  }

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string head() {
    std::lock_guard lock(mutex_);
    return head_;
  }

 private:
  void serve() {
    const int fd = ::accept(listener_, nullptr, nullptr);
    if (fd < 0) return;
    std::string received;
    char buffer[4096];
    while (received.find("\r\n\r\n") == std::string::npos) {
      const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      received.append(buffer, static_cast<size_t>(n));
    }
    {
      std::lock_guard lock(mutex_);
      head_ = received.substr(0, received.find("\r\n\r\n") + 2);
    }
    ::send(fd, answer_.data(), answer_.size(), MSG_NOSIGNAL);
    ::shutdown(fd, SHUT_WR);
    while (::recv(fd, buffer, sizeof buffer, 0) > 0) {
    }
    ::close(fd);
  }

  std::string answer_;
  int listener_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::string head_;
};

std::string answer_with_length(const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Mixed-Case: Yes\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

std::string chunked_answer(const std::string& body) {
  char size[32];
  std::snprintf(size, sizeof size, "%zx", body.size());
  return "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + std::string(size) + "\r\n" +
         body + "\r\n0\r\n\r\n";
}

using HttpEngineTest = EngineTest;

TEST_F(HttpEngineTest, SequentialRequestsReuseOneConnection) {
  Engine engine(HttpOptions{});
  for (int i = 0; i < 100; ++i) {
    const Response response = fetch(engine, contacts());
    ASSERT_EQ(response.status, 200) << response.transport_error;
  }
  EXPECT_EQ(stat("connections"), 1);
  EXPECT_GE(stat("requests"), 100);
}

TEST_F(HttpEngineTest, ManyConcurrentRequestsAllComplete) {
  Engine engine(HttpOptions{});
  constexpr int count = 200;
  std::atomic<int> completed{0};
  std::atomic<int> ok{0};
  std::promise<void> all_done;
  std::vector<std::thread> submitters;
  for (int t = 0; t < 4; ++t) {
    submitters.emplace_back([&] {
      for (int i = 0; i < count / 4; ++i) {
        engine.submit(contacts(), [&](Response response) {
          if (response.status == 200) ok.fetch_add(1);
          if (completed.fetch_add(1) + 1 == count) all_done.set_value();
        });
      }
    });
  }
  for (auto& submitter : submitters) submitter.join();
  ASSERT_EQ(all_done.get_future().wait_for(wait_limit), std::future_status::ready);
  EXPECT_EQ(ok.load(), count);
}

// Slow answers keep every request of a burst in flight: the emulator counts the connections.
TEST_F(HttpEngineTest, MaxConnectionsCapsTheRequestsSentAtOnce) {
  for (const std::size_t cap : {std::size_t{2}, std::size_t{16}}) {
    SCOPED_TRACE(cap);
    emulator_.control("POST", "reset");
    slow_down_contacts(200, 0);
    HttpOptions options;
    options.max_connections = cap;
    Engine engine(options);
    constexpr int count = 32;
    std::atomic<int> ok{0}, completed{0};
    std::promise<void> all_done;
    for (int i = 0; i < count; ++i)
      engine.submit(contacts(), [&](Response response) {
        if (response.status == 200) ok.fetch_add(1);
        if (completed.fetch_add(1) + 1 == count) all_done.set_value();
      });
    ASSERT_EQ(all_done.get_future().wait_for(wait_limit), std::future_status::ready);
    EXPECT_EQ(ok.load(), count);
    EXPECT_EQ(stat("connections"), static_cast<std::int64_t>(cap));
  }
}

// More clients than cpp-httplib's usual 32 workers, each keeping its connection alive (each
// engine has other options, so a loop and a connection of its own): every client is served at
// once, so the second round finds every connection still open and opens none. A pool of fixed
// size served the 33rd client only once an idle connection had timed out and been closed.
TEST_F(HttpEngineTest, TheEmulatorServesEveryKeptAliveConnectionAtOnce) {
  constexpr long clients = 48;
  std::vector<std::unique_ptr<Engine>> engines;
  for (long i = 0; i < clients; ++i) engines.push_back(std::make_unique<Engine>(HttpOptions{.timeout_ms = 20'000 + i}));
  for (int round = 0; round < 2; ++round)
    for (auto& engine : engines) ASSERT_EQ(fetch(*engine, contacts()).status, 200);
  EXPECT_EQ(stat("connections"), clients);
}

TEST_F(HttpEngineTest, MaxConnectionsOutsideOneTo256IsAUsageError) {
  for (const std::size_t cap : {std::size_t{0}, std::size_t{257}}) {
    HttpOptions options;
    options.max_connections = cap;
    EXPECT_THROW(Engine engine(options), ctct::UsageError);
  }
}

TEST_F(HttpEngineTest, RefusedConnectionIsATransportErrorWithoutTheQuery) {
  Engine engine(HttpOptions{});
  const int port = refused_port();
  Request request;
  request.url = "http://127.0.0.1:" + std::to_string(port) + "/v2/lists?api_key=SECRET-KEY";
  const Response response = fetch(engine, request);
  EXPECT_EQ(response.status, 0);
  EXPECT_FALSE(response.timed_out);
  EXPECT_EQ(response.transport_error,
      "could not connect to 127.0.0.1:" + std::to_string(port) + ": connection refused");
  EXPECT_EQ(response.transport_error.find("SECRET"), std::string::npos);
}

TEST_F(HttpEngineTest, TotalTimeoutFiresOnASlowRoute) {
  slow_down_contacts(1000, 1);
  HttpOptions options;
  options.timeout_ms = 300;
  Engine engine(options);
  const auto start = Clock::now();
  const Response response = fetch(engine, contacts());
  EXPECT_LT(Clock::now() - start, 1500ms);
  EXPECT_EQ(response.status, 0);
  EXPECT_TRUE(response.timed_out);
  EXPECT_NE(response.transport_error.find("within 300 ms"), std::string::npos) << response.transport_error;
}

TEST_F(HttpEngineTest, CloseCompletesInFlightRequestsAndReturnsPromptly) {
  slow_down_contacts(1500, 50);
  Engine engine(HttpOptions{});
  constexpr int count = 50;
  std::atomic<int> closed_errors{0};
  std::atomic<int> completed{0};
  for (int i = 0; i < count; ++i) {
    engine.submit(contacts(), [&](Response response) {
      if (response.status == 0 && response.transport_error == closed_error) closed_errors.fetch_add(1);
      completed.fetch_add(1);
    });
  }
  std::this_thread::sleep_for(200ms);  // the first requests are on the wire, the rest wait for a connection
  const auto start = Clock::now();
  engine.close();
  EXPECT_LT(Clock::now() - start, 1000ms);
  // Every completion ran before close() returned.
  EXPECT_EQ(completed.load(), count);
  EXPECT_EQ(closed_errors.load(), count);
  engine.close();  // twice is harmless
}

TEST_F(HttpEngineTest, SubmitAfterCloseCompletesOnTheCallingThread) {
  Engine engine(HttpOptions{});
  engine.close();
  bool ran = false;
  std::thread::id ran_on;
  engine.submit(contacts(), [&](Response response) {
    ran = true;
    ran_on = std::this_thread::get_id();
    EXPECT_EQ(response.status, 0);
    EXPECT_EQ(response.transport_error, closed_error);
  });
  EXPECT_TRUE(ran);
  EXPECT_EQ(ran_on, std::this_thread::get_id());
}

TEST_F(HttpEngineTest, TimersRunOnTheIoThreadInDueOrder) {
  Engine engine(HttpOptions{});
  std::mutex mutex;
  std::vector<std::string> order;
  std::promise<void> last;
  const auto record = [&](std::string name) {
    return [&, name] {
      EXPECT_TRUE(engine.on_io_thread());
      std::lock_guard lock(mutex);
      order.push_back(name);
      if (order.size() == 5) last.set_value();
    };
  };
  engine.schedule(60ms, record("60ms"));
  engine.schedule(20ms, record("20ms"));
  engine.schedule(40ms, record("40ms"));
  engine.schedule(0ms, record("now-1"));
  engine.schedule(0ms, record("now-2"));
  ASSERT_EQ(last.get_future().wait_for(wait_limit), std::future_status::ready);
  EXPECT_EQ(order, (std::vector<std::string>{"now-1", "now-2", "20ms", "40ms", "60ms"}));
  EXPECT_FALSE(engine.on_io_thread());
}

TEST_F(HttpEngineTest, CloseDropsPendingTimersWithoutRunningThem) {
  Engine engine(HttpOptions{});
  std::atomic<bool> ran{false};
  engine.schedule(10s, [&] { ran = true; });
  const auto start = Clock::now();
  engine.close();
  EXPECT_LT(Clock::now() - start, 1000ms);
  engine.schedule(0ms, [&] { ran = true; });
  EXPECT_FALSE(ran.load());
}

TEST_F(HttpEngineTest, ResponseLargerThanTheCapIsATransportError) {
  HttpOptions options;
  options.max_response_bytes = 64;
  Engine engine(options);
  const std::string big(1000, 'x');
  for (const std::string& answer : {answer_with_length(big), chunked_answer(big)}) {
    OneShotServer server(answer);
    Request request;
    request.url = server.url() + "/big";
    const Response response = fetch(engine, request);
    EXPECT_EQ(response.status, 0);
    EXPECT_TRUE(response.body.empty());
    EXPECT_NE(response.transport_error.find("larger than the 64-byte cap"), std::string::npos)
        << response.transport_error;
  }
  OneShotServer small(answer_with_length(std::string(64, 'x')));
  Request request;
  request.url = small.url() + "/small";
  EXPECT_EQ(fetch(engine, request).body.size(), 64u);
}

// The JSON reader parses a body in place only when body_padding bytes follow it in its storage;
// that holds however the body came: sized by Content-Length, grown chunk by chunk, or cut at a
// Content-Length shorter than what the server sent.
TEST_F(HttpEngineTest, EveryBodyLeavesTheReadersPaddingAfterItsText) {
  Engine engine(HttpOptions{});
  const std::string text(100'000, 'x');
  std::string chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
  for (std::size_t start = 0, size = 1000; start < text.size(); start += size, size = size % 9000 + 1000) {
    const std::string piece = text.substr(start, size);
    char length[32];
    std::snprintf(length, sizeof length, "%zx\r\n", piece.size());
    chunked += length + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  const std::string cut = answer_with_length(text.substr(0, 70'000)) + text.substr(70'000);
  // One piece into an empty string makes its capacity exactly the text's: no room left over.
  const std::string one_chunk = chunked_answer(text.substr(0, 1000));
  for (const auto& [answer, expected] :
      {std::pair{answer_with_length(text), text.size()}, std::pair{chunked, text.size()},
          std::pair{one_chunk, std::size_t{1000}}, std::pair{cut, std::size_t{70'000}}}) {
    OneShotServer server(answer);
    Request request;
    request.url = server.url() + "/body";
    const Response response = fetch(engine, request);
    ASSERT_EQ(response.status, 200) << response.transport_error;
    EXPECT_EQ(response.body, text.substr(0, expected));
    EXPECT_GE(response.body.capacity(), response.body.size() + body_padding);
  }
}

TEST_F(HttpEngineTest, SendsUserAgentAndJsonHeadersAndFindsResponseHeadersInAnyCase) {
  Engine engine(HttpOptions{});
  OneShotServer server(answer_with_length("{}"));
  Request request;
  request.method = "POST";
  request.url = server.url() + "/echo";
  request.body = std::string(2000, ' ') + "{}";  // large enough that curl would ask for 100-continue
  const Response response = fetch(engine, request);
  ASSERT_EQ(response.status, 200) << response.transport_error;
  EXPECT_EQ(user_agent(), std::string("ctct/") + ctct::version);
  const std::string head = server.head();
  EXPECT_NE(head.find("\r\nUser-Agent: ctct/" + std::string(ctct::version) + "\r\n"), std::string::npos) << head;
  EXPECT_NE(head.find("\r\nAccept: application/json\r\n"), std::string::npos) << head;
  EXPECT_NE(head.find("\r\nContent-Type: application/json\r\n"), std::string::npos) << head;
  EXPECT_EQ(head.find("Expect:"), std::string::npos) << head;
  ASSERT_TRUE(response.header("x-mixed-case"));
  EXPECT_EQ(*response.header("X-MIXED-CASE"), "Yes");
  EXPECT_EQ(response.header("content-type"), "application/json");
  EXPECT_FALSE(response.header("x-mixed"));
  EXPECT_FALSE(response.header("mixed-case"));
  EXPECT_EQ(response.body, "{}");
}

// ctct sets no proxy, so libcurl follows the environment's. A CONNECT carries the request's
// User-Agent line (its own, in any case and even empty, or ctct's) and nothing else of the
// request: not its Authorization. A plain-http request through the proxy carries the line once.
TEST_F(HttpEngineTest, AProxyIsToldTheUserAgentAndNotTheToken) {
  const std::string ours = "\r\nUser-Agent: ctct/" + std::string(ctct::version) + "\r\n";
  const auto through_proxy = [](const char* variable, const std::string& url,
                                 std::optional<std::pair<std::string, std::string>> user_agent = std::nullopt) {
    OneShotServer proxy(answer_with_length("{}"));
    testing::ScopedEnv route(variable, proxy.url().c_str());
    testing::ScopedEnv lower_none("no_proxy", nullptr);
    testing::ScopedEnv upper_none("NO_PROXY", nullptr);
    // Any CA file: https is refused unsent without one, and it is read only after the CONNECT.
    HttpOptions options;
    options.ca_bundle = "never-read-ca.pem";
    Engine engine(options);
    Request request;
    request.url = url;
    request.headers.emplace_back("Authorization", "Bearer SECRET-TOKEN");
    if (user_agent) request.headers.push_back(*user_agent);
    fetch(engine, request);
    return proxy.head();
  };
  const auto count = [](const std::string& head, const std::string& text) {
    std::size_t n = 0;
    for (auto at = head.find(text); at != std::string::npos; at = head.find(text, at + 1)) ++n;
    return n;
  };

  std::string head = through_proxy("https_proxy", "https://ctct-test.invalid/v3/contacts");
  EXPECT_TRUE(head.starts_with("CONNECT ctct-test.invalid:443 HTTP/1.1\r\n")) << head;
  EXPECT_EQ(count(head, ours), 1u) << head;
  EXPECT_EQ(head.find("SECRET-TOKEN"), std::string::npos) << head;

  head = through_proxy("https_proxy", "https://ctct-test.invalid/v3/contacts", {{"User-Agent", "lead-router/2.0"}});
  EXPECT_TRUE(head.starts_with("CONNECT ")) << head;
  EXPECT_EQ(count(head, "User-Agent:"), 1u) << head;
  EXPECT_NE(head.find("\r\nUser-Agent: lead-router/2.0\r\n"), std::string::npos) << head;

  head = through_proxy("https_proxy", "https://ctct-test.invalid/v3/contacts", {{"user-agent", "lead-router/2.0"}});
  EXPECT_EQ(count(head, "ser-Agent:") + count(head, "ser-agent:"), 1u) << head;
  EXPECT_NE(head.find("\r\nuser-agent: lead-router/2.0\r\n"), std::string::npos) << head;

  head = through_proxy("https_proxy", "https://ctct-test.invalid/v3/contacts", {{"User-Agent", ""}});
  EXPECT_EQ(count(head, "User-Agent:"), 1u) << head;
  EXPECT_NE(head.find("\r\nUser-Agent:\r\n"), std::string::npos) << head;

  head = through_proxy("http_proxy", "http://ctct-test.invalid/v3/contacts");
  EXPECT_TRUE(head.starts_with("GET http://ctct-test.invalid/v3/contacts HTTP/1.1\r\n")) << head;
  EXPECT_EQ(count(head, "User-Agent:"), 1u) << head;
  EXPECT_EQ(count(head, ours), 1u) << head;
}

// Easy handles are reused, cleared of their last request's options: each request goes out with
// its own method, and a GET after bodies carries none of them.
TEST_F(HttpEngineTest, AReusedHandleCarriesNothingOfItsLastRequestIntoTheNext) {
  Engine engine(HttpOptions{});
  const auto head_of = [&engine](const std::string& method, const std::string& body, bool replayable) {
    OneShotServer server(answer_with_length("{}"));  // one connection each: only the handle is reused
    Request request;
    request.method = method;
    request.url = server.url() + "/x";
    request.body = body;
    request.replayable = replayable;
    const Response response = fetch(engine, request);
    EXPECT_EQ(response.status, 200) << method << ": " << response.transport_error;
    return server.head();
  };
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(head_of("PUT", R"({"a":1})", true).starts_with("PUT /x HTTP/1.1\r\n"));
    EXPECT_TRUE(head_of("POST", R"({"b":2})", false).starts_with("POST /x HTTP/1.1\r\n"));
    const std::string get = head_of("GET", "", true);
    EXPECT_TRUE(get.starts_with("GET /x HTTP/1.1\r\n")) << get;
    EXPECT_EQ(get.find("Content-"), std::string::npos) << get;
    EXPECT_TRUE(head_of("DELETE", "", true).starts_with("DELETE /x HTTP/1.1\r\n"));
    EXPECT_TRUE(head_of("PATCH", R"({"c":3})", true).starts_with("PATCH /x HTTP/1.1\r\n"));
  }
}

TEST_F(HttpEngineTest, AHeaderWithALineBreakOrNulIsRefusedUnsent) {
  Engine engine(HttpOptions{});
  // Each character on its own, at the start, middle and end of a long value (a bearer token's).
  std::vector<std::pair<std::string, std::string>> refused{{"X-Note", "a\r\nX-Injected: 1"}};
  for (const char c : {'\r', '\n', '\0'}) {
    for (const std::size_t at : {std::size_t{0}, std::size_t{500}, std::size_t{999}}) {
      std::string value(1000, 't');
      value[at] = c;
      refused.emplace_back("X-Note", value);
    }
    refused.emplace_back(std::string("X-No") + c + "te", "a");
  }
  refused.emplace_back("X-No:te", "a");
  for (const auto& [name, value] : refused) {
    Request request = contacts();
    request.headers.emplace_back(name, value);
    const Response response = fetch(engine, request);
    EXPECT_EQ(response.status, 0);
    EXPECT_TRUE(response.permanent);
    EXPECT_EQ(response.transport_error, "the request header '" + name + "' contains a line break, NUL or colon");
  }
  EXPECT_EQ(stat("requests"), 0);
  EXPECT_EQ(fetch(engine, contacts()).status, 200);  // the refused requests' handle is reused
}

TEST_F(HttpEngineTest, TlsIsVerifiedSoHttpsToAPlainPortFails) {
  Engine engine(HttpOptions{});
  Request request = contacts();
  request.url = "https://127.0.0.1:" + std::to_string(emulator_.port()) + "/v3/contacts?api_key=SECRET";
  const Response response = fetch(engine, request);
  EXPECT_EQ(response.status, 0);
  EXPECT_FALSE(response.transport_error.empty());
  EXPECT_EQ(response.transport_error.find("SECRET"), std::string::npos);
  // The engine still works after the failed handshake.
  EXPECT_EQ(fetch(engine, contacts()).status, 200);
}

TEST_F(HttpEngineTest, CompletionsMaySubmitAndClose) {
  Engine engine(HttpOptions{});
  std::promise<int> chain_done;
  std::function<void(int)> next = [&](int left) {
    engine.submit(contacts(), [&, left](Response response) {
      EXPECT_EQ(response.status, 200);
      if (left == 0) {
        engine.close();  // on the I/O thread: finishes without joining itself
        chain_done.set_value(response.status);
      } else {
        next(left - 1);
      }
    });
  };
  next(5);
  ASSERT_EQ(chain_done.get_future().wait_for(wait_limit), std::future_status::ready);
  const Response after = fetch(engine, contacts());
  EXPECT_EQ(after.transport_error, closed_error);
}

TEST_F(HttpEngineTest, EngineDestroyedByItsOwnCompletion) {
  auto engine = std::make_unique<Engine>(HttpOptions{});
  std::promise<void> destroyed;
  Engine* raw = engine.get();
  raw->submit(contacts(), [&](Response) {
    engine.reset();
    destroyed.set_value();
  });
  ASSERT_EQ(destroyed.get_future().wait_for(wait_limit), std::future_status::ready);
  EXPECT_EQ(engine, nullptr);
}

}  // namespace
}  // namespace ctct::http
