// The lead delivery: add one lead to a list and report, field by field, what happened.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ctct/models.hpp"
#include "ctct/outcome.hpp"

namespace ctct {

// Every input of the original delivery. Only email is required.
struct Lead {
  std::optional<std::string> email, first_name, last_name, middle_name, salutation, phone_1, fax, address_1, address_2,
      postal_code, country, country_code, state, city, company_name, company_phone, title, company_address,
      company_address_2, company_city, company_country_code, company_state, company_postal_code;
  bool operator==(const Lead&) const = default;
  static constexpr auto fields() {
    using T = Lead;
    return std::make_tuple(field("email", &T::email, {.format = Format::email, .required = true}),
        field("first_name", &T::first_name), field("last_name", &T::last_name), field("middle_name", &T::middle_name),
        field("salutation", &T::salutation), field("phone_1", &T::phone_1), field("fax", &T::fax),
        field("address_1", &T::address_1), field("address_2", &T::address_2), field("postal_code", &T::postal_code),
        field("country", &T::country), field("country_code", &T::country_code), field("state", &T::state),
        field("city", &T::city), field("company_name", &T::company_name), field("company_phone", &T::company_phone),
        field("title", &T::title), field("company_address", &T::company_address),
        field("company_address_2", &T::company_address_2), field("company_city", &T::company_city),
        field("company_country_code", &T::company_country_code), field("company_state", &T::company_state),
        field("company_postal_code", &T::company_postal_code));
  }
};

// How the v3 delivery maps a lead.
struct DeliveryOptions {
  // false: create-or-update through POST /contacts/sign_up_form (an existing contact is updated
  // and added to the list). true: POST /contacts as the original delivery did, so an existing
  // contact is a failure whose reason says it already exists.
  bool fail_on_duplicate = false;
  // Lead fields v3 has no place for (middle_name, salutation, fax, company_phone, ...) sent to
  // the custom field of the given id, keyed by Lead field name. Unmapped ones become warnings.
  std::map<std::string, std::string> custom_field_ids;
  // v3 sign-up form only. true: the contact is read back (a second request) for the append
  // fields. false: one request per lead; the outcome has what the form's answer gives
  // (contact_id, action) and the list_id, every other append field null.
  bool read_back = true;
  bool operator==(const DeliveryOptions&) const = default;
  // Described so that Python and Node convert options generically, as they do models.
  static constexpr auto fields() {
    using T = DeliveryOptions;
    return std::make_tuple(field("fail_on_duplicate", &T::fail_on_duplicate),
        field("custom_field_ids", &T::custom_field_ids), field("read_back", &T::read_back));
  }
};

// The append fields of the original delivery, flat, plus how the call went.
struct DeliveryOutcome {
  static constexpr bool write_nulls = true;

  Kind outcome = Kind::error;
  std::optional<std::string> reason, contact_id, contact_status, source;
  std::optional<bool> confirmed;
  std::optional<std::string> email_address, email_address_id, list_id, list_status, opt_in_date, opt_in_source,
      source_details;
  int status = 0;
  std::optional<std::string> error_key;
  int attempts = 0;
  std::optional<std::string> action;  // "created" or "updated"
  std::string api_version;            // "v3" or "v2"
  std::vector<std::string> warnings;  // lead fields that could not be sent, and why

  bool ok() const { return outcome == Kind::success; }
  bool operator==(const DeliveryOutcome&) const = default;

  static constexpr auto fields() {
    using T = DeliveryOutcome;
    return std::make_tuple(field("outcome", &T::outcome), field("reason", &T::reason),
        field("contact_id", &T::contact_id), field("contact_status", &T::contact_status), field("source", &T::source),
        field("confirmed", &T::confirmed), field("email_address", &T::email_address),
        field("email_address_id", &T::email_address_id), field("list_id", &T::list_id),
        field("list_status", &T::list_status), field("opt_in_date", &T::opt_in_date),
        field("opt_in_source", &T::opt_in_source), field("source_details", &T::source_details),
        field("status", &T::status), field("error_key", &T::error_key), field("attempts", &T::attempts),
        field("action", &T::action), field("api_version", &T::api_version), field("warnings", &T::warnings));
  }
};

using DeliveryCallback = std::function<void(DeliveryOutcome)>;

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_DELIVERY_MODELS(X) \
  X(Lead, "", "Lead") \
  X(DeliveryOutcome, "", "DeliveryOutcome")
// clang-format on

// Queries and options of this header: taken field by field by the bindings, never JSON.
// clang-format off
#define CTCT_DELIVERY_ARGUMENT_TYPES(X) \
  X(DeliveryOptions, "", "DeliveryOptions")
// clang-format on
