#include "emulator/server/exchange.hpp"

#include <cctype>
#include <vector>

#include "emulator/wire.hpp"

namespace ctct::emulator {

std::string Request::param(const std::string& name) const {
  auto found = query.find(name);
  return found == query.end() ? std::string() : found->second;
}

bool Request::is_json() const {
  std::string type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type == "application/json";
}

Response error_array(int status, const std::string& key, const std::string& message) {
  return json_response(status, std::vector<ApiError>{{key, message}});
}

Response error_object(int status, const std::string& key, const std::string& message) {
  return json_response(status, ApiError{key, message});
}

Response not_found(const std::string& what) { return error_array(404, "not_found", what + " was not found."); }

Response unsupported_media_type() {
  return error_array(415, "unsupported_media_type", "Content-Type must be application/json.");
}

Response unreadable_body(const std::string& why) {
  return error_array(400, "json.request.invalid", "The request body is not valid: " + why + ".");
}

Response invalid_field(const std::string& reason) { return error_array(400, "json.field.invalid", reason); }

}  // namespace ctct::emulator
