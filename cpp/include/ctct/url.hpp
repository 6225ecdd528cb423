// URLs as ctct shows them: a password given in a base URL never reaches a repr, a property, a
// reason or a log line.
#pragma once

#include <string>
#include <string_view>

namespace ctct {

// `url` without its user-info ("user:password@"), for display; any other URL comes back as is.
std::string url_for_display(std::string_view url);

}  // namespace ctct
