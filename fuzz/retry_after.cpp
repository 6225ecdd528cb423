// The Retry-After header: delay-seconds or an HTTP-date, measured from a fixed "now" so that a
// crash reproduces.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "models.hpp"
#include "policy/retry_after.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::chrono::system_clock::time_point now{std::chrono::seconds(1'700'000'000)};
  auto wait = ctct::policy::parse_retry_after(std::string_view(reinterpret_cast<const char*>(data), size), now);
  if (wait && wait->count() < 0) ctct::fuzz::broken();
  return 0;
}
