// Normalisation of volatile values, with the same regular expressions as the Python and Node runners.
#include <regex>

#include "vectors.hpp"

namespace vectors {
namespace {

// Replaces each match of `pattern` that `known` does not contain by `placeholder`.
std::string replace_unknown(const std::string& text, const std::regex& pattern, const std::string& known,
    const char* placeholder) {
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
    out.append(last, (*it)[0].first);
    auto match = it->str();
    out += known.find(match) == std::string::npos ? placeholder : match;
    last = (*it)[0].second;
  }
  out.append(last, text.cend());
  return out;
}

}  // namespace

std::string normalise(const std::string& outcome, const std::string& vector_text) {
  static const std::regex port(R"(127\.0\.0\.1:[0-9]+)");
  static const std::regex uuid("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  static const std::regex time(
      R"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)");
  auto text = std::regex_replace(outcome, port, "127.0.0.1:<port>");
  text = replace_unknown(text, uuid, vector_text, "<uuid>");
  return replace_unknown(text, time, vector_text, "<time>");
}

}  // namespace vectors
