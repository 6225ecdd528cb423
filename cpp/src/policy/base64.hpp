// Base64 (RFC 4648): standard with padding for HTTP Basic, URL-safe without padding for
// PKCE challenges and JWT segments.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ctct::policy {

std::string base64(std::string_view bytes);
std::string base64url(std::string_view bytes);
// Decodes URL-safe base64 with or without padding; nullopt on any other character.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace ctct::policy
