// What each listing's page body holds: the key of its items, the key of its total, and the most
// items one page holds (the `limit` maximum of that GET). One place for the operations that read
// pages (call.hpp's page_body) and for the fuzzer that reads them as the operations do.
#pragma once

#include <cstddef>

#include "ctct/contact_reports.hpp"
#include "ctct/models.hpp"
#include "ctct/segments.hpp"
#include "ctct/tag_models.hpp"

namespace ctct::detail {

struct PageKeys {
  const char* items = nullptr;  // none: the item has no listing
  const char* count = nullptr;  // none: the listing has no total
  std::size_t cap = 0;
};

template <class Item>
inline constexpr PageKeys page_traits{};
template <>
inline constexpr PageKeys page_traits<Contact>{"contacts", "contacts_count", 500};  // GET /contacts: limit 1-500
template <>
inline constexpr PageKeys page_traits<ContactList>{"lists", "lists_count", 1000};  // GET /contact_lists: 1-1000
template <>
inline constexpr PageKeys page_traits<Activity>{"activities", "activities_count", 500};  // GET /activities: 1-500
template <>
inline constexpr PageKeys page_traits<Tag>{"tags", "tags_count", 500};  // GET /contact_tags: 1-500
template <>
inline constexpr PageKeys page_traits<CustomField>{"custom_fields", "custom_fields_count", 100};  // 1-100
template <>
inline constexpr PageKeys page_traits<Segment>{"segments", nullptr, 1000};  // GET /segments: 1-1000
template <>  // GET /reports/contact_reports/{contact_id}/activity_details: limit 1-100
inline constexpr PageKeys page_traits<TrackingActivity>{"tracking_activities", nullptr, 100};
template <>  // .../activity_summary has no limit parameter: ctct reads at most 1000 a page
inline constexpr PageKeys page_traits<CampaignActivitySummary>{"campaign_activities", nullptr, 1000};

}  // namespace ctct::detail
