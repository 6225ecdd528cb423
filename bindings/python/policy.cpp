// ctct.RetryOptions, ctct.RateLimit and ctct.RateLimiter: the request policies every client
// takes, with the same names and defaults as in C++.
#include <memory>
#include <optional>
#include <string>

#include "bind.hpp"
#include "ctct/policy.hpp"

namespace ctct::python {

namespace {

std::string text(double value) { return py::repr(py::float_(value)).cast<std::string>(); }

std::string repr(const RetryOptions& retry) {
  return "RetryOptions(max_attempts=" + std::to_string(retry.max_attempts) +
         ", base_delay_ms=" + std::to_string(retry.base_delay_ms) +
         ", max_delay_ms=" + std::to_string(retry.max_delay_ms) + ")";
}

std::string repr(const RateLimit& limit) {
  return "RateLimit(per_second=" + text(limit.per_second) + ", burst=" + std::to_string(limit.burst) +
         ", per_day=" + std::to_string(limit.per_day) + ")";
}

}  // namespace

[[gnu::cold]] void bind_policies(py::module_& m) {
  const RetryOptions retry;
  Class<RetryOptions>(m, "RetryOptions",
      "Retries of requests that are safe to repeat (GET, PUT, DELETE, sign_up_form) after 429, 5xx, "
      "a failed connection or a timeout, with full-jitter exponential backoff; max_attempts 1 disables them.")
      .def(py::init([](int max_attempts, long base_delay_ms, long max_delay_ms) {
        return RetryOptions{max_attempts, base_delay_ms, max_delay_ms};
      }),
          py::kw_only(), py::arg("max_attempts") = retry.max_attempts, py::arg("base_delay_ms") = retry.base_delay_ms,
          py::arg("max_delay_ms") = retry.max_delay_ms)
      .def_readwrite("max_attempts", &RetryOptions::max_attempts, "Requests sent at most, the first included.")
      .def_readwrite("base_delay_ms", &RetryOptions::base_delay_ms)
      .def_readwrite("max_delay_ms", &RetryOptions::max_delay_ms)
      .def("__repr__", [](const RetryOptions& self) { return repr(self); });

  const RateLimit limit;
  Class<RateLimit>(m, "RateLimit",
      "A token bucket of `burst` requests refilled at `per_second`; per_second 0 turns the limit off. "
      "per_day: requests a UTC day for all clients of the key, then calls end unsent until 00:00 UTC; 0: no count.")
      .def(py::init([](double per_second, int burst, long per_day) {
        return RateLimit{per_second, burst, per_day};
      }),
          py::kw_only(), py::arg("per_second") = limit.per_second, py::arg("burst") = limit.burst,
          py::arg("per_day") = limit.per_day)
      .def_readwrite("per_second", &RateLimit::per_second)
      .def_readwrite("burst", &RateLimit::burst)
      .def_readwrite("per_day", &RateLimit::per_day)
      .def("__repr__", [](const RateLimit& self) { return repr(self); });

  Class<RateLimiter, std::shared_ptr<RateLimiter>>(m, "RateLimiter",
      "One token bucket and daily count. Clients of one API key share one by default; give the same "
      "limiter to several clients to choose the sharing yourself. Thread-safe.")
      .def(py::init([](const std::optional<RateLimit>& limit) {
        return std::make_shared<RateLimiter>(limit.value_or(RateLimit{}));
      }),
          py::arg("limit") = py::none())
      .def_property_readonly("limit", [](const RateLimiter& self) { return self.limit(); })
      .def("__repr__", [](const RateLimiter& self) { return "RateLimiter(" + repr(self.limit()) + ")"; });
}

}  // namespace ctct::python
