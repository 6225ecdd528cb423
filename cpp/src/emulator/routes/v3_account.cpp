// /v3/account/summary and /v3/account/user/privileges: the emulator's one account, owned by a
// user with every contacts privilege. physical_address only when extra_fields asks for it.
#include "emulator/routes/routes.hpp"
#include "emulator/state/contact_rules.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

namespace {

Account emulated_account() {
  Account account;
  account.encoded_account_id = "a07e1ctct0e1";
  account.organization_name = "Emulated Organization";
  account.organization_phone = "555-0100";
  account.contact_email = "owner@example.com";
  account.contact_phone = "555-0101";
  account.first_name = "Erin";
  account.last_name = "Emulator";
  account.website = "https://example.com";
  account.time_zone_id = "America/New_York";
  account.country_code = "US";
  account.state_code = "MA";
  return account;
}

AccountAddress emulated_address() {
  AccountAddress out;
  out.address_line1 = "1 Example Way";
  out.city = "Waltham";
  out.state_code = "MA";
  out.postal_code = "02451";
  out.country_code = "US";
  return out;
}

Response account_summary(const Request& request) {
  Account account = emulated_account();
  for (const auto& extra : split_csv(request.param("extra_fields"))) {
    if (extra == "physical_address") account.physical_address = emulated_address();
    else if (extra != "company_logo")
      return error_array(400, "query.param.invalid", "extra_fields takes physical_address or company_logo.");
  }
  return json_response(200, account);
}

Response user_privileges() {
  std::vector<UserPrivilege> out;
  long id = 0;
  for (const char* name :
      {"contacts:read", "contacts:write", "contacts:lists:read", "contacts:lists:write", "account:read"})
    out.push_back({++id, name});
  return json_response(200, out);
}

}  // namespace

void add_v3_account_routes(Router& router) {
  router.add("GET", "/v3/account/summary", [](const Request& r, const Params&) { return account_summary(r); });
  router.add("GET", "/v3/account/user/privileges", [](const Request&, const Params&) { return user_privileges(); });
}

}  // namespace ctct::emulator
