// The emulator's state as a vector's expect_state shows it: per store named there, each
// contact's address and list ids in store order, so that a lost or doubled lead is seen; and
// the API requests it saw, so that input refused before sending is seen to send nothing.
#include <stdexcept>

#include "ctct/testing/emulator.hpp"
#include "vectors.hpp"

namespace vectors {
namespace {

namespace dom = simdjson::dom;

// The minified JSON of an array of ids, separated by commas, without brackets.
std::string joined(dom::array ids) {
  std::string out;
  for (dom::element id : ids) out += (out.empty() ? "" : ",") + simdjson::minify(id);
  return out;
}

// {"email":ADDRESS,"lists":[IDS]} of one stored contact, with "tags":[IDS] when it has any; v2
// contacts keep address and lists in other fields.
std::string contact_entry(dom::object contact, bool v2) {
  dom::element address;
  dom::array lists;
  dom::array tags;
  const auto found = v2 ? contact["email_addresses"].at(0)["email_address"].get(address)
                        : contact["email_address"]["address"].get(address);
  if (found) throw std::runtime_error("a stored contact has no email address");
  std::string out = "{\"email\":" + simdjson::minify(address) + ",\"lists\":[";
  if (!contact[v2 ? "lists" : "list_memberships"].get(lists)) {
    bool first = true;
    for (dom::element list : lists) {
      out += first ? "" : ",";
      first = false;
      out += simdjson::minify(v2 ? list["id"].value() : list);
    }
  }
  out += "]";
  if (!v2 && !contact["taggings"].get(tags) && tags.size() > 0) out += ",\"tags\":[" + joined(tags) + "]";
  return out + "}";
}

// The API requests the emulator has seen since the vector's reset.
int64_t requests_seen(ctct::testing::Emulator& emulator) {
  const auto text = emulator.control("GET", "stats");
  dom::parser parser;
  int64_t requests = 0;
  if (parser.parse(text)["requests"].get(requests)) throw std::runtime_error("the emulator's stats have no requests");
  return requests;
}

}  // namespace

std::string stored_state(ctct::testing::Emulator& emulator, dom::object expect_state) {
  const auto text = emulator.control("GET", "state");
  dom::parser parser;
  dom::object state;
  if (parser.parse(text).get(state)) throw std::runtime_error("the emulator's state is not an object");
  std::string out = "{";
  for (auto [store, unused] : expect_state) {
    out += (out.size() > 1 ? ",\"" : "\"") + std::string(store) + "\":";
    if (store == "requests") {
      out += std::to_string(requests_seen(emulator));
      continue;
    }
    if (store != "contacts" && store != "v2_contacts")
      throw std::runtime_error("expect_state takes contacts, v2_contacts and requests");
    out += "[";
    dom::array contacts;
    if (!state[store].get(contacts)) {
      bool first = true;
      for (dom::element contact : contacts) {
        out += first ? "" : ",";
        first = false;
        out += contact_entry(contact.get_object().value(), store == "v2_contacts");
      }
    }
    out += "]";
  }
  return out + "}";
}

}  // namespace vectors
