// Routes "METHOD /path/{param}" patterns to handlers; path parameters come back in order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "emulator/server/exchange.hpp"

namespace ctct::emulator {

using Params = std::vector<std::string>;
using Handler = std::function<Response(const Request&, const Params&)>;

class Router {
 public:
  // `pattern` segments in braces match any one non-empty segment.
  void add(std::string method, std::string pattern, Handler handler);

  struct Match {
    const Handler* handler = nullptr;  // null when the path exists for other methods only
    std::string route;                 // "METHOD /pattern", for statistics
    Params params;
  };
  // The route for `method` and `path`, preferring literal segments over parameters
  // (/contacts/counts before /contacts/{id}); nullopt when no pattern fits the path.
  std::optional<Match> match(const std::string& method, const std::string& path) const;

 private:
  struct Route {
    std::string method, pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  std::vector<Route> routes_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace ctct::emulator
