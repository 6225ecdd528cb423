#include "http/transfer.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <new>
#include <string_view>
#include <vector>

#include "http/transport_error.hpp"

namespace ctct::http {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

std::string_view trim(std::string_view text) {
  const auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

constexpr const char* no_memory = "out of memory while preparing the request";

// "host:port" of the URL, for error sentences: never its path, query or user info.
std::string host_port_of(const std::string& url) {
  std::string result = "the server";
  CURLU* parsed = curl_url();
  if (!parsed) return result;
  char* host = nullptr;
  char* port = nullptr;
  if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
    result = std::string(host) + ":" + port;
  }
  curl_free(host);
  curl_free(port);
  curl_url_cleanup(parsed);
  return result;
}

bool is_https(std::string_view url) { return url.size() >= 6 && iequals(url.substr(0, 6), "https:"); }

bool has_header(const Request& request, std::string_view name) {
  return std::any_of(request.headers.begin(), request.headers.end(),
      [&](const auto& header) { return iequals(header.first, name); });
}

// Collects setopt failures so that one check after the setup is enough.
class Options {
 public:
  explicit Options(CURL* easy) : easy_(easy) {}
  template <class T>
  void set(CURLoption option, T value) {
    if (first_error_ == CURLE_OK) first_error_ = curl_easy_setopt(easy_, option, value);
  }
  CURLcode result() const { return first_error_; }

 private:
  CURL* easy_;
  CURLcode first_error_ = CURLE_OK;
};

// Failures that depend on the setup or on the answer's size, not on luck: retrying repeats them.
bool is_permanent(CURLcode code) {
  switch (code) {
    case CURLE_FILESIZE_EXCEEDED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL: return true;
    default: return false;
  }
}

}  // namespace

TransferSettings resolve_settings(HttpOptions options) {
  TransferSettings settings{std::move(options), {}};
  settings.ca = find_ca(settings.options.ca_bundle);
  return settings;
}

Transfer::Transfer(Request request, Completion completion)
    : done(std::move(completion)), request_(std::move(request)) {}

void Transfer::set_header_lines() {
  std::size_t lines = 0, user_agent_at = 0;
  const auto add = [&](std::string_view name, std::string_view separator, std::string_view value) {
    if (iequals(name, "User-Agent")) user_agent_at = header_text_.size();
    header_text_.append(name).append(separator).append(value).push_back('\0');
    ++lines;
  };
  // Room for every line up front, the four defaults included: one allocation.
  std::size_t room = 64 + 13 + user_agent().size();
  for (const auto& [name, value] : request_.headers) room += name.size() + value.size() + 3;
  header_text_.reserve(room);
  for (const auto& [name, value] : request_.headers) {
    // "Name;" is libcurl's way to send a header with an empty value ("Name:" would remove it).
    add(name, value.empty() ? ";" : ": ", value);
  }
  // A header line, not CURLOPT_USERAGENT: libcurl formats that option's line anew for every
  // transfer, a byte at a time, and again into the request.
  if (!has_header(request_, "User-Agent")) add("User-Agent", ": ", user_agent());
  if (!has_header(request_, "Accept")) add("Accept", ": ", "application/json");
  if (!request_.body.empty() && !has_header(request_, "Content-Type")) add("Content-Type", ": ", "application/json");
  add("Expect", ":", "");  // no 100-continue round trip before bodies
  // libcurl only reads the list, so its nodes can point into one buffer: two allocations in
  // all, not two per line. Lines hold no NUL (attach refuses them), so each ends at its own.
  header_nodes_.resize(lines);
  char* line = header_text_.data();
  for (std::size_t i = 0; i < lines; ++i) {
    header_nodes_[i].data = line;
    header_nodes_[i].next = i + 1 < lines ? &header_nodes_[i + 1] : nullptr;
    line += std::strlen(line) + 1;
  }
  proxy_header_.data = header_text_.data() + user_agent_at;
}

