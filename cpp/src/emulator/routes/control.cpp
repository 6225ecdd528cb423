#include "emulator/routes/control.hpp"

#include <algorithm>
#include <set>

#include "emulator/state/contact_rules.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/wire.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

const Response done{200, "{}"};

std::string generated_address(std::size_t n) { return "c" + std::to_string(n) + "@generated.example.com"; }

// Seeded resources keep what they are given; what they lack is filled as the service would.
std::string seed_list(Store& store, ContactList list, const std::string& now) {
  if (!list.list_id) list.list_id = new_uuid();
  if (!list.name) list.name = "List " + *list.list_id;
  if (!list.favorite) list.favorite = false;
  if (!list.created_at) list.created_at = now;
  if (!list.updated_at) list.updated_at = list.created_at;
  list.membership_count.reset();
  return *store.add_list(std::move(list)).list_id;
}

std::string seed_contact(Store& store, Contact contact, const std::string& now) {
  if (!contact.contact_id) contact.contact_id = new_uuid();
  if (!contact.create_source) contact.create_source = "Account";
  if (!contact.created_at) contact.created_at = now;
  if (!contact.updated_at) contact.updated_at = contact.created_at;
  if (contact.email_address && contact.email_address->address) {
    auto stamped = new_email_address(*contact.email_address->address,
        contact.email_address->permission_to_send.value_or("implicit"),
        contact.email_address->opt_in_source.value_or("Account"), *contact.created_at);
    const auto& given = *contact.email_address;
    if (given.opt_in_date) stamped.opt_in_date = given.opt_in_date;
    if (given.confirm_status) stamped.confirm_status = given.confirm_status;
    stamped.opt_out_source = given.opt_out_source;
    stamped.opt_out_date = given.opt_out_date;
    stamped.opt_out_reason = given.opt_out_reason;
    contact.email_address = stamped;
  }
  stamp_sub_resources(contact, now);
  return *store.add_contact(std::move(contact)).contact_id;
}

std::string seed_tag(Store& store, Tag tag, const std::string& now) {
  if (!tag.tag_id) tag.tag_id = new_uuid();
  if (!tag.name) tag.name = "Tag " + *tag.tag_id;
  if (!tag.created_at) tag.created_at = now;
  if (!tag.updated_at) tag.updated_at = tag.created_at;
  tag.contacts_count.reset();
  return *store.tagging.add_tag(std::move(tag)).tag_id;
}

std::string seed_custom_field(Store& store, CustomField field, const std::string& now) {
  if (!field.custom_field_id) field.custom_field_id = new_uuid();
  if (!field.label) field.label = "Field " + *field.custom_field_id;
  if (!field.name) field.name = custom_field_name(*field.label);
  if (!field.type) field.type = "string";
  if (!field.created_at) field.created_at = now;
  if (!field.updated_at) field.updated_at = field.created_at;
  return *store.tagging.add_custom_field(std::move(field)).custom_field_id;
}

// `generate`: plain contacts c<N>@generated.example.com, N from the number of contacts stored,
// skipping addresses already taken. One pass with storage reserved: a million take seconds.
// Its lists may be stored already or come in the same seed.
std::optional<Response> check_generate(Store& store, const Seed& seed) {
  constexpr long most = 5'000'000;
  const long count = seed.generate->contacts.value_or(0);
  if (count < 0 || count > most)
    return error_array(400, "generate.invalid",
        "generate.contacts must be a whole number from 0 to " + std::to_string(most) + ".");
  for (const auto& id : seed.generate->list_memberships) {
    const bool seeded = std::any_of(seed.lists.begin(), seed.lists.end(),
        [&](const ContactList& list) { return list.list_id == id; });
    if (!seeded && !store.list(id))
      return error_array(400, "generate.invalid", "generate.list_memberships: the list " + id + " does not exist.");
  }
  return std::nullopt;
}

long generate_contacts(Store& store, const SeedGenerate& generate, const std::string& now) {
  const long count = generate.contacts.value_or(0);
  store.reserve_contacts(static_cast<std::size_t>(count));
  std::size_t n = store.contacts.size();
  for (long i = 0; i < count; ++i, ++n) {
    while (store.contact_by_email(generated_address(n))) ++n;
    Contact contact;
    contact.email_address = EmailAddress{};
    contact.email_address->address = generated_address(n);
    contact.first_name = "Contact";
    contact.last_name = std::to_string(n);
    contact.list_memberships.assign(generate.list_memberships.begin(), generate.list_memberships.end());
    seed_contact(store, std::move(contact), now);
  }
  return count;
}

