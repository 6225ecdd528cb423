// Paged listings: the filters of a listing travel from page to page inside an opaque cursor
// (_links.next.href = "/v3/contacts?cursor=..."), which also names the last item given, so
// every item is listed exactly once even when items are added or removed meanwhile.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>

#include "emulator/server/exchange.hpp"

namespace ctct::emulator {

struct Listing {
  std::map<std::string, std::string> params;  // the filters, as given to the first page
  long after = -1;                            // position of the last item already listed
  long limit = 50;

  std::string param(const std::string& name) const;
};

// The listing a request asks for: its own `names` parameters, or those carried by its cursor.
// Answers a 400 when the cursor is not one of ours or the limit is not in 1..max_limit.
std::optional<Listing> read_listing(const Request& request, std::initializer_list<const char*> names, long max_limit,
    Response& refusal);

// The href of the page after position `last`.
std::string next_href(const std::string& path, const Listing& listing, long last);

}  // namespace ctct::emulator
