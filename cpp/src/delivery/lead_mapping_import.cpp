// Where each lead field goes in a contacts_json_import row (the delivery queue's batches).
#include "delivery/lead_mapping.hpp"

namespace ctct::delivery {

Mapping<ImportContact> to_import_row(const Lead& lead, const DeliveryOptions& options) {
  LeadPlacer placer(lead, "the import", &options.custom_field_ids);
  using R = ImportContact;
  R row;
  placer.put(&Lead::email, row, &R::email);
  placer.put(&Lead::first_name, row, &R::first_name);
  placer.put(&Lead::last_name, row, &R::last_name);
  placer.put(&Lead::title, row, &R::job_title);
  placer.put(&Lead::company_name, row, &R::company_name);
  placer.put(&Lead::phone_1, row, &R::home_phone);
  placer.put(&Lead::company_phone, row, &R::work_phone);
  placer.put(&Lead::fax, row, &R::other_phone);
  placer.put(&Lead::address_1, row, &R::home_street);
  placer.put(&Lead::address_2, row, &R::home_street2);
  placer.put(&Lead::city, row, &R::home_city);
  placer.put(&Lead::state, row, &R::home_state);
  placer.put(&Lead::postal_code, row, &R::home_zip);
  // One country field, for a name or a code, as on the other v3 paths.
  placer.put(placer.has(&Lead::country) ? &Lead::country : &Lead::country_code, row, &R::home_country);
  placer.put(&Lead::company_address, row, &R::work_street);
  placer.put(&Lead::company_address_2, row, &R::work_street2);
  placer.put(&Lead::company_city, row, &R::work_city);
  placer.put(&Lead::company_state, row, &R::work_state);
  placer.put(&Lead::company_postal_code, row, &R::work_zip);
  placer.put(&Lead::company_country_code, row, &R::work_country);
  placer.no_place(&Lead::middle_name, "API v3 has no field for it");
  placer.no_place(&Lead::salutation, "API v3 has no field for it");
  auto mapping = placer.finish(std::move(row));
  if (!mapping.refused && !LeadPlacer(lead, "the import", &options.custom_field_ids).custom_fields().empty())
    mapping.refused = "the import names custom fields, not custom_field_ids";
  return mapping;
}

}  // namespace ctct::delivery
