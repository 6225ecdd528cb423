// The route tables of the emulator, one function per resource family.
#pragma once

#include "emulator/routes/router.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

class ActivityEngine;

// /v3/contacts, /v3/contacts/{id} (Bearer checked by the service).
void add_v3_contact_routes(Router& router, Store& store);
// /v3/contacts/sign_up_form, /v3/contacts/counts, /v3/contacts/resubscribe/{id}.
void add_v3_sign_up_routes(Router& router, Store& store);
// /v3/contact_lists, /v3/contact_lists/{id} (activities: activity_engine.hpp).
void add_v3_list_routes(Router& router, Store& store);
// /v3/contact_tags, /v3/contact_tags/{id} and the tag activity kinds of `engine`.
void add_v3_tag_routes(Router& router, Store& store, ActivityEngine& engine);
// /v3/contact_custom_fields, /v3/contact_custom_fields/{id}.
void add_v3_custom_field_routes(Router& router, Store& store);
// /v3/contacts/contact_id_xrefs, /v3/contact_lists/list_id_xrefs: v2 ids to v3 ids.
void add_v3_id_xref_routes(Router& router, Store& store);
// /v2/lists, /v2/contacts (api_key and Bearer checked by the service).
void add_v2_routes(Router& router, Store& store);
// /v3/account/summary, /v3/account/user/privileges.
void add_v3_account_routes(Router& router);
// /v3/segments, /v3/segments/{id}, /v3/segments/{id}/name.
void add_v3_segment_routes(Router& router, Store& store);
// /v3/reports/contact_reports/{contact_id}/{activity_details,activity_summary,open_and_click_rates}.
void add_v3_contact_report_routes(Router& router, Store& store);

}  // namespace ctct::emulator
