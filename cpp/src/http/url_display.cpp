#include "ctct/url.hpp"

namespace ctct {

std::string url_for_display(std::string_view url) {
  // Without a scheme (a mistyped URL in a construction error) the text may still start with
  // user-info.
  const auto scheme_end = url.find("://");
  const auto authority = scheme_end == std::string_view::npos ? 0 : scheme_end + 3;
  const auto authority_end = url.find_first_of("/?#", authority);
  const auto at = url.substr(0, authority_end).rfind('@');
  if (at == std::string_view::npos || at < authority) return std::string(url);
  std::string out(url.substr(0, authority));
  out += url.substr(at + 1);
  return out;
}

}  // namespace ctct
