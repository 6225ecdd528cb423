// `ctct contacts get|add|find`: one contact at a time.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "connection.hpp"
#include "ctct/json.hpp"
#include "status.hpp"
#include "table.hpp"

namespace ctct::cli {

namespace {

std::string joined(const std::vector<Text>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string name_of(const Contact& contact) {
  std::string name = contact.first_name.value_or("");
  if (contact.last_name) name += (name.empty() ? "" : " ") + *contact.last_name;
  return name;
}

std::string address_of(const Contact& contact) {
  return contact.email_address ? contact.email_address->address.value_or("") : "";
}

std::string status_of(const Contact& contact) {
  if (contact.deleted_at) return "deleted";
  return contact.email_address ? contact.email_address->permission_to_send.value_or("") : "";
}

void print_contact(const Contact& contact) {
  std::vector<Row> rows = {{"contact_id", contact.contact_id.value_or("")}, {"email", address_of(contact)},
      {"status", status_of(contact)}, {"first_name", contact.first_name.value_or("")},
      {"last_name", contact.last_name.value_or("")}, {"job_title", contact.job_title.value_or("")},
      {"company_name", contact.company_name.value_or("")}, {"lists", joined(contact.list_memberships)},
      {"created_at", contact.created_at.value_or("")}, {"updated_at", contact.updated_at.value_or("")}};
  std::erase_if(rows, [](const Row& row) { return row[1].empty(); });
  print_table(std::cout, {"FIELD", "VALUE"}, rows);
}

struct GetArgs {
  Connection connection;
  std::string contact_id;
  bool json = false;
};

void get(const GetArgs& args) {
  auto client = connect(args.connection);
  auto outcome = client->contacts().get(args.contact_id, {"list_memberships"});
  if (!outcome.ok()) fail(*outcome.reason);
  if (args.json) std::cout << to_json(*outcome.value) << "\n";
  else print_contact(*outcome.value);
}

struct AddArgs {
  Connection connection;
  Lead lead;
  std::string list_id;
};

// The delivery: the sign-up form creates the contact or updates the one with that address.
void add(const AddArgs& args) {
  auto client = connect(args.connection);
  auto outcome = client->add_contact_to_list(args.list_id, args.lead);
  if (outcome.outcome != Kind::success) fail(*outcome.reason);
  std::cout << (outcome.action == "updated" ? "Updated" : "Created") << " contact " << outcome.contact_id.value_or("")
            << " (" << outcome.email_address.value_or(*args.lead.email) << ") on list " << args.list_id << "\n";
  for (const auto& warning : outcome.warnings) std::cerr << "warning: " << warning << "\n";
}

struct FindArgs {
  Connection connection;
  std::string email;
};

void find(const FindArgs& args) {
  auto client = connect(args.connection);
  ContactQuery query;
  query.email = args.email;
  query.status = "all";  // deleted contacts keep their address too
  query.include = {"list_memberships"};
  auto outcome = client->contacts().list(query);
  if (!outcome.ok()) fail(*outcome.reason);
  if (outcome.value->items.empty()) fail("no contact has the address " + args.email + ".");
  std::vector<Row> rows;
  for (const auto& contact : outcome.value->items)
    rows.push_back({contact.contact_id.value_or(""), address_of(contact), name_of(contact), status_of(contact),
        joined(contact.list_memberships)});
  print_table(std::cout, {"CONTACT ID", "EMAIL", "NAME", "STATUS", "LISTS"}, rows);
}

}  // namespace

void add_contacts_command(CLI::App& app) {
  auto* contacts = app.add_subcommand("contacts",
      "Contacts: get, add (the delivery), find by address, and every API operation");
  contacts->require_subcommand(1);

  auto get_args = std::make_shared<GetArgs>();
  auto* get_command = contacts->add_subcommand("get", "Show one contact by its id");
  get_command->add_option("contact_id", get_args->contact_id, "The contact's id")->required();
  get_command->add_flag("--json", get_args->json, "Print the contact as JSON");
  add_connection_options(*get_command, get_args->connection);
  get_command->callback([get_args] { get(*get_args); });

  auto add_args = std::make_shared<AddArgs>();
  auto* add_command = contacts->add_subcommand("add", "Add a contact to a list, or update the one with that address");
  add_command->add_option("--email", add_args->lead.email, "Email address")->required();
  add_command->add_option("--first-name", add_args->lead.first_name, "First name");
  add_command->add_option("--last-name", add_args->lead.last_name, "Last name");
  add_command->add_option("--list", add_args->list_id, "The list's id")->required();
  add_connection_options(*add_command, add_args->connection);
  add_command->callback([add_args] { add(*add_args); });

  auto find_args = std::make_shared<FindArgs>();
  auto* find_command = contacts->add_subcommand("find", "Find the contact with an email address");
  find_command->add_option("email", find_args->email, "Email address")->required();
  add_connection_options(*find_command, find_args->connection);
  find_command->callback([find_args] { find(*find_args); });
}

}  // namespace ctct::cli
