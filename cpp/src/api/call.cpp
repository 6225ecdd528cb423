#include "api/call.hpp"

namespace ctct::detail {

Call::Call(std::string method, std::string path, std::string subject)
    : method_(std::move(method)), path_(std::move(path)), subject_(std::move(subject)) {}

Call& Call::id(std::string_view field, const std::string& value) {
  const validation::Path path{nullptr, field};
  refuse_if(validation::check_string(value, {.format = meta::Format::uuid}, path));
  // Encoded even when checked: the path must never change shape whatever the id holds.
  path_ += '/';
  path_ += encode_component(value);
  return *this;
}

Call& Call::query(std::string name, std::string value) {
  query_.emplace_back(std::move(name), std::move(value));
  return *this;
}

Call& Call::query_list(std::string name, const std::vector<std::string>& values, meta::Limits limits) {
  if (values.empty()) return *this;
  const validation::Path path{nullptr, name};
  if (limits.max_items && values.size() > limits.max_items)
    return refuse_if(validation::too_many(values.size(), limits, path));
  std::string joined;
  for (std::size_t i = 0; i < values.size(); ++i) {
    refuse_if(validation::check_string(values[i], limits, validation::Path{&path, {}, i}));
    if (i) joined += ',';
    joined += values[i];
  }
  return query(std::move(name), std::move(joined));
}

Call& Call::refuse_if(std::optional<std::string> reason) {
  if (!refusal_) refusal_ = std::move(reason);
  return *this;
}

Call& Call::at(std::string url) {
  url_ = std::move(url);
  return *this;
}

Call& Call::resend(Resend resend) {
  resend_ = std::move(resend);
  return *this;
}

Parser<Empty> no_body() {
  return [](const http::Response&, std::string&) -> std::optional<Empty> { return Empty{}; };
}

}  // namespace ctct::detail
