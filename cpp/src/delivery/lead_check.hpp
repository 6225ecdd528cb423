// Checks of delivery input that hold on every API path: the lead's text, its email, the list id
// and the custom field ids. Each answers the reason of a refusal, naming the field, or nullopt.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "ctct/delivery.hpp"

namespace ctct::delivery {

// Email present and shaped like one; every field valid UTF-8 without CR, LF or NUL.
std::optional<std::string> check_lead(const Lead& lead);

// v3 list ids are UUIDs.
std::optional<std::string> check_v3_list_id(const std::string& list_id);

// v2 list ids are strings of digits.
std::optional<std::string> check_v2_list_id(const std::string& list_id);

// Keys are Lead field names, values custom field UUIDs.
std::optional<std::string> check_custom_field_ids(const std::map<std::string, std::string>& ids);

// Every check of a v3 delivery (add_contact_to_list, the lead queue): the list id (a v3 UUID,
// or v2 digits to translate), the lead, the custom field ids.
std::optional<std::string> check_v3_delivery(const std::string& list_id, const Lead& lead,
    const DeliveryOptions& options);

}  // namespace ctct::delivery
