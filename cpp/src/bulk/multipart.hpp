// multipart/form-data bodies (RFC 7578) for the file import.
#pragma once

#include <string>
#include <vector>

#include "bulk/plan.hpp"

namespace ctct::bulk {

struct FormPart {
  std::string name, content;
  std::string file_name, content_type;  // set for a file part
};

// The body and its Content-Type; the boundary is chosen so that no part contains it.
Body multipart(const std::vector<FormPart>& parts);

}  // namespace ctct::bulk
