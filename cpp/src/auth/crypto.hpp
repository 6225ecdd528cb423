// SHA-256, SHA-1 and base64 (RFC 4648) from OpenSSL's libcrypto, which libcurl links already:
// standard base64 with padding for HTTP Basic, URL-safe without padding for PKCE challenges
// and JWT segments.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ctct::auth {

// The 32-byte digest of `bytes`.
std::string sha256(std::string_view bytes);
// The 20-byte digest: Redis names cached scripts by it (redis/connection.hpp), nothing secret.
std::string sha1(std::string_view bytes);
// Lower-case hexadecimal.
std::string hex(std::string_view bytes);

std::string base64(std::string_view bytes);
std::string base64url(std::string_view bytes);
// Decodes URL-safe base64 with or without padding; nullopt on any other character or on a
// length no encoding has.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace ctct::auth
