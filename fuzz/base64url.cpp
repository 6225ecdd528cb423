// Base64url: decoding any text, and encoding then decoding any bytes gives them back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "auth/crypto.hpp"
#include "models.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto decoded = ctct::auth::base64url_decode(input)) {
    if (ctct::auth::base64url_decode(ctct::auth::base64url(*decoded)) != decoded) ctct::fuzz::broken();
  }
  if (ctct::auth::base64url_decode(ctct::auth::base64url(input)) != input) ctct::fuzz::broken();
  // Standard base64 with padding is always whole groups of four.
  if (ctct::auth::base64(input).size() != (size + 2) / 3 * 4) ctct::fuzz::broken();
  return 0;
}
