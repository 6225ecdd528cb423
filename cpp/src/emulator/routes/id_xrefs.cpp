// GET /v3/contacts/contact_id_xrefs and /v3/contact_lists/list_id_xrefs. The emulator keeps its
// v2 and v3 resources apart, so the cross-reference links them as one account would: a v2 list
// (seeded, its id the sequence id) to the v3 list of the same name, a v2 contact to the v3
// contact of its email address. A v2 id with no such v3 resource is left out of the answer.
#include <algorithm>

#include "api/validate.hpp"
#include "emulator/routes/router.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/server/exchange.hpp"
#include "emulator/state/contact_rules.hpp"

namespace ctct::emulator {

namespace {

constexpr std::size_t most_ids = 500;  // the spec's maxItems of sequence_ids

// The comma-separated sequence_ids (required), or the 400 that refuses them.
std::variant<Response, std::vector<std::string>> sequence_ids(const Request& request) {
  std::vector<std::string> ids = split_csv(request.param("sequence_ids"));
  if (ids.empty() || ids.size() > most_ids)
    return error_array(400, "query.param.invalid", "sequence_ids takes 1 to 500 v2 ids.");
  for (const auto& id : ids)
    if (!detail::is_sequence_id(id))
      return error_array(400, "query.param.invalid", "sequence_ids holds " + id + ", which is not a v2 id.");
  return ids;
}

template <class V2>
const V2* by_sequence_id(const std::vector<V2>& resources, const std::string& id) {
  auto found = std::find_if(resources.begin(), resources.end(), [&](const V2& resource) {
    return resource.id && detail::sequence_digits(*resource.id) == detail::sequence_digits(id);
  });
  return found == resources.end() ? nullptr : &*found;
}

// Ascending by sequence id, as numbers ("Response is sorted ascending by sequence_id").
template <class Xref>
void sort_by_sequence_id(std::vector<Xref>& xrefs) {
  std::sort(xrefs.begin(), xrefs.end(),
      [](const Xref& a, const Xref& b) { return detail::sequence_id_less(*a.sequence_id, *b.sequence_id); });
}

Response list_xrefs(Store& store, const Request& request) {
  auto ids = sequence_ids(request);
  if (auto* refusal = std::get_if<Response>(&ids)) return std::move(*refusal);
  ListIdXrefs answer;
  for (const auto& id : std::get<std::vector<std::string>>(ids)) {
    const auto* v2_list = by_sequence_id(store.v2_lists, id);
    const ContactList* list = v2_list && v2_list->name ? store.list_by_name(*v2_list->name) : nullptr;
    if (list) answer.xrefs.push_back({v2_list->id, list->list_id});
  }
  sort_by_sequence_id(answer.xrefs);
  return json_response(200, answer);
}

Response contact_xrefs(Store& store, const Request& request) {
  auto ids = sequence_ids(request);
  if (auto* refusal = std::get_if<Response>(&ids)) return std::move(*refusal);
  ContactIdXrefs answer;
  for (const auto& id : std::get<std::vector<std::string>>(ids)) {
    const auto* v2_contact = by_sequence_id(store.v2_contacts, id);
    if (!v2_contact || v2_contact->email_addresses.empty() || !v2_contact->email_addresses[0].email_address) continue;
    if (const Contact* contact = store.contact_by_email(*v2_contact->email_addresses[0].email_address))
      answer.xrefs.push_back({v2_contact->id, contact->contact_id});
  }
  sort_by_sequence_id(answer.xrefs);
  return json_response(200, answer);
}

}  // namespace

void add_v3_id_xref_routes(Router& router, Store& store) {
  router.add("GET", "/v3/contacts/contact_id_xrefs",
      [&store](const Request& r, const Params&) { return contact_xrefs(store, r); });
  router.add("GET", "/v3/contact_lists/list_id_xrefs",
      [&store](const Request& r, const Params&) { return list_xrefs(store, r); });
}

}  // namespace ctct::emulator