Response seed(Store& store, const Request& request) {
  auto read = json::read<Seed>(request.body.empty() ? std::string("{}") : request.body);
  if (!read) return unreadable_body(read.error->message);
  auto& given = *read.value;
  // Refuse the whole seed before storing any of it when an id or address is taken.
  for (const auto& list : given.lists)
    if (list.list_id && store.list(*list.list_id))
      return error_array(409, "conflict", "List " + *list.list_id + " already exists.");
  for (const auto& tag : given.tags)
    if (tag.tag_id && store.tagging.tag(*tag.tag_id))
      return error_array(409, "conflict", "Tag " + *tag.tag_id + " already exists.");
  for (const auto& field : given.custom_fields)
    if (field.custom_field_id && store.tagging.custom_field(*field.custom_field_id))
      return error_array(409, "conflict", "Custom field " + *field.custom_field_id + " already exists.");
  if (given.generate)
    if (auto refused = check_generate(store, given)) return *refused;
  for (const auto& segment : given.segments)
    if (segment.segment_id && store.segments.segment(*segment.segment_id))
      return error_array(409, "conflict", "Segment " + std::to_string(*segment.segment_id) + " already exists.");
  std::set<std::string> addresses;
  for (const auto& contact : given.contacts) {
    if (contact.contact_id && store.contact(*contact.contact_id))
      return error_array(409, "conflict", "Contact " + *contact.contact_id + " already exists.");
    if (auto conflict = check_email_free(store, contact.email_address)) return *conflict;
    if (contact.email_address && contact.email_address->address &&
        !addresses.insert(lower(*contact.email_address->address)).second)
      return error_array(409, "conflict", "The seed gives " + *contact.email_address->address + " twice.");
  }
  const auto now = now_iso();
  SeedIds ids{std::vector<std::string>{}, std::vector<std::string>{}, std::vector<std::string>{},
      std::vector<std::string>{}, std::vector<std::string>{}, std::vector<std::string>{}, std::nullopt};
  for (auto& list : given.lists) ids.lists->push_back(seed_list(store, std::move(list), now));
  for (auto& tag : given.tags) ids.tags->push_back(seed_tag(store, std::move(tag), now));
  for (auto& field : given.custom_fields) ids.custom_fields->push_back(seed_custom_field(store, std::move(field), now));
  for (auto& contact : given.contacts) ids.contacts->push_back(seed_contact(store, std::move(contact), now));
  if (given.generate) ids.generated = generate_contacts(store, *given.generate, now);
  for (auto& segment : given.segments) {
    if (!segment.created_at) segment.created_at = now;
    if (!segment.edited_at) segment.edited_at = segment.created_at;
    store.segments.add(std::move(segment));
  }
  const auto now_v2 = now_iso_millis();
  for (auto& list : given.v2_lists) {
    if (!list.id) list.id = store.next_v2_list_id();
    if (!list.name) list.name = "List " + *list.id;
    if (!list.status) list.status = "ACTIVE";
    if (!list.contact_count) list.contact_count = 0;
    if (!list.created_date) list.created_date = now_v2;
    if (!list.modified_date) list.modified_date = list.created_date;
    ids.v2_lists->push_back(*list.id);
    store.v2_lists.push_back(std::move(list));
  }
  for (auto& contact : given.v2_contacts) {
    if (!contact.id) contact.id = store.next_v2_contact_id();
    if (!contact.status) contact.status = "ACTIVE";
    ids.v2_contacts->push_back(*contact.id);
    store.v2_contacts.push_back(std::move(contact));
  }
  return json_response(200, ids);
}

Response state(Store& store) {
  StateDump dump;
  dump.lists.emplace();
  for (const auto& stored : store.lists) dump.lists->push_back(stored.list);
  dump.contacts = store.contacts;
  dump.activities = store.activities;
  dump.v2_lists = store.v2_lists;
  dump.v2_contacts = store.v2_contacts;
  dump.tags.emplace();
  for (const auto& entry : store.tagging.tags) dump.tags->push_back(entry.value);
  dump.custom_fields.emplace();
  for (const auto& entry : store.tagging.custom_fields) dump.custom_fields->push_back(entry.value);
  return json_response(200, dump);
}

Response add_fault(Faults& faults, const Request& request) {
  std::string why;
  auto fault = read_fault(request.body, why);
  if (!fault) return error_array(400, "fault.invalid", why);
  auto spec = fault->spec();
  faults.add(std::move(*fault));
  return json_response(200, spec);
}

}  // namespace

void add_control_routes(Router& router, Store& store, Faults& faults, Stats& stats) {
  router.add("POST", "/__emulator/reset", [&](const Request&, const Params&) {
    store.clear();
    faults.clear();
    stats = Stats{};
    return done;
  });
  router.add("POST", "/__emulator/seed", [&store](const Request& r, const Params&) { return seed(store, r); });
  router.add("GET", "/__emulator/state", [&store](const Request&, const Params&) { return state(store); });
  router.add("POST", "/__emulator/faults", [&faults](const Request& r, const Params&) { return add_fault(faults, r); });
  router.add("GET", "/__emulator/faults",
      [&faults](const Request&, const Params&) { return json_response(200, faults.specs()); });
  router.add("DELETE", "/__emulator/faults", [&faults](const Request&, const Params&) {
    faults.clear();
    return done;
  });
  router.add("GET", "/__emulator/stats", [&stats](const Request&, const Params&) {
    return Response{200, stats.json()};
  });
}

}  // namespace ctct::emulator
