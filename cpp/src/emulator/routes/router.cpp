#include "emulator/routes/router.hpp"

#include <utility>

namespace ctct::emulator {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

void Router::add(std::string method, std::string pattern, Handler handler) {
  auto segments = split_path(pattern);
  routes_.push_back({std::move(method), std::move(pattern), std::move(segments), std::move(handler)});
}

std::optional<Router::Match> Router::match(const std::string& method, const std::string& path) const {
  const auto segments = split_path(path);
  std::optional<Match> best;
  int best_literals = -1;
  bool best_method = false;
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    Params params;
    int literals = 0;
    bool fits = true;
    for (std::size_t i = 0; fits && i < segments.size(); ++i) {
      const auto& want = route.segments[i];
      if (want.front() == '{') params.push_back(segments[i]);
      else if (want == segments[i]) ++literals;
      else fits = false;
    }
    if (!fits) continue;
    const bool same_method = route.method == method;
    // A route of the right method wins; among those, the most literal one.
    if (best && (best_method > same_method || (best_method == same_method && literals <= best_literals))) continue;
    best = Match{same_method ? &route.handler : nullptr, route.method + " " + route.pattern, std::move(params)};
    best_literals = literals;
    best_method = same_method;
  }
  return best;
}

}  // namespace ctct::emulator