CURL* make_handle(const TransferSettings& settings, std::string& why) {
  CURL* easy = curl_easy_init();
  if (!easy) {
    why = no_memory;
    return nullptr;
  }
  const HttpOptions& options = settings.options;
  Options set(easy);
  set.set(CURLOPT_PROTOCOLS_STR, "http,https");
  set.set(CURLOPT_NOSIGNAL, 1L);
  set.set(CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  set.set(CURLOPT_TIMEOUT_MS, options.timeout_ms);
  set.set(CURLOPT_FOLLOWLOCATION, 0L);
  set.set(CURLOPT_TCP_KEEPALIVE, 1L);
  set.set(CURLOPT_SSL_VERIFYPEER, 1L);
  set.set(CURLOPT_SSL_VERIFYHOST, 2L);
  set.set(CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
  if (!settings.ca.file.empty()) set.set(CURLOPT_CAINFO, settings.ca.file.c_str());
  if (!settings.ca.directory.empty()) set.set(CURLOPT_CAPATH, settings.ca.directory.c_str());
  set.set(CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_response_bytes));
  set.set(CURLOPT_WRITEFUNCTION, &Transfer::on_body);
  set.set(CURLOPT_HEADERFUNCTION, &Transfer::on_header);
  set.set(CURLOPT_READFUNCTION, &Transfer::on_read);
  if (set.result() == CURLE_OK) return easy;
  why = std::string("the request could not be prepared: ") + curl_easy_strerror(set.result());
  curl_easy_cleanup(easy);
  return nullptr;
}

void clear_request(CURL* easy) {
  // POSTFIELDS first: setting it, even to null, makes the method POST, which HTTPGET then undoes.
  curl_easy_setopt(easy, CURLOPT_POSTFIELDS, nullptr);
  curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(-1));
  curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, nullptr);
  curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, nullptr);
  curl_easy_setopt(easy, CURLOPT_PROXYHEADER, nullptr);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, nullptr);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, nullptr);
  curl_easy_setopt(easy, CURLOPT_READDATA, nullptr);
}

std::string Transfer::attach(CURL* easy, const TransferSettings& settings) {
  easy_ = easy;
  settings_ = &settings;

  // With no CA, refused before connecting: the libcurl ctct ships has no default to fall back on.
  const bool https = is_https(request_.url);
  if (settings.ca.empty() && https) return no_ca_error;

  const bool sends_body = !request_.body.empty() || request_.method == "POST" || request_.method == "PUT" ||
                          request_.method == "PATCH";
  for (const auto& [name, value] : request_.headers) {
    // A line break would let a value smuggle in another header or a second request; a NUL
    // would cut the line short. One memchr a character: find_first_of looks up each byte of a
    // value in the set, 28k instructions a call for a bearer token of 1 KB.
    const auto has = [](std::string_view text, char c) { return text.find(c) != std::string_view::npos; };
    const auto breaks_line = [&](std::string_view text) {
      return has(text, '\r') || has(text, '\n') || has(text, '\0');
    };
    if (breaks_line(name) || has(name, ':') || breaks_line(value))
      return "the request header '" + name + "' contains a line break, NUL or colon";
  }
  try {
    set_header_lines();
  } catch (const std::bad_alloc&) {
    return no_memory;
  }

  // The engine's shared options are already set (make_handle); these are this request's.
  Options set(easy);
  set.set(CURLOPT_URL, request_.url.c_str());
  set.set(CURLOPT_HTTPHEADER, header_nodes_.data());
  // A proxy (from the proxy environment variables, which libcurl follows) is asked to CONNECT
  // with only the proxy's own header list, so the User-Agent line goes there too. A plain-http
  // URL goes through the proxy as a request carrying both lists, which would double it.
  set.set(CURLOPT_PROXYHEADER, https ? &proxy_header_ : nullptr);
  set.set(CURLOPT_WRITEDATA, this);
  set.set(CURLOPT_HEADERDATA, this);
  if (sends_body && !request_.replayable) {
    // A body given through a read callback with no seek callback cannot be rewound, so libcurl
    // ends with CURLE_SEND_FAIL_REWIND instead of silently sending it again on a new connection.
    set.set(CURLOPT_POST, 1L);
    set.set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request_.body.size()));
    set.set(CURLOPT_READDATA, this);
    if (request_.method != "POST") set.set(CURLOPT_CUSTOMREQUEST, request_.method.c_str());
  } else if (sends_body) {
    set.set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request_.body.size()));
    set.set(CURLOPT_POSTFIELDS, request_.body.c_str());
    if (request_.method != "POST") set.set(CURLOPT_CUSTOMREQUEST, request_.method.c_str());
  } else if (request_.method != "GET") {
    set.set(CURLOPT_CUSTOMREQUEST, request_.method.c_str());
  }
  if (set.result() != CURLE_OK)
    return std::string("the request could not be prepared: ") + curl_easy_strerror(set.result());
  return {};
}

