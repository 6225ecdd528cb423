#include "emulator/state/listing.hpp"

#include <charconv>
#include <vector>

#include "ctct/models.hpp"
#include "json/json_read.hpp"
#include "json/json_write.hpp"

namespace ctct::emulator {

namespace {

struct CursorParam {
  std::optional<std::string> name, value;
  static constexpr auto fields() {
    return std::make_tuple(field("n", &CursorParam::name), field("v", &CursorParam::value));
  }
};

struct Cursor {
  std::optional<long> after, limit;
  std::vector<CursorParam> params;
  static constexpr auto fields() {
    return std::make_tuple(field("a", &Cursor::after), field("l", &Cursor::limit), field("p", &Cursor::params));
  }
};

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// base64url without padding: safe in a query string as it is.
std::string encode(const std::string& bytes) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (unsigned char byte : bytes) {
    bits = (bits << 8) | byte;
    count += 8;
    while (count >= 6) out += alphabet[(bits >> (count -= 6)) & 63];
  }
  if (count > 0) out += alphabet[(bits << (6 - count)) & 63];
  return out;
}

std::optional<std::string> decode(const std::string& text) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    const auto* at = std::char_traits<char>::find(alphabet, 64, c);
    if (!at) return std::nullopt;
    bits = (bits << 6) | static_cast<unsigned>(at - alphabet);
    count += 6;
    if (count >= 8) out += static_cast<char>((bits >> (count -= 8)) & 255);
  }
  return out;
}

std::optional<long> parse_limit(const std::string& text, long max_limit) {
  long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > max_limit) return std::nullopt;
  return value;
}

}  // namespace

std::string Listing::param(const std::string& name) const {
  auto found = params.find(name);
  return found == params.end() ? std::string() : found->second;
}

std::optional<Listing> read_listing(const Request& request, std::initializer_list<const char*> names, long max_limit,
    Response& refusal) {
  Listing listing;
  if (request.has_param("cursor")) {
    auto text = decode(request.param("cursor"));
    auto cursor = text ? json::read<Cursor>(*text) : json::ReadResult<Cursor>{};
    if (!cursor || !cursor.value->after) {
      refusal = error_array(400, "query.param.invalid", "The cursor is not valid; start the listing again.");
      return std::nullopt;
    }
    listing.after = *cursor.value->after;
    listing.limit = cursor.value->limit.value_or(50);
    for (const auto& param : cursor.value->params)
      if (param.name && param.value) listing.params[*param.name] = *param.value;
  } else {
    for (const char* name : names)
      if (request.has_param(name)) listing.params[name] = request.param(name);
  }
  if (request.has_param("limit")) {
    auto limit = parse_limit(request.param("limit"), max_limit);
    if (!limit) {
      refusal = error_array(400, "query.param.invalid",
          "limit must be a whole number from 1 to " + std::to_string(max_limit) + ".");
      return std::nullopt;
    }
    listing.limit = *limit;
  }
  return listing;
}

std::string next_href(const std::string& path, const Listing& listing, long last) {
  Cursor cursor{last, listing.limit, {}};
  for (const auto& [name, value] : listing.params) cursor.params.push_back({name, value});
  return path + "?cursor=" + encode(json::write_repaired(cursor));
}

}  // namespace ctct::emulator
