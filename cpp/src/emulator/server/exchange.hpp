// One request to the emulator and its answer, independent of the HTTP server, so the same
// handlers serve HTTP and in-process control calls.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "json/json_write.hpp"

namespace ctct::emulator {

struct Request {
  std::string method;
  std::string path;                               // without the query
  std::multimap<std::string, std::string> query;  // decoded
  std::string authorization, content_type;
  std::string body;
  std::string connection;  // "address:port" of the client; empty for in-process calls
  // multipart/form-data parts (the body is then empty): name -> {content, file name}.
  struct Part {
    std::string content, file_name;
  };
  std::multimap<std::string, Part> form;
  std::vector<std::pair<std::string, std::string>> headers;  // as sent, for the traffic record

  // The first value of query parameter `name`, or "" when absent.
  std::string param(const std::string& name) const;
  bool has_param(const std::string& name) const { return query.count(name) > 0; }
  bool is_json() const;  // Content-Type is application/json (parameters such as charset allowed)
};

// How the answer leaves the server: normally, or broken on purpose by a fault.
enum class Delivery {
  normal,
  drop,      // close the connection without answering
  truncate,  // declare a Content-Length longer than the body, send the body, close
  reset,     // declare the body's length, send its first half, reset the connection (TCP RST)
  drip,      // send the body one byte every `interval_ms`
};

struct Response {
  Response(int status = 200, std::string body = {}, std::string content_type = "application/json",
      Delivery delivery = Delivery::normal)
      : status(status), body(std::move(body)), content_type(std::move(content_type)), delivery(delivery) {}

  int status;
  std::string body;
  std::string content_type;  // empty for answers without a body
  Delivery delivery;
  long interval_ms = 0;  // Delivery::drip: the wait after each byte
  std::vector<std::pair<std::string, std::string>> headers;
};

// A JSON answer from a described value.
template <class T>
Response json_response(int status, const T& value) {
  // Stored text came through the JSON reader, which accepts only valid UTF-8: nothing to repair.
  return Response{status, json::write_repaired(value)};
}

// The error shapes of Constant Contact: an array of {error_key, error_message} (most answers)
// or a single such object (401).
Response error_array(int status, const std::string& key, const std::string& message);
Response error_object(int status, const std::string& key, const std::string& message);

// 404 for a resource that does not exist (or an id that is not one).
Response not_found(const std::string& what);
// 415 when the body is not declared as JSON.
Response unsupported_media_type();
// 400 for a body the JSON reader refused, naming the field.
Response unreadable_body(const std::string& why);
// 400 for a field that breaks its description or a rule.
Response invalid_field(const std::string& reason);

}  // namespace ctct::emulator