size_t Transfer::on_body(char* data, size_t size, size_t count, void* self) {
  auto& transfer = *static_cast<Transfer*>(self);
  std::string& body = transfer.response_.body;
  const size_t bytes = size * count;
  const size_t cap = transfer.settings_->options.max_response_bytes;
  if (bytes > cap - std::min(cap, body.size())) {
    transfer.too_large_ = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  if (body.empty()) {
    // One allocation for the whole body and the JSON reader's padding: the body is never
    // copied again, neither by regrowth nor into a padded buffer.
    curl_off_t length = -1;
    curl_easy_getinfo(transfer.easy_, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    if (length > 0) body.reserve(std::min(static_cast<size_t>(length), cap) + body_padding);
  }
  body.append(data, bytes);
  return bytes;
}

size_t Transfer::on_read(char* buffer, size_t size, size_t count, void* self) {
  if (!self) return CURL_READFUNC_ABORT;  // a handle between requests reads nothing
  auto& transfer = *static_cast<Transfer*>(self);
  const std::string& body = transfer.request_.body;
  const size_t bytes = std::min(size * count, body.size() - transfer.body_sent_);
  body.copy(buffer, bytes, transfer.body_sent_);
  transfer.body_sent_ += bytes;
  return bytes;
}

size_t Transfer::on_header(char* data, size_t size, size_t count, void* self) {
  auto& transfer = *static_cast<Transfer*>(self);
  auto& headers = transfer.response_.headers;
  const size_t bytes = size * count;
  const std::string_view line(data, bytes);
  // A status line starts a new header block (after a 1xx answer): keep only the final one.
  if (line.starts_with("HTTP/")) {
    headers.clear();
    transfer.headers_ended_ = false;
    return bytes;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    if (trim(line).empty()) transfer.headers_ended_ = true;  // the blank line ending the block
    return bytes;
  }
  // Kept as received: the one header the core reads (retry-after) is found when asked, so the
  // usual answer costs one allocation here, not a string or two per header.
  if (headers.empty()) headers.reserve(512);
  headers.append(line);
  if (!line.ends_with('\n')) headers += '\n';
  return bytes;
}

std::optional<std::string_view> Response::header(std::string_view name) const {
  for (std::string_view rest = headers; !rest.empty();) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    const std::size_t colon = line.find(':');
    if (iequals(trim(line.substr(0, colon)), name)) return trim(line.substr(colon + 1));
  }
  return std::nullopt;
}

Response Transfer::finish(CURLcode result) {
  Response response = std::move(response_);
  if (result == CURLE_OK) {
    // A body without Content-Length grew by doubling: its capacity may lack the padding.
    if (response.body.capacity() < response.body.size() + body_padding)
      response.body.reserve(response.body.size() + body_padding);
    long status = 0;
    curl_easy_getinfo(easy_, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    return response;
  }
  FailureContext context;
  context.host_port = host_port_of(request_.url);  // only now: parsing the URL costs every call
  curl_easy_getinfo(easy_, CURLINFO_OS_ERRNO, &context.os_errno);
  curl_off_t connect_time = 0;
  curl_off_t pretransfer_time = 0;
  curl_easy_getinfo(easy_, CURLINFO_CONNECT_TIME_T, &connect_time);
  curl_easy_getinfo(easy_, CURLINFO_PRETRANSFER_TIME_T, &pretransfer_time);
  context.connected = connect_time > 0 || pretransfer_time > 0;
  // While connecting, whichever of the two limits is shorter is the one that fired.
  const HttpOptions& options = settings_->options;
  context.connect_timeout_ms = options.timeout_ms > 0 ? std::min(options.connect_timeout_ms, options.timeout_ms)
                                                      : options.connect_timeout_ms;
  context.timeout_ms = options.timeout_ms;
  context.max_response_bytes = options.max_response_bytes;
  context.response_too_large = too_large_;
  context.headers_ended = headers_ended_;
  // An interrupted answer is no answer: callers must not act on a partial body.
  Response failed;
  failed.transport_error = describe_failure(result, context);
  failed.timed_out = result == CURLE_OPERATION_TIMEDOUT;
  // A header too long for libcurl comes again on every try, as do the other permanent failures.
  failed.permanent = too_large_ || is_permanent(result) ||
                     (result == CURLE_OUT_OF_MEMORY && context.connected && !headers_ended_);
  return failed;
}

}  // namespace ctct::http
