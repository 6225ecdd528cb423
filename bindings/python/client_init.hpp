// The constructor every client shares: its own keyword arguments, then the HttpOptions and the
// request policies.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "ctct/engine.hpp"
#include "ctct/log.hpp"
#include "ctct/options.hpp"
#include "ctct/policy.hpp"
#include "ctct/url.hpp"
#include "log.hpp"
#include "ops.hpp"

namespace ctct::python {

// The request policies every client takes; a keyword left at None keeps the core's default.
struct Policies {
  RetryOptions retry;
  RateLimit rate_limit;
  RateLimiterOption rate_limiter;  // a RateLimiter or a Redis URL; none: the API key's, with rate_limit
  LogOptions log;
  std::shared_ptr<Engine> engine;  // null: the process-wide one
};

// Defines __init__(*, args..., connect_timeout_ms, timeout_ms, ca_bundle, max_response_bytes,
// allow_insecure_http, max_connections) building the handle with make(http_options, args...).
template <class Cls, class Make, class... Args, class... Extra>
[[gnu::cold]] void def_http_init(Cls& cls, Make make, type_list<Args...>, const Extra&... extra) {
  const HttpOptions defaults;
  cls.def(py::init([make](Args... args, long connect_timeout_ms, long timeout_ms, std::string ca_bundle,
                       std::size_t max_response_bytes, bool allow_insecure_http, std::size_t max_connections) {
    HttpOptions http{connect_timeout_ms, timeout_ms, std::move(ca_bundle), max_response_bytes, allow_insecure_http,
        max_connections};
    return make(std::move(http), std::move(args)...);
  }),
      py::kw_only(), extra..., py::arg("connect_timeout_ms") = defaults.connect_timeout_ms,
      py::arg("timeout_ms") = defaults.timeout_ms, py::arg("ca_bundle") = defaults.ca_bundle,
      py::arg("max_response_bytes") = defaults.max_response_bytes,
      py::arg("allow_insecure_http") = defaults.allow_insecure_http,
      py::arg("max_connections") = defaults.max_connections);
}

// rate_limiter=: a RateLimiter, or a Redis URL as str (not bytes, which pybind11 would take as text).
inline RateLimiterOption redis_or_own(const std::variant<std::shared_ptr<RateLimiter>, py::str>& given) {
  if (const auto* own = std::get_if<std::shared_ptr<RateLimiter>>(&given)) return *own;
  return std::get<py::str>(given).cast<std::string>();
}

// def_http_init with the request policies too (retry, rate_limit, rate_limiter, log, log_level)
// and the engine,
// building the handle with make(http_options, policies, args...).
template <class Cls, class Make, class... Args, class... Extra>
[[gnu::cold]] void def_client_init(Cls& cls, Make make, type_list<Args...>, const Extra&... extra) {
  def_http_init(
      cls,
      [make](HttpOptions http, Args... args, std::optional<RetryOptions> retry, std::optional<RateLimit> rate_limit,
          std::optional<std::variant<std::shared_ptr<RateLimiter>, py::str>> rate_limiter, py::object log,
          std::string log_level, std::optional<std::shared_ptr<Engine>> engine) {
        Policies policies{retry.value_or(RetryOptions{}), rate_limit.value_or(RateLimit{}),
            rate_limiter ? redis_or_own(*rate_limiter) : RateLimiterOption{}, log_options(log, log_level),
            engine.value_or(nullptr)};
        return make(std::move(http), std::move(policies), std::move(args)...);
      },
      type_list<Args..., std::optional<RetryOptions>, std::optional<RateLimit>,
          std::optional<std::variant<std::shared_ptr<RateLimiter>, py::str>>, py::object, std::string,
          std::optional<std::shared_ptr<Engine>>>{},
      extra..., py::arg("retry") = py::none(), py::arg("rate_limit") = py::none(), py::arg("rate_limiter") = py::none(),
      py::arg("log") = py::none(), py::arg("log_level") = to_string(LogOptions{}.level),
      py::arg("engine") = py::none());
}

// An already settled future of the running loop.
inline py::object settled(py::object value) {
  py::object future = py::module_::import("asyncio").attr("get_running_loop")().attr("create_future")();
  future.attr("set_result")(std::move(value));
  return future;
}

// close(), `with` (or `async with`), the URL the client talks to (`url_name`: base_url, or
// token_url for OAuthClient) and repr, the same on every client.
template <class Cls>
[[gnu::cold]] void def_client_common(Cls& cls, const std::string& class_name, const char* url_name = "base_url") {
  using H = typename Cls::type;
  auto close = [](const H& self) {
    py::gil_scoped_release release;
    self.api().close();
  };
  cls.def("close", close, "Completes every call in flight with an error outcome; later calls raise UsageError.");
  if constexpr (std::is_same_v<typename H::mode, Sync>) {
    cls.def(
        "__enter__", [](H& self) -> H& { return self; }, py::return_value_policy::reference);
    cls.def("__exit__", [close](const H& self, py::args) { close(self); });
  } else {
    cls.def("__aenter__", [](py::object self) { return Awaitable<H>(settled(self)); });
    cls.def("__aexit__", [close](const H& self, py::args) {
      close(self);
      return Awaitable<py::none>(settled(py::none()));
    });
  }
  // Shown without any password the URL holds.
  cls.def_property_readonly(url_name, [](const H& self) { return url_for_display(self.url); });
  cls.def("__repr__", [class_name, url_name = std::string(url_name)](const H& self) {
    return class_name + "(" + url_name + "=" +
           py::repr(py::str(url_for_display(self.url))).template cast<std::string>() + ")";
  });
}

}  // namespace ctct::python
