// Adds a lead to a Constant Contact list and prints what happened, field by field.
// Set CTCT_ACCESS_TOKEN and CTCT_LIST_ID (and CTCT_BASE_URL to use the emulator).
#include <cstdlib>
#include <iostream>

#include <ctct/ctct.hpp>

int main() {
  const char* token = std::getenv("CTCT_ACCESS_TOKEN");
  const char* list_id = std::getenv("CTCT_LIST_ID");
  const char* base_url = std::getenv("CTCT_BASE_URL");
  if (!token || !list_id) {
    std::cerr << "set CTCT_ACCESS_TOKEN and CTCT_LIST_ID (and CTCT_BASE_URL for the emulator)\n";
    return 2;
  }

  ctct::Client client({.access_token = token, .base_url = base_url ? base_url : ctct::default_base_url});

  ctct::Lead lead;
  lead.email = "ada.lovelace@example.com";
  lead.first_name = "Ada";
  lead.last_name = "Lovelace";
  lead.company_name = "Analytical Engines";
  lead.title = "Programmer";

  ctct::DeliveryOutcome outcome = client.add_contact_to_list(list_id, lead);
  std::cout << ctct::to_json(outcome) << "\n";
  return outcome.ok() ? 0 : 1;
}
