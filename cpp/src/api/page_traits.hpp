// What each listing's page body holds: the key of its items, the key of its total, and the most
// items one page holds (the `limit` maximum of that GET). One place for the operations that read
// pages (call.hpp's page_body) and for the fuzzer that reads them as the operations do.
#pragma once

#include <cstddef>

#include "ctct/models.hpp"
#include "ctct/tag_models.hpp"

namespace ctct::detail {

// Declared only: an item without a listing has no page.
template <class Item>
struct page_traits;

template <>
struct page_traits<Contact> {
  static constexpr char items[] = "contacts", count[] = "contacts_count";
  static constexpr std::size_t cap = 500;  // GET /contacts: limit 1-500
};

template <>
struct page_traits<ContactList> {
  static constexpr char items[] = "lists", count[] = "lists_count";
  static constexpr std::size_t cap = 1000;  // GET /contact_lists: limit 1-1000
};

template <>
struct page_traits<Activity> {
  static constexpr char items[] = "activities", count[] = "activities_count";  // the service sends no count
  static constexpr std::size_t cap = 500;  // GET /activities: limit 1-500
};

template <>
struct page_traits<Tag> {
  // No total of tags (include_count counts each tag's contacts): the count is never present.
  static constexpr char items[] = "tags", count[] = "tags_count";
  static constexpr std::size_t cap = 500;  // GET /contact_tags: limit 1-500
};

template <>
struct page_traits<CustomField> {
  static constexpr char items[] = "custom_fields", count[] = "custom_fields_count";  // never present
  static constexpr std::size_t cap = 100;  // GET /contact_custom_fields: limit 1-100
};

}  // namespace ctct::detail
