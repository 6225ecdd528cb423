// Tests a program's use of ctct against the emulator installed with it (ctct::emulator): an
// in-memory Constant Contact on a loopback port, so no account is needed. It seeds a list, adds
// a lead to it, checks the outcome and the contact the emulator now holds, then makes the next
// sign-up fail and checks that the outcome says so. Exits 0 when every check holds.
#include <iostream>
#include <string>
#include <vector>

#include <ctct/ctct.hpp>
#include <ctct/testing/emulator.hpp>

namespace {

int failed = 0;

void check(bool holds, const std::string& what) {
  std::cout << (holds ? "ok: " : "FAILED: ") << what << "\n";
  if (!holds) ++failed;
}

}  // namespace

int main() {
  ctct::testing::Emulator emulator;
  emulator.start();  // a free loopback port

  // The control API (/__emulator/...: reset, seed, faults, state, stats) answers JSON; an
  // answer that is a JSON array is its refusal of the call.
  const std::string list_id = "6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f";
  const std::string seeded = emulator.control("POST", "seed",
      R"({"lists":[{"list_id":")" + list_id + R"(","name":"Leads"}]})");
  check(seeded.front() != '[', "the list is seeded: " + seeded);

  ctct::Client client({.access_token = emulator.access_token(), .base_url = emulator.v3_url()});
  ctct::Lead lead;
  lead.email = "ada.lovelace@example.com";
  lead.first_name = "Ada";
  const ctct::DeliveryOutcome added = client.add_contact_to_list(list_id, lead);
  std::cout << ctct::to_json(added) << "\n";
  check(added.ok() && added.action == "created", "the lead is added as a new contact");

  const auto contact = client.contacts().get(added.contact_id.value_or(""), {"list_memberships"});
  check(contact.ok() && contact.value->list_memberships == std::vector<std::string>{list_id},
      "the contact is on the seeded list");

  // The next sign-up is answered 400, as Constant Contact answers a request it refuses.
  emulator.control("POST", "faults", R"({"method":"POST","path":"/v3/contacts/sign_up_form","status":400})");
  const ctct::DeliveryOutcome refused = client.add_contact_to_list(list_id, lead);
  std::cout << ctct::to_json(refused) << "\n";
  check(refused.outcome == ctct::Kind::failure && refused.status == 400 && refused.reason,
      "a refused sign-up is a failure with a reason");

  emulator.stop();
  return failed == 0 ? 0 : 1;
}
