// Error answers: both body shapes (an array of {error_key, error_message} or one such object)
// and anything else, under each status the client classifies. The first byte picks the status.
#include <array>
#include <cstddef>
#include <cstdint>

#include "api/classify.hpp"
#include "json/json_write.hpp"
#include "models.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static constexpr std::array statuses = {400, 401, 403, 404, 405, 409, 415, 422, 429, 500, 502, 503, 418, 302};
  if (size == 0) return 0;
  ctct::http::Response response;
  response.status = statuses[data[0] % statuses.size()];
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  auto outcome = ctct::detail::classify(response, "the contact", 1000);
  // Every error answer is a failure or an error with one readable sentence and its status.
  if (outcome.outcome == ctct::Kind::success || outcome.status != response.status) ctct::fuzz::broken();
  if (!outcome.reason || outcome.reason->empty() || !ctct::json::valid_utf8(*outcome.reason)) ctct::fuzz::broken();
  if (outcome.error_key && outcome.error_key->empty()) ctct::fuzz::broken();
  return 0;
}
