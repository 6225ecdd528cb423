// JSON text of every public type: the same bytes in C++, Python and Node for the same value.
#pragma once

#include <string>

#include "ctct/bulk_models.hpp"
#include "ctct/delivery.hpp"
#include "ctct/models.hpp"
#include "ctct/models_list.hpp"
#include "ctct/oauth.hpp"
#include "ctct/outcome.hpp"
#include "ctct/tag_models.hpp"
#include "ctct/v2.hpp"

namespace ctct {

// Compact JSON in described field order. Resources leave out missing fields; outcomes write
// them as null. Strings are escaped per RFC 8259 (as JavaScript's JSON.stringify does). Text
// that is not valid UTF-8 (possible only from a C++ caller) has each ill-formed sequence
// replaced by U+FFFD, as Python's errors="replace" and JavaScript's TextDecoder do, so the
// result is always valid JSON; requests refuse such text instead of repairing it.
#define CTCT_JSON_TYPES(X) CTCT_MODELS(X) CTCT_REQUEST_BODIES(X)

#define CTCT_DECLARE_TO_JSON(T, space, name) \
  std::string to_json(const T& value);       \
  std::string to_json(const Outcome<T>& outcome);
CTCT_JSON_TYPES(CTCT_DECLARE_TO_JSON)
#undef CTCT_DECLARE_TO_JSON

}  // namespace ctct
