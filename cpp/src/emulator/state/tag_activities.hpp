// The tag and custom field activity kinds of the activity engine: contacts_taggings_add,
// contacts_taggings_remove, contacts_tags_delete and custom_fields_delete.
#pragma once

#include "emulator/state/activity_engine.hpp"

namespace ctct::emulator {

void add_tag_activity_kinds(Router& api, Store& store, ActivityEngine& engine);

}  // namespace ctct::emulator
