// The JSON writer's UTF-8 checks (defined in cpp/src/json/json_write.cpp), for a binding that
// hands text to its language without JSON and must repair it as to_json does.
#pragma once

#include <string>
#include <string_view>

namespace ctct::json {

// True when `text` is well-formed UTF-8.
bool valid_utf8(std::string_view text);

// `text` with each ill-formed sequence replaced by U+FFFD (maximal subparts).
std::string repair_utf8(std::string_view text);

}  // namespace ctct::json
