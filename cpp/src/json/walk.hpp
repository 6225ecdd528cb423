// What the code walking described structs (JSON reading and writing, validation) shares.
#pragma once

#include <string>
#include <string_view>

#include "ctct/describe.hpp"

namespace ctct::meta {

// Prefixes the path of a failing value with the segment that led to it ("address", "[2]"),
// as the failure unwinds: paths cost nothing unless something fails.
inline void prefix_path(std::string& path, std::string_view segment) {
  if (!path.empty() && path.front() != '[') path.insert(0, 1, '.');
  path.insert(0, segment);
}

}  // namespace ctct::meta
