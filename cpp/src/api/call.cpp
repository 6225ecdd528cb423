#include "api/call.hpp"

namespace ctct::detail {

Call::Call(std::string method, std::string path, std::string subject)
    : method_(std::move(method)), path_(std::move(path)), subject_(std::move(subject)) {}

Call& Call::id(std::string_view field, const std::string& value, meta::IdOf kind) {
  const validation::Path path{nullptr, field};
  refuse_if(validation::check_string(value, {.format = meta::Format::uuid, .id_of = kind}, path));
  // Encoded even when checked: the path must never change shape whatever the id holds.
  path_ += '/';
  if (kind != meta::IdOf::none && is_sequence_id(value)) {
    v2_.add(kind, value);
    path_v2_.push_back({path_.size(), value, kind});
  }
  ids_.emplace_back(field, encode_component(value));
  path_ += ids_.back().second;
  return *this;
}

Call& Call::number(std::string_view field, long value) {
  refuse_if(validation::check_integer(value, {.min_value = 1, .max_value = 2'147'483'647}, {nullptr, field}));
  ids_.emplace_back(field, std::to_string(value));
  path_ += '/' + ids_.back().second;
  return *this;
}

Call& Call::then(std::string_view name) {
  (path_ += '/') += name;
  return *this;
}

Call& Call::query(std::string name, std::string value) {
  if (!json::valid_utf8(value)) refuse_if(not_unicode(name));
  query_.emplace_back(std::move(name), std::move(value));
  return *this;
}

Call& Call::limit(std::optional<int> limit, std::size_t most) {
  if (!limit) return *this;
  refuse_if(validation::check_integer(*limit, {.min_value = 1, .max_value = static_cast<long>(most)},
      {nullptr, "limit"}));
  return query("limit", std::to_string(*limit));
}

Call& Call::query_list(std::string name, const std::vector<std::string>& values, meta::Limits limits) {
  if (values.empty()) return *this;
  const validation::Path path{nullptr, name};
  if (limits.max_items && values.size() > limits.max_items)
    return refuse_if(validation::too_many(values.size(), limits, path));
  std::string joined;
  bool v2 = false;
  for (std::size_t i = 0; i < values.size(); ++i) {
    refuse_if(validation::check_string(values[i], limits, validation::Path{&path, {}, i}));
    if (i) joined += ',';
    joined += values[i];
    if (limits.id_of != meta::IdOf::none && is_sequence_id(values[i])) {
      v2_.add(limits.id_of, values[i]);
      v2 = true;
    }
  }
  if (v2) query_v2_.push_back({query_.size(), values, limits.id_of});
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

std::string Call::target(const Core& core) const { return url_ ? *url_ : core.url(path_, query_); }

void Call::apply(const Translation& translation) {
  // From the last to the first, so that the offsets of the earlier ones still hold.
  for (auto at = path_v2_.rbegin(); at != path_v2_.rend(); ++at)
    path_.replace(at->offset, at->id.size(), translation.v3(at->kind, at->id));
  for (const auto& ids : query_v2_) {
    std::string joined;
    for (std::size_t i = 0; i < ids.values.size(); ++i)
      joined += (i ? "," : "") + translation.v3(ids.kind, ids.values[i]);
    query_[ids.index].second = std::move(joined);
  }
  if (rewrite_body_) body_ = rewrite_body_(translation);
}

std::optional<std::string> Call::too_long(const std::string& url) const {
  const auto authority = url.find("://");
  const auto path = url.find('/', authority == std::string::npos ? 0 : authority + 3);
  const std::size_t target = path == std::string::npos ? 0 : url.size() - path;
  if (target <= max_target_bytes) return std::nullopt;
  // A URL given whole (at()) has no parts to name; without ids or query, the base URL is long.
  std::string_view field = url_ ? "the next-page link" : "base_url";
  std::size_t most = 0;
  for (const auto& [name, value] : ids_)
    if (value.size() > most) most = value.size(), field = name;
  for (const auto& [name, value] : query_)
    if (const auto size = encode_component(value).size(); size > most) most = size, field = name;
  return std::string(field) + " is too long: it makes the request URL " + std::to_string(target) +
         " bytes long, and servers take at most " + std::to_string(max_target_bytes) + ".";
}

Parser<Empty> no_body() {
  return [](const http::Response&, std::string&) -> std::optional<Empty> { return Empty{}; };
}

}  // namespace ctct::detail
