#include "ctct/testing/emulator.hpp"

#include <httplib.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "emulator/server/service.hpp"
#include "emulator/server/transport.hpp"
#include "emulator/server/worker_pool.hpp"
#include "emulator/state/ids.hpp"

namespace ctct::testing {

namespace {

EmulatorOptions with_credentials(EmulatorOptions options) {
  if (options.access_token.empty()) options.access_token = emulator::random_token(24);
  if (options.api_key.empty()) options.api_key = emulator::random_token(12);
  return options;
}

}  // namespace

struct Emulator::Impl {
  explicit Impl(EmulatorOptions given)
      : options(with_credentials(std::move(given))), service(options.access_token, options.api_key) {
    // Keep-alive as the real service allows it, and a worker for every open connection
    // (worker_pool.hpp).
    server.new_task_queue = [] { return new emulator::WorkerPool(4096); };
    server.set_keep_alive_max_count(100000);
    // Without it, loopback responses wait ~40 ms for a delayed ACK (headers and body are
    // written separately).
    server.set_tcp_nodelay(true);
    auto handler = [this](const httplib::Request& request, httplib::Response& response) {
      emulator::serve(service, request, response);
    };
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    server.Delete(".*", handler);
  }

  EmulatorOptions options;
  emulator::Service service;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  pid_t pid = 0;  // the process whose threads serve
};

Emulator::Emulator(EmulatorOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

// In a child of fork(), the server is the parent's: stopping it would shut its listening socket
// for the parent too, and its threads are not there to join; it is left as it is.
Emulator::~Emulator() {
  if (impl_->thread.joinable() && getpid() != impl_->pid) {
    (void)impl_.release();
    return;
  }
  stop();
}

void Emulator::start() {
  if (impl_->thread.joinable()) return;
  auto& server = impl_->server;
  const auto& host = impl_->options.host;
  const int wanted = impl_->options.port;
  const int port = wanted == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, wanted) ? wanted : -1);
  if (port <= 0) throw std::runtime_error("The emulator cannot listen on " + host + ":" + std::to_string(wanted) + ".");
  impl_->port = port;
  impl_->pid = getpid();
  impl_->thread = std::thread([&server] { server.listen_after_bind(); });
  // The socket already accepts connections; wait for the accept loop so start() means ready.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!server.is_running() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void Emulator::stop() {
  if (!impl_->thread.joinable() || getpid() != impl_->pid) return;
  impl_->server.stop();
  impl_->thread.join();
}

void Emulator::limits(long per_second, long daily) {
  if (per_second < 0 || daily < 0)
    throw std::invalid_argument("Emulator::limits takes per_second and daily of 0 or more.");
  control("POST", "limits",
      "{\"per_second\":" + std::to_string(per_second) + ",\"daily\":" + std::to_string(daily) + "}");
}

int Emulator::port() const { return impl_->port; }

std::string Emulator::url() const { return "http://" + impl_->options.host + ":" + std::to_string(impl_->port); }

std::string Emulator::v3_url() const { return url() + "/v3"; }

std::string Emulator::v2_url() const { return url() + "/v2"; }

const std::string& Emulator::access_token() const { return impl_->options.access_token; }

const std::string& Emulator::api_key() const { return impl_->options.api_key; }

std::string Emulator::control(const std::string& method, const std::string& path, const std::string& body) {
  emulator::Request request;
  request.method = method;
  for (auto& c : request.method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto start = path.find_first_not_of('/');
  request.path = "/__emulator/" + (start == std::string::npos ? std::string() : path.substr(start));
  request.content_type = "application/json";
  request.body = body;
  return impl_->service.handle(request).body;
}

}  // namespace ctct::testing
