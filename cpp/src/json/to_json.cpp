// The public to_json of every type in CTCT_JSON_TYPES, and the names of outcome kinds.
#include "ctct/json.hpp"

#include "json/json_write.hpp"

namespace ctct {

const char* to_string(Kind kind) {
  switch (kind) {
    case Kind::success: return "success";
    case Kind::failure: return "failure";
    case Kind::error: break;
  }
  return "error";
}

#define CTCT_DEFINE_TO_JSON(T, space, name)                                   \
  std::string to_json(const T& value) { return json::write_repaired(value); } \
  std::string to_json(const Outcome<T>& outcome) { return json::write_repaired(outcome); }
CTCT_JSON_TYPES(CTCT_DEFINE_TO_JSON)
#undef CTCT_DEFINE_TO_JSON

}  // namespace ctct
