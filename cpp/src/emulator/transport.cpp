#include "emulator/transport.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <algorithm>
#include <memory>

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
  request.connection = http.remote_addr + ":" + std::to_string(http.remote_port);
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
// handler cannot leave a request unanswered by itself. To drop the connection we find its
// socket by the (local, remote) address pair of the request and shut it down: the client sees
// the connection closed with no response, and httplib's own write then fails and closes it.
void drop_connection(const httplib::Request& http) {
  const auto local = http.local_addr + ":" + std::to_string(http.local_port);
  const auto remote = http.remote_addr + ":" + std::to_string(http.remote_port);
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  const int last = static_cast<int>(std::min<rlim_t>(limit.rlim_cur, 65536));
  for (int fd = 0; fd < last; ++fd) {
    sockaddr_storage mine{}, theirs{};
    socklen_t mine_size = sizeof mine, theirs_size = sizeof theirs;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&mine), &mine_size) != 0) continue;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&theirs), &theirs_size) != 0) continue;
    if (endpoint(mine) == local && endpoint(theirs) == remote) {
      shutdown(fd, SHUT_RDWR);
      return;
    }
  }
}

}  // namespace

void serve(Service& service, const httplib::Request& http, httplib::Response& out) {
  auto answer = service.handle(to_request(http));
  for (const auto& [name, value] : answer.headers) out.set_header(name, value);
  out.status = answer.status;
  switch (answer.delivery) {
    case Delivery::drop:
      drop_connection(http);
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
    case Delivery::normal:
      if (!answer.body.empty() || !answer.content_type.empty())
        out.set_content(answer.body, answer.content_type);
      break;
  }
}

}  // namespace ctct::emulator
