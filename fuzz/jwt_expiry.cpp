// The `exp` claim of an access token: any text, read as header.payload.signature.
#include <cstddef>
#include <cstdint>
#include <string>

#include "auth/token_manager.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ctct::auth::jwt_expiry(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
