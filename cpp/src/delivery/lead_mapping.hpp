// Where each lead field goes on each API path. MAPPING.md holds the same table for readers.
#pragma once

#include <string>

#include "ctct/bulk_models.hpp"
#include "ctct/delivery.hpp"
#include "ctct/models.hpp"
#include "ctct/v2.hpp"
#include "delivery/lead_placer.hpp"

namespace ctct::delivery {

// POST /contacts/sign_up_form: one phone number and one street address (home, else work).
Mapping<ContactSignUp> to_sign_up(const std::string& list_id, const Lead& lead, const DeliveryOptions& options);

// POST /contacts: up to three phone numbers and both addresses, create_source "Account".
Mapping<Contact> to_contact(const std::string& list_id, const Lead& lead, const DeliveryOptions& options);

// A row of POST /activities/contacts_json_import (the delivery queue): both phones and
// addresses, each street line in its own field. A lead that fills a field of custom_field_ids
// is refused (the import names custom fields, not ids), as is a value longer than the import allows.
Mapping<ImportContact> to_import_row(const Lead& lead, const DeliveryOptions& options);

// API v2 POST /contacts: every field has a place but country (v2 takes country_code only).
Mapping<v2::Contact> to_v2_contact(const std::string& list_id, const Lead& lead);

}  // namespace ctct::delivery
