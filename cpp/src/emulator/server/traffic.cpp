#include "emulator/server/traffic.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string_view>

#include "emulator/state/ids.hpp"
#include "json/json_write.hpp"

namespace ctct::emulator {

namespace {

// Request text comes from clients and may be invalid UTF-8 on purpose.
void write_text(std::string& out, std::string_view text) { json::write_string(out, json::repair_utf8(text)); }

// Credentials never reach the file: the scheme stays, so a check still sees that one was sent.
std::string redacted(const std::string& name, const std::string& value) {
  if (lower(name) == "authorization") {
    const auto space = value.find(' ');
    return (space == std::string::npos ? std::string() : value.substr(0, space + 1)) + "<redacted>";
  }
  return value;
}

// httplib's own entries (client and server addresses) and Host (the emulator's random port) say
// nothing about the API and would make every connection's exchange a new line.
bool recorded_header(const std::string& name) {
  const auto key = lower(name);
  return key != "host" && key != "remote_addr" && key != "remote_port" && key != "local_addr" && key != "local_port";
}

std::string line_of(const Request& request, const Response& response, bool fault) {
  std::string out = "{\"method\":";
  write_text(out, request.method);
  out += ",\"path\":";
  write_text(out, request.path);
  out += ",\"query\":[";
  bool first = true;
  for (const auto& [name, value] : request.query) {
    if (!first) out += ',';
    first = false;
    out += '[';
    write_text(out, name);
    out += ',';
    write_text(out, name == "api_key" ? "<redacted>" : value);
    out += ']';
  }
  out += "],\"request_headers\":{";
  first = true;
  for (const auto& [name, value] : request.headers) {
    if (!recorded_header(name)) continue;
    if (!first) out += ',';
    first = false;
    write_text(out, name);
    out += ':';
    write_text(out, redacted(name, value));
  }
  out += "},\"request_body\":";
  write_text(out, request.body);
  // A multipart/form-data body reaches the emulator as its parts (the body is then empty): they
  // are recorded, [name, file name, content] each, so that the check can put the body together.
  out += ",\"request_form\":[";
  first = true;
  for (const auto& [name, part] : request.form) {
    if (!first) out += ',';
    first = false;
    out += '[';
    write_text(out, name);
    out += ',';
    write_text(out, part.file_name);
    out += ',';
    write_text(out, part.content);
    out += ']';
  }
  out += ']';
  out += ",\"status\":" + std::to_string(response.status) + ",\"response_content_type\":";
  write_text(out, response.content_type);
  out += ",\"response_body\":";
  write_text(out, response.body);
  out += ",\"fault\":";
  out += fault ? "true" : "false";
  return out + "}\n";
}

}  // namespace

std::unique_ptr<Traffic> Traffic::from_environment() {
  const char* path = std::getenv("CTCT_EMULATOR_TRAFFIC");
  if (path == nullptr || *path == '\0') return nullptr;
  return std::make_unique<Traffic>(path);
}

Traffic::Traffic(const std::string& path) {
  std::error_code ignored;  // open() below reports a folder that could not be made
  if (const auto folder = std::filesystem::path(path).parent_path(); !folder.empty())
    std::filesystem::create_directories(folder, ignored);
  fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw std::runtime_error("The emulator cannot write its traffic to " + path + " (CTCT_EMULATOR_TRAFFIC): errno " +
                             std::to_string(errno) + ".");
}

Traffic::~Traffic() { ::close(fd_); }

void Traffic::record(const Request& request, const Response& response, bool fault) {
  if (request.path.rfind("/v3/", 0) != 0) return;  // the spec describes v3 only
  const auto line = line_of(request, response, fault);
  std::lock_guard lock(mutex_);
  if (!written_.insert(std::hash<std::string>{}(line)).second) return;
  // One write per line: appends from several processes do not interleave within it.
  std::size_t done = 0;
  while (done < line.size()) {
    const auto wrote = ::write(fd_, line.data() + done, line.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return;  // a full disk loses traffic lines, never the emulator's answers
    done += static_cast<std::size_t>(wrote);
  }
}

}  // namespace ctct::emulator
