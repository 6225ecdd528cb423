// The routes of the activity engine: the bulk kinds of the contacts family, the activity
// status routes, export files, and the control route that sets how fast activities run.
#include "emulator/activity_wire.hpp"
#include "emulator/state/bulk_kinds.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

void add_v3_activity_routes(Router& api, Router& control, Store& store, ActivityEngine& engine) {
  engine.add_kind(api, store, "contacts_json_import", start_json_import);
  engine.add_kind(api, store, "contacts_file_import", start_file_import);
  engine.add_kind(api, store, "add_list_memberships", start_add_memberships);
  engine.add_kind(api, store, "remove_list_memberships", start_remove_memberships);
  engine.add_kind(api, store, "contact_delete", start_contact_delete);
  engine.add_kind(api, store, "list_delete", start_list_delete);
  engine.add_kind(api, store, "contact_exports", start_export);
  api.add("GET", "/v3/activities", [&](const Request& r, const Params&) { return engine.list(store, r); });
  api.add("GET", "/v3/activities/{activity_id}",
      [&](const Request&, const Params& p) { return engine.get(store, p[0]); });
  api.add("GET", "/v3/contact_exports/{file_export_id}",
      [&](const Request&, const Params& p) { return engine.file(p[0]); });

  control.add("GET", "/__emulator/activities", [&](const Request&, const Params&) {
    return Response{200, engine.describe()};
  });
  control.add("POST", "/__emulator/activities", [&](const Request& r, const Params&) {
    auto read = json::read<ActivitySettings>(r.body);
    if (!read) return unreadable_body(read.error->message);
    engine.configure(read.value->duration_ms.value_or(0), read.value->polls_to_complete.value_or(0));
    return Response{200, engine.describe()};
  });
}

}  // namespace ctct::emulator
