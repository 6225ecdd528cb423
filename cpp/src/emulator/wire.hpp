// Described shapes that exist only on the wire (pages, links, errors) or in the control API;
// the resources themselves are the public models.
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "ctct/models.hpp"
#include "ctct/segments.hpp"
#include "ctct/tag_models.hpp"
#include "ctct/v2.hpp"

namespace ctct::emulator {

struct ApiError {
  std::optional<std::string> error_key, error_message;
  static constexpr auto fields() {
    return std::make_tuple(field("error_key", &ApiError::error_key), field("error_message", &ApiError::error_message));
  }
};

struct Link {
  std::optional<std::string> href;
  static constexpr auto fields() { return std::make_tuple(field("href", &Link::href)); }
};

struct Links {
  std::optional<Link> next, self;
  static constexpr auto fields() { return std::make_tuple(field("next", &Links::next), field("self", &Links::self)); }
};

// Listings keep their array even when empty, as the service does (hence optional vectors).
struct ContactsPage {
  std::optional<std::vector<Contact>> contacts;
  std::optional<long> contacts_count;
  std::optional<Links> _links;
  static constexpr auto fields() {
    using T = ContactsPage;
    return std::make_tuple(field("contacts", &T::contacts), field("contacts_count", &T::contacts_count),
        field("_links", &T::_links));
  }
};

struct ListsPage {
  std::optional<std::vector<ContactList>> lists;
  std::optional<long> lists_count;
  std::optional<Links> _links;
  static constexpr auto fields() {
    using T = ListsPage;
    return std::make_tuple(field("lists", &T::lists), field("lists_count", &T::lists_count),
        field("_links", &T::_links));
  }
};

// An activity as answered: the model plus its self link.
struct LinkedActivity : Activity {
  std::optional<Links> _links;
  static constexpr auto fields() {
    return std::tuple_cat(Activity::fields(), std::make_tuple(field("_links", &LinkedActivity::_links)));
  }
};

// Body of PUT /contacts/resubscribe/{id}.
struct Resubscribe {
  std::vector<std::string> list_ids;
  static constexpr auto fields() {
    return std::make_tuple(field("list_ids", &Resubscribe::list_ids,
        {.max_items = 50, .format = Format::uuid, .required = true}));
  }
};

// Control API: POST /__emulator/seed, its answer, and GET /__emulator/state.
// `generate` makes many plain contacts at once (c<N>@generated.example.com), for load tests.
struct SeedGenerate {
  std::optional<long> contacts;
  std::vector<std::string> list_memberships;
  static constexpr auto fields() {
    return std::make_tuple(field("contacts", &SeedGenerate::contacts),
        field("list_memberships", &SeedGenerate::list_memberships));
  }
};

struct Seed {
  std::vector<ContactList> lists;
  std::vector<Contact> contacts;
  std::vector<v2::ContactList> v2_lists;
  std::vector<v2::Contact> v2_contacts;
  std::vector<Tag> tags;
  std::vector<CustomField> custom_fields;
  std::optional<SeedGenerate> generate;
  std::vector<Segment> segments;
  static constexpr auto fields() {
    return std::make_tuple(field("lists", &Seed::lists), field("contacts", &Seed::contacts),
        field("v2_lists", &Seed::v2_lists), field("v2_contacts", &Seed::v2_contacts), field("tags", &Seed::tags),
        field("custom_fields", &Seed::custom_fields), field("generate", &Seed::generate),
        field("segments", &Seed::segments));
  }
};

struct SeedIds {
  std::optional<std::vector<std::string>> lists, contacts, v2_lists, v2_contacts, tags, custom_fields;
  std::optional<long> generated;  // contacts made by `generate` (their ids are not listed)
  static constexpr auto fields() {
    return std::make_tuple(field("lists", &SeedIds::lists), field("contacts", &SeedIds::contacts),
        field("v2_lists", &SeedIds::v2_lists), field("v2_contacts", &SeedIds::v2_contacts),
        field("tags", &SeedIds::tags), field("custom_fields", &SeedIds::custom_fields),
        field("generated", &SeedIds::generated));
  }
};

struct StateDump {
  std::optional<std::vector<ContactList>> lists;
  std::optional<std::vector<Contact>> contacts;
  std::optional<std::vector<Activity>> activities;
  std::optional<std::vector<v2::ContactList>> v2_lists;
  std::optional<std::vector<v2::Contact>> v2_contacts;
  std::optional<std::vector<Tag>> tags;
  std::optional<std::vector<CustomField>> custom_fields;
  static constexpr auto fields() {
    using T = StateDump;
    return std::make_tuple(field("lists", &T::lists), field("contacts", &T::contacts),
        field("activities", &T::activities), field("v2_lists", &T::v2_lists), field("v2_contacts", &T::v2_contacts),
        field("tags", &T::tags), field("custom_fields", &T::custom_fields));
  }
};

// One fault as posted to /__emulator/faults (and listed by GET).
struct FaultSpec {
  std::optional<std::string> method, path;
  std::optional<int> status;
  std::optional<std::string> body;
  std::optional<long> delay_ms;
  std::optional<std::string> action;
  std::optional<long> times, interval_ms, bytes;
  std::optional<std::string> location;
  static constexpr auto fields() {
    using T = FaultSpec;
    return std::make_tuple(field("method", &T::method), field("path", &T::path), field("status", &T::status),
        field("body", &T::body), field("delay_ms", &T::delay_ms), field("action", &T::action),
        field("times", &T::times), field("interval_ms", &T::interval_ms), field("bytes", &T::bytes),
        field("location", &T::location));
  }
};

}  // namespace ctct::emulator
