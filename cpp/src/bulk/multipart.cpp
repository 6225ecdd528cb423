#include "bulk/multipart.hpp"

#include <random>

namespace ctct::bulk {
namespace {

std::string random_boundary() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char hex[] = "0123456789abcdef";
  std::string boundary = "ctct-";
  for (int i = 0; i < 32; ++i) boundary += hex[generator() % 16];
  return boundary;
}

bool appears_in(const std::vector<FormPart>& parts, const std::string& boundary) {
  for (const auto& part : parts)
    if (part.content.find(boundary) != std::string::npos) return true;
  return false;
}

}  // namespace

Body multipart(const std::vector<FormPart>& parts) {
  std::string boundary;
  do boundary = random_boundary();
  while (appears_in(parts, boundary));
  Body body;
  body.content_type = "multipart/form-data; boundary=" + boundary;
  for (const auto& part : parts) {
    body.text += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
    if (!part.file_name.empty()) body.text += "; filename=\"" + part.file_name + "\"";
    body.text += "\r\n";
    if (!part.content_type.empty()) body.text += "Content-Type: " + part.content_type + "\r\n";
    body.text += "\r\n" + part.content + "\r\n";
  }
  body.text += "--" + boundary + "--\r\n";
  return body;
}

}  // namespace ctct::bulk
