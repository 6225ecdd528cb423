// Body of PUT /contact_custom_fields/{id}: only the label and the choices can change (a choice
// with its choice_id is kept and relabelled, one without is added). Shared by the operation
// and the emulator, which reads it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctct/tag_models.hpp"

namespace ctct::detail {

struct CustomFieldChange {
  std::optional<std::string> label;
  std::vector<CustomFieldChoice> choices;
  static constexpr auto fields() {
    using meta::field;
    return std::make_tuple(field("label", &CustomFieldChange::label, {.max_len = 50}),
        field("choices", &CustomFieldChange::choices, {.max_items = 100}));
  }
};

}  // namespace ctct::detail
