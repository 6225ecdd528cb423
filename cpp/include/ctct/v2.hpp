// Constant Contact API v2 (legacy): what the original delivery used, for users who still hold
// a v2 API key. Every call carries ?api_key= and the bearer access token.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ctct/delivery.hpp"
#include "ctct/engine.hpp"
#include "ctct/log.hpp"
#include "ctct/models.hpp"
#include "ctct/operation.hpp"
#include "ctct/options.hpp"
#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"

namespace ctct::v2 {

inline constexpr const char* address_type[] = {"PERSONAL", "BUSINESS", nullptr};

struct EmailAddress {
  std::optional<std::string> id, status, confirm_status, opt_in_source, opt_in_date, email_address;
  bool operator==(const EmailAddress&) const = default;
  static constexpr auto fields() {
    using T = EmailAddress;
    return std::make_tuple(field("id", &T::id), field("status", &T::status),
        field("confirm_status", &T::confirm_status), field("opt_in_source", &T::opt_in_source),
        field("opt_in_date", &T::opt_in_date),
        field("email_address", &T::email_address, {.max_len = 80, .format = Format::email}));
  }
};

struct ListRef {
  std::optional<std::string> id, status;
  bool operator==(const ListRef&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("id", &ListRef::id), field("status", &ListRef::status));
  }
};

struct Address {
  std::optional<std::string> address_type, line1, line2, city, state_code, country_code, postal_code;
  bool operator==(const Address&) const = default;
  static constexpr auto fields() {
    using T = Address;
    return std::make_tuple(field("address_type", &T::address_type, {.one_of = v2::address_type}),
        field("line1", &T::line1, {.max_len = 100}), field("line2", &T::line2, {.max_len = 100}),
        field("city", &T::city, {.max_len = 50}), field("state_code", &T::state_code, {.max_len = 2}),
        field("country_code", &T::country_code, {.max_len = 2}),
        field("postal_code", &T::postal_code, {.max_len = 25}));
  }
};

struct Contact {
  std::optional<std::string> id, status;
  std::optional<bool> confirmed;
  std::optional<std::string> source, source_details;
  std::vector<EmailAddress> email_addresses;
  std::vector<ListRef> lists;
  std::optional<std::string> first_name, middle_name, last_name, prefix_name, job_title, company_name, home_phone,
      work_phone, cell_phone, fax;
  std::vector<Address> addresses;
  bool operator==(const Contact&) const = default;
  static constexpr auto fields() {
    using T = Contact;
    return std::make_tuple(field("id", &T::id), field("status", &T::status), field("confirmed", &T::confirmed),
        field("source", &T::source), field("source_details", &T::source_details),
        field("email_addresses", &T::email_addresses, {.max_items = 1}), field("lists", &T::lists, {.max_items = 50}),
        field("first_name", &T::first_name, {.max_len = 50}), field("middle_name", &T::middle_name, {.max_len = 50}),
        field("last_name", &T::last_name, {.max_len = 50}), field("prefix_name", &T::prefix_name, {.max_len = 10}),
        field("job_title", &T::job_title, {.max_len = 50}), field("company_name", &T::company_name, {.max_len = 100}),
        field("home_phone", &T::home_phone, {.max_len = 50}), field("work_phone", &T::work_phone, {.max_len = 50}),
        field("cell_phone", &T::cell_phone, {.max_len = 50}), field("fax", &T::fax, {.max_len = 50}),
        field("addresses", &T::addresses, {.max_items = 2}));
  }
};

struct ContactList {
  std::optional<std::string> id, name, status;
  std::optional<long> contact_count;
  std::optional<std::string> created_date, modified_date;
  bool operator==(const ContactList&) const = default;
  static constexpr auto fields() {
    using T = ContactList;
    return std::make_tuple(field("id", &T::id), field("name", &T::name), field("status", &T::status),
        field("contact_count", &T::contact_count), field("created_date", &T::created_date),
        field("modified_date", &T::modified_date));
  }
};

// Who the v2 API records as adding the contact (the ?action_by= of POST /contacts).
enum class ActionBy { owner, visitor };

}  // namespace ctct::v2

template <>
struct ctct::meta::enum_names<ctct::v2::ActionBy> {
  static constexpr const char* names[] = {"owner", "visitor"};
};

namespace ctct::v2 {

struct ClientOptions {
  std::string api_key;
  std::string access_token;
  std::string base_url = "https://api.constantcontact.com/v2";
  HttpOptions http;
  RetryOptions retry;
  RateLimit rate_limit;            // the limit of api_key's shared limiter
  RateLimiterOption rate_limiter;  // your own RateLimiter, or a Redis URL; wins over sharing
  LogOptions log;                  // requests, retries, waits
  std::shared_ptr<Engine> engine;  // null: the process-wide one (ctct/engine.hpp)
};

class Client {
 public:
  explicit Client(ClientOptions options);
  Client(std::string api_key, std::string access_token);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // GET /lists: how users find the List ID the delivery needs.
  void lists(Callback<std::vector<ContactList>> callback);
  Outcome<std::vector<ContactList>> lists();

  // POST /contacts?action_by=...
  void create_contact(const Contact& contact, ActionBy action_by, Callback<Contact> callback);
  Outcome<Contact> create_contact(const Contact& contact, ActionBy action_by = ActionBy::owner);

  // The delivery on v2: a 409 (the address exists in any state) is a failure.
  void add_contact_to_list(const std::string& list_id, const Lead& lead, ActionBy action_by, DeliveryCallback callback);
  DeliveryOutcome add_contact_to_list(const std::string& list_id, const Lead& lead,
      ActionBy action_by = ActionBy::owner);

  // Completes every request in flight with an error outcome; later calls throw UsageError.
  void close();

  // The operations, for the bindings (ctct/operation.hpp).
  static constexpr auto operations() {
    using meta::arg, meta::option, meta::operation;
    using C = Client;
    return std::make_tuple(operation("lists", &C::lists, "GET /lists: the lists and their ids."),
        operation("create_contact", &C::create_contact, "POST /contacts?action_by=...", arg("contact"),
            option("action_by")),
        operation("add_contact_to_list", &C::add_contact_to_list,
            "The delivery on v2: adds the lead (email required) to the list; an existing address is a failure.",
            arg("list_id"), arg("lead"), option("action_by")));
  }

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace ctct::v2

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_V2_MODELS(X) \
  X(v2::EmailAddress, "v2", "EmailAddress") \
  X(v2::ListRef, "v2", "ListRef") \
  X(v2::Address, "v2", "Address") \
  X(v2::Contact, "v2", "Contact") \
  X(v2::ContactList, "v2", "ContactList") \
  X(std::vector<v2::ContactList>, "v2", "ContactLists")
// clang-format on
