#include "api/core.hpp"

#include <algorithm>
#include <atomic>

#include "api/id_translator.hpp"
#include "http/url_policy.hpp"
#include "policy/key_limiters.hpp"
#include "redis/shared_limiter.hpp"

namespace ctct::detail {
namespace {

// "https://api.cc.email/v3" -> "https://api.cc.email".
std::string origin_of(const std::string& url) {
  auto scheme = url.find("://");
  auto path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return path == std::string::npos ? url : url.substr(0, path);
}

}  // namespace

struct Core::Impl {
  explicit Impl(CoreOptions options)
      : options(std::move(options)), origin(origin_of(this->options.base_url)),
        engine(this->options.http, this->options.engine), pipeline(std::move(this->options.policies), engine) {}
  CoreOptions options;
  std::string origin;
  http::Engine engine;
  policy::Pipeline pipeline;
  IdTranslator ids;
  std::atomic<bool> closed{false};
};

Core::Core(CoreOptions options) {
  // Paths start with a slash: "https://host/v3/" + "/contacts" would not be the same URL.
  auto& base = options.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (base.empty()) throw UsageError(options.base_url_option + " is required");
  http::require_secure_url(options.base_url, options.http.allow_insecure_http, options.base_url_option);
  auto& secrets = options.policies.secrets;
  for (const auto& [name, value] : options.headers)
    if (name == "Authorization") secrets.add_authorization(value);
  for (const auto& param : options.query) secrets.add(param.second);  // the v2 api_key
  secrets.add_url_password(options.base_url);
  impl_ = std::make_unique<Impl>(std::move(options));
}

// Closed before the pipeline goes: completions of the requests in flight still reach it.
Core::~Core() { close(); }

http::Engine& Core::engine() { return impl_->engine; }

policy::Pipeline& Core::pipeline() { return impl_->pipeline; }

IdTranslator& Core::ids() { return impl_->ids; }

std::string Core::url(std::string_view path, const Params& query) const {
  std::string out = impl_->options.base_url;
  out += path;
  char separator = '?';
  for (const Params* params : std::initializer_list<const Params*>{&query, &impl_->options.query}) {
    for (const auto& [name, value] : *params) {
      out += separator;
      out += encode_component(name);
      out += '=';
      out += encode_component(value);
      separator = '&';
    }
  }
  return out;
}

std::string Core::resolve(std::string_view href) const {
  if (auto scheme = href.find("://"); scheme != std::string_view::npos) {
    auto path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view("/") : href.substr(path);
  }
  std::string out = impl_->origin;
  if (href.empty() || href.front() != '/') out += '/';
  out += href;
  return out;
}

void Core::check_open() const {
  if (closed()) throw UsageError("the client is closed");
}

void Core::prepare(http::Request& request) const {
  check_open();
  // Content-Type and Accept default to JSON where the request is sent (http/transfer.cpp).
  for (const auto& header : impl_->options.headers) request.headers.push_back(header);
}

long Core::timeout_ms() const { return impl_->options.http.timeout_ms; }

void Core::close() {
  impl_->closed = true;
  impl_->pipeline.close();
  impl_->engine.close();
}

bool Core::closed() const { return impl_->closed; }

policy::PipelineOptions policies(const RetryOptions& retry, const RateLimit& limit, RateLimiterOption given,
    std::string_view api_key) {
  policy::PipelineOptions options;
  options.retry = retry;
  if (!given.redis_url.empty()) {
    options.shared_limiter = redis::shared_limiter(given.redis_url, api_key, limit);
    return options;
  }
  options.limiter = given.limiter      ? std::move(given.limiter)
                    : !api_key.empty() ? policy::key_limiter(api_key, limit)
                                       : std::make_shared<RateLimiter>(limit);
  return options;
}

void require_header_safe(std::string_view value, std::string_view option) {
  if (value.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos)
    throw UsageError(std::string(option) + " contains a line break or NUL");
}

std::string encode_component(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  const auto unreserved = [](unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '.' ||
           c == '_' || c == '~';
  };
  // Ids, names and most values need no encoding: one scan and one copy, not a character at a time.
  if (std::all_of(text.begin(), text.end(), unreserved)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace ctct::detail
