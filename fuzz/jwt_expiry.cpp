// The claims ctct reads from an access token (`exp`, and `cid` or `client_id` for the API key's
// shared limiter): any text, read as header.payload.signature.
#include <cstddef>
#include <cstdint>
#include <string>

#include "auth/jwt.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string token(reinterpret_cast<const char*>(data), size);
  ctct::auth::jwt_expiry(token);
  ctct::auth::jwt_client_id(token);
  return 0;
}
