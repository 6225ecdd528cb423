#include "emulator/server/transport.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

namespace ctct::emulator {

namespace {

Request to_request(const httplib::Request& http) {
  Request request;
  request.method = http.method;
  request.path = http.path;
  request.query.insert(http.params.begin(), http.params.end());
  request.authorization = http.get_header_value("Authorization");
  request.content_type = http.get_header_value("Content-Type");
  request.body = http.body;
  for (const auto& [name, part] : http.files) request.form.emplace(name, Request::Part{part.content, part.filename});
  request.connection = http.remote_addr + ":" + std::to_string(http.remote_port);
  request.headers.assign(http.headers.begin(), http.headers.end());
  return request;
}

std::string endpoint(const sockaddr_storage& address) {
  char text[INET6_ADDRSTRLEN] = "";
  int port = 0;
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
  }
  return std::string(text) + ":" + std::to_string(port);
}

// cpp-httplib 0.11 always writes a response and gives handlers no access to the socket, so a
// handler cannot leave a request unanswered by itself. To break a connection we find its socket
// by the (local, remote) address pair of the request. -1 when it is gone.
int find_socket(const std::string& local, const std::string& remote) {
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  const int last = static_cast<int>(std::min<rlim_t>(limit.rlim_cur, 65536));
  for (int fd = 0; fd < last; ++fd) {
    sockaddr_storage mine{}, theirs{};
    socklen_t mine_size = sizeof mine, theirs_size = sizeof theirs;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&mine), &mine_size) != 0) continue;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&theirs), &theirs_size) != 0) continue;
    if (endpoint(mine) == local && endpoint(theirs) == remote) return fd;
  }
  return -1;
}

struct Endpoints {
  std::string local, remote;
  explicit Endpoints(const httplib::Request& http)
      : local(http.local_addr + ":" + std::to_string(http.local_port)),
        remote(http.remote_addr + ":" + std::to_string(http.remote_port)) {}
};

// The client sees the connection closed with no response; httplib's own write then fails and
// closes it.
void drop_connection(const Endpoints& ends) {
  if (const int fd = find_socket(ends.local, ends.remote); fd >= 0) shutdown(fd, SHUT_RDWR);
}

// An abortive close (linger 0) sends a TCP RST. The descriptor is replaced by a fresh unconnected
// socket in one dup2, so httplib's later shutdown and close touch that one, and no other thread
// can be handed the number in between.
void reset_connection(const Endpoints& ends) {
  const int fd = find_socket(ends.local, ends.remote);
  if (fd < 0) return;
  const int spare = socket(AF_INET, SOCK_STREAM, 0);
  if (spare < 0) return;
  const linger abort_on_close{1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
  dup2(spare, fd);
  close(spare);
}

}  // namespace

void serve(Service& service, const httplib::Request& http, httplib::Response& out) {
  auto answer = service.handle(to_request(http));
  for (const auto& [name, value] : answer.headers) out.set_header(name, value);
  out.status = answer.status;
  switch (answer.delivery) {
    case Delivery::drop:
      drop_connection(Endpoints(http));
      out.status = 500;  // never reaches the client
      break;
    case Delivery::truncate: {
      // The provider sends the body and then fails, which makes httplib close the connection
      // short of the declared length.
      auto body = std::make_shared<std::string>(std::move(answer.body));
      out.set_content_provider(body->size() + 64, answer.content_type,
          [body](std::size_t, std::size_t, httplib::DataSink& sink) {
            sink.write(body->data(), body->size());
            return false;
          });
      break;
    }
    case Delivery::reset: {
      auto body = std::make_shared<std::string>(std::move(answer.body));
      out.set_content_provider(body->size(), answer.content_type,
          [body, ends = Endpoints(http)](std::size_t, std::size_t, httplib::DataSink& sink) {
            sink.write(body->data(), body->size() / 2);
            reset_connection(ends);
            return false;
          });
      break;
    }
    case Delivery::drip: {
      // One byte a call: httplib calls again until the declared length is sent, and a client
      // that gave up makes the write fail, which ends the drip.
      auto body = std::make_shared<std::string>(std::move(answer.body));
      out.set_content_provider(body->size(), answer.content_type,
          [body, interval = std::chrono::milliseconds(answer.interval_ms)](std::size_t offset, std::size_t,
              httplib::DataSink& sink) {
            if (!sink.write(body->data() + offset, 1)) return false;
            std::this_thread::sleep_for(interval);
            return true;
          });
      break;
    }
    case Delivery::normal:
      if (!answer.body.empty() || !answer.content_type.empty()) out.set_content(answer.body, answer.content_type);
      break;
  }
}

}  // namespace ctct::emulator
