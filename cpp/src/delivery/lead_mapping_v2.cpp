#include "delivery/lead_mapping.hpp"

namespace ctct::delivery {

Mapping<v2::Contact> to_v2_contact(const std::string& list_id, const Lead& lead) {
  using C = v2::Contact;
  using A = v2::Address;
  LeadPlacer placer(lead, "API v2");
  C body;
  body.email_addresses.emplace_back();
  body.lists.emplace_back().id = list_id;
  placer.put(&Lead::email, body.email_addresses[0], &v2::EmailAddress::email_address);
  placer.put(&Lead::first_name, body, &C::first_name);
  placer.put(&Lead::middle_name, body, &C::middle_name);
  placer.put(&Lead::last_name, body, &C::last_name);
  placer.put(&Lead::salutation, body, &C::prefix_name);
  placer.put(&Lead::title, body, &C::job_title);
  placer.put(&Lead::company_name, body, &C::company_name);
  placer.put(&Lead::phone_1, body, &C::home_phone);
  placer.put(&Lead::company_phone, body, &C::work_phone);
  placer.put(&Lead::fax, body, &C::fax);

  A personal, business;
  personal.address_type = "PERSONAL";
  business.address_type = "BUSINESS";
  const A no_personal = personal, no_business = business;
  placer.put(&Lead::address_1, personal, &A::line1);
  placer.put(&Lead::address_2, personal, &A::line2);
  placer.put(&Lead::city, personal, &A::city);
  placer.put(&Lead::state, personal, &A::state_code);
  placer.put(&Lead::country_code, personal, &A::country_code);
  placer.put(&Lead::postal_code, personal, &A::postal_code);
  placer.no_place(&Lead::country, "API v2 takes a country code only (country_code)");
  if (personal != no_personal) body.addresses.push_back(std::move(personal));

  placer.put(&Lead::company_address, business, &A::line1);
  placer.put(&Lead::company_address_2, business, &A::line2);
  placer.put(&Lead::company_city, business, &A::city);
  placer.put(&Lead::company_state, business, &A::state_code);
  placer.put(&Lead::company_country_code, business, &A::country_code);
  placer.put(&Lead::company_postal_code, business, &A::postal_code);
  if (business != no_business) body.addresses.push_back(std::move(business));
  return placer.finish(std::move(body));
}

}  // namespace ctct::delivery
