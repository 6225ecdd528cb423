// SHA-256 (FIPS 180-4), for the PKCE S256 code challenge; kept here to need no crypto library.
#pragma once

#include <string>
#include <string_view>

namespace ctct::policy {

// The 32-byte digest of `bytes`.
std::string sha256(std::string_view bytes);

}  // namespace ctct::policy
