#include "existing_addresses.hpp"

#include <algorithm>
#include <cctype>

namespace ctct::cli {

namespace {

constexpr int page_size = 500;
const char* const phase = "checking";

ExistingAddresses failed(const std::optional<std::string>& reason) {
  return {{}, reason.value_or("the lookup did not complete.")};
}

ExistingAddresses look_up_each(Client& client, const std::unordered_set<std::string>& wanted, Progress& progress) {
  ExistingAddresses found;
  long done = 0;
  const long total = static_cast<long>(wanted.size());
  for (const auto& address : wanted) {
    ContactQuery query;
    query.email = address;
    query.status = "all";
    query.limit = 1;
    auto page = client.contacts().list(query);
    if (!page.ok()) return failed(page.reason);
    if (!page.value->items.empty()) found.addresses.insert(address);
    progress.update(phase, ++done, total);
  }
  return found;
}

ExistingAddresses list_all(Client& client, const std::unordered_set<std::string>& wanted, long contacts,
    Progress& progress) {
  ExistingAddresses found;
  ContactQuery query;
  query.status = "all";
  query.limit = page_size;
  auto pages = client.contacts().pages(query);
  long seen = 0;
  while (auto page = pages.next()) {
    if (!page->ok()) return failed(page->reason);
    for (const auto& contact : page->value->items)
      if (contact.email_address && contact.email_address->address) {
        auto address = address_key(*contact.email_address->address);
        if (wanted.count(address)) found.addresses.insert(std::move(address));
      }
    seen += static_cast<long>(page->value->items.size());
    progress.update(phase, seen, std::max(seen, contacts));
  }
  return found;
}

}  // namespace

std::string address_key(std::string address) {
  for (auto& c : address) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return address;
}

ExistingAddresses find_existing(Client& client, const std::unordered_set<std::string>& wanted, Progress& progress) {
  if (wanted.empty()) return {};
  ContactQuery count_query;
  count_query.status = "all";
  count_query.limit = 1;
  count_query.include_count = true;
  auto counted = client.contacts().list(count_query);
  if (!counted.ok()) return failed(counted.reason);
  const long contacts = counted.value->count.value_or(0);
  if (counted.value->count && contacts == 0) return {};
  const long pages = (contacts + page_size - 1) / page_size;
  if (!counted.value->count || pages < static_cast<long>(wanted.size()))
    return list_all(client, wanted, contacts, progress);
  return look_up_each(client, wanted, progress);
}

}  // namespace ctct::cli
