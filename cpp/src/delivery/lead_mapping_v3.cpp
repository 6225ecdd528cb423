#include <initializer_list>

#include "delivery/lead_mapping.hpp"

namespace ctct::delivery {
namespace {

constexpr LeadPlacer::LeadField home_fields[] = {&Lead::address_1, &Lead::address_2, &Lead::city, &Lead::state,
    &Lead::postal_code, &Lead::country, &Lead::country_code};
constexpr LeadPlacer::LeadField company_fields[] = {&Lead::company_address, &Lead::company_address_2,
    &Lead::company_city, &Lead::company_state, &Lead::company_postal_code, &Lead::company_country_code};

template <std::size_t N>
bool any(const LeadPlacer& placer, const LeadPlacer::LeadField (&fields)[N]) {
  for (auto field : fields)
    if (placer.has(field)) return true;
  return false;
}

// The lead's home address as a v3 address of kind home; country_code stands in for a missing
// country (v3 has one country field, for a name or a code).
template <class Address>
Address home_address(LeadPlacer& placer) {
  Address address;
  address.kind = "home";
  placer.put_street(&Lead::address_1, &Lead::address_2, address, &Address::street);
  placer.put(&Lead::city, address, &Address::city);
  placer.put(&Lead::state, address, &Address::state);
  placer.put(&Lead::postal_code, address, &Address::postal_code);
  placer.put(placer.has(&Lead::country) ? &Lead::country : &Lead::country_code, address, &Address::country);
  return address;
}

template <class Address>
Address company_address(LeadPlacer& placer) {
  Address address;
  address.kind = "work";
  placer.put_street(&Lead::company_address, &Lead::company_address_2, address, &Address::street);
  placer.put(&Lead::company_city, address, &Address::city);
  placer.put(&Lead::company_state, address, &Address::state);
  placer.put(&Lead::company_postal_code, address, &Address::postal_code);
  placer.put(&Lead::company_country_code, address, &Address::country);
  return address;
}

// The fields both v3 paths place the same way.
template <class Body>
void put_names(LeadPlacer& placer, Body& body) {
  placer.put(&Lead::first_name, body, &Body::first_name);
  placer.put(&Lead::last_name, body, &Body::last_name);
  placer.put(&Lead::title, body, &Body::job_title);
  placer.put(&Lead::company_name, body, &Body::company_name);
  placer.no_place(&Lead::middle_name, "API v3 has no field for it");
  placer.no_place(&Lead::salutation, "API v3 has no field for it");
}

}  // namespace

Mapping<ContactSignUp> to_sign_up(const std::string& list_id, const Lead& lead, const DeliveryOptions& options) {
  LeadPlacer placer(lead, "API v3", &options.custom_field_ids);
  ContactSignUp body;
  body.list_memberships = {list_id};
  placer.put(&Lead::email, body, &ContactSignUp::email_address);
  put_names(placer, body);
  placer.put(&Lead::phone_1, body, &ContactSignUp::phone_number);
  // The sign-up form's one phone number has no kind: it is the contact's own (phone_1).
  placer.no_place(&Lead::company_phone, "API v3's sign-up form has one phone number, for phone_1");
  placer.no_place(&Lead::fax, "API v3's sign-up form has no field for it");
  if (any(placer, home_fields)) {
    body.street_address = home_address<SignUpStreetAddress>(placer);
    for (auto field : company_fields)
      placer.no_place(field, "API v3's sign-up form has one street address, used for the home address");
  } else if (any(placer, company_fields)) {
    body.street_address = company_address<SignUpStreetAddress>(placer);
  }
  body.custom_fields = placer.custom_fields();
  return placer.finish(std::move(body));
}

Mapping<Contact> to_contact(const std::string& list_id, const Lead& lead, const DeliveryOptions& options) {
  LeadPlacer placer(lead, "API v3", &options.custom_field_ids);
  // "Account": the account owner's integration adds the lead (v2's ACTION_BY_OWNER).
  Contact body;
  body.email_address.emplace();
  body.create_source = "Account";
  body.list_memberships = {list_id};
  placer.put(&Lead::email, *body.email_address, &EmailAddress::address);
  put_names(placer, body);
  // v3 phone kinds are home, work, mobile and other: a fax is "other".
  for (auto [field, kind] :
      {std::pair{&Lead::phone_1, "home"}, std::pair{&Lead::company_phone, "work"}, std::pair{&Lead::fax, "other"}}) {
    if (!placer.has(field)) continue;
    PhoneNumber phone;
    phone.kind = kind;
    placer.put(field, phone, &PhoneNumber::phone_number);
    body.phone_numbers.push_back(std::move(phone));
  }
  if (any(placer, home_fields)) body.street_addresses.push_back(home_address<StreetAddress>(placer));
  if (any(placer, company_fields)) body.street_addresses.push_back(company_address<StreetAddress>(placer));
  body.custom_fields = placer.custom_fields();
  return placer.finish(std::move(body));
}

}  // namespace ctct::delivery
