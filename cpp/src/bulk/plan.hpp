// A bulk operation's plan: its input split into the requests one activity each allows.
// Bodies are made when their request is sent, so a large input is not held twice.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ctct/bulk_models.hpp"

namespace ctct::bulk {

struct Body {
  std::string text;
  std::string content_type = "application/json";
};

struct Chunk {
  long items = 0;  // input items it carries (1 for a source that is not a list of ids)
  std::function<Body()> body;
};

struct Plan {
  std::string activity;  // contacts_json_import, ...: also the path under /activities
  std::vector<Chunk> chunks;
  std::optional<std::string> refusal;  // input that cannot be sent, as a reason
};

Plan plan_json_import(const ContactsImport& input);
Plan plan_file_import(const FileImport& input);
Plan plan_memberships(const ListMemberships& input, bool adding);
Plan plan_contact_delete(const ContactDelete& input);
Plan plan_list_delete(const ListDelete& input);
Plan plan_custom_field_delete(const CustomFieldDelete& input);
Plan plan_export(const ContactExport& input);

// [begin, end) ranges of at most `size` items covering `count` items (none when count is 0).
std::vector<std::pair<std::size_t, std::size_t>> ranges(std::size_t count, std::size_t size);

// A refusal plan: nothing is sent.
Plan refuse(std::string activity, std::string reason);

}  // namespace ctct::bulk
