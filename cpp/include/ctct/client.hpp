// The v3 client: contacts, contact lists, activities and the lead delivery. Each operation
// comes in two forms: `op(args, callback)` answers on the client's I/O thread, `op(args)` blocks.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ctct/account_models.hpp"
#include "ctct/bulk_models.hpp"
#include "ctct/delivery.hpp"
#include "ctct/engine.hpp"
#include "ctct/log.hpp"
#include "ctct/models.hpp"
#include "ctct/oauth.hpp"
#include "ctct/operation.hpp"
#include "ctct/options.hpp"
#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"

namespace ctct {

inline constexpr const char* default_base_url = "https://api.cc.email/v3";

struct ClientOptions {
  std::string access_token;  // a fixed token; or leave empty and give managed_tokens
  std::string base_url = default_base_url;
  HttpOptions http;
  RetryOptions retry;
  RateLimit rate_limit;            // the limit of the key's shared limiter
  RateLimiterOption rate_limiter;  // your own RateLimiter, or a Redis URL; wins over sharing
  // The application's client id. Clients of one key share one rate limiter and daily count;
  // when empty, the key is managed_tokens' client id or the access token's cid claim.
  std::string api_key;
  std::optional<oauth::ManagedTokens> managed_tokens;  // refreshed by the client itself
  LogOptions log;                                      // requests, retries, refreshes, waits
  std::shared_ptr<Engine> engine;                      // null: the process-wide one (ctct/engine.hpp)
};

// Filters of GET /contacts; unset ones are not sent.
struct ContactQuery {
  std::optional<std::string> status, email;
  std::vector<std::string> lists;  // up to 25 list ids
  std::optional<std::string> segment_id;
  std::vector<std::string> tags;  // up to 50 tag ids
  std::optional<std::string> updated_after, updated_before, created_after, created_before, optout_after, optout_before;
  std::vector<std::string> include;  // custom_fields, list_memberships, phone_numbers, ...
  std::optional<std::string> sms_status;
  std::optional<bool> include_count;
  std::optional<int> limit;  // 1-500
  bool operator==(const ContactQuery&) const = default;
  // Described so that Python and Node convert queries generically, as they do models.
  static constexpr auto fields() {
    using T = ContactQuery;
    return std::make_tuple(field("status", &T::status), field("email", &T::email), field("lists", &T::lists),
        field("segment_id", &T::segment_id), field("tags", &T::tags), field("updated_after", &T::updated_after),
        field("updated_before", &T::updated_before), field("created_after", &T::created_after),
        field("created_before", &T::created_before), field("optout_after", &T::optout_after),
        field("optout_before", &T::optout_before), field("include", &T::include), field("sms_status", &T::sms_status),
        field("include_count", &T::include_count), field("limit", &T::limit));
  }
};

// Filters of GET /contact_lists.
struct ListQuery {
  std::optional<int> limit;  // 1-1000
  std::optional<bool> include_count;
  std::optional<std::string> include_membership_count, name, status;
  bool operator==(const ListQuery&) const = default;
  static constexpr auto fields() {
    using T = ListQuery;
    return std::make_tuple(field("limit", &T::limit), field("include_count", &T::include_count),
        field("include_membership_count", &T::include_membership_count), field("name", &T::name),
        field("status", &T::status));
  }
};

// Follows _links.next.href page after page. The blocking form ends after the last page or
// after the first page that is not a success (which it still returns). Keep the object in place
// while a page is in flight: its callback updates it.
template <class Item>
class Pages {
 public:
  using Fetch = std::function<void(const std::optional<std::string>& next, Callback<Page<Item>>)>;
  explicit Pages(Fetch fetch) : fetch_(std::move(fetch)) {}

  bool done() const { return done_; }
  // Fetches the next page; the callback runs on the I/O thread.
  void next(Callback<Page<Item>> callback);
  // Blocks for the next page; nullopt once done.
  std::optional<Outcome<Page<Item>>> next();

 private:
  Fetch fetch_;
  std::optional<std::string> next_;
  bool done_ = false;
};

// Defined once in the library for the listings below.
extern template class Pages<Contact>;
extern template class Pages<ContactList>;

namespace detail {
class Core;
}
class Tags;            // ctct/tags.hpp
class CustomFields;    // ctct/tags.hpp
class Bulk;            // ctct/bulk.hpp
class Segments;        // ctct/segments.hpp
class ContactReports;  // ctct/contact_reports.hpp

class Contacts {
 public:
  explicit Contacts(detail::Core& core) : core_(core) {}

  // POST /contacts: create_source and one of email, name or SMS are required; 409 if it exists.
  void create(const Contact& contact, Callback<Contact> callback);
  Outcome<Contact> create(const Contact& contact);

  // POST /contacts/sign_up_form: create, or update by email and add to the lists.
  void create_or_update(const ContactSignUp& contact, Callback<SignUpResult> callback);
  Outcome<SignUpResult> create_or_update(const ContactSignUp& contact);

  // GET /contacts/{id}; include names sub-resources (custom_fields, list_memberships, ...).
  void get(const std::string& contact_id, const std::vector<std::string>& include, Callback<Contact> callback);
  Outcome<Contact> get(const std::string& contact_id, const std::vector<std::string>& include = {});

  // GET /contacts: one page. A page of more than 500 contacts (the API's most) is an error
  // outcome, read no further.
  void list(const ContactQuery& query, Callback<Page<Contact>> callback);
  Outcome<Page<Contact>> list(const ContactQuery& query = {});
  // Every page, following _links.next.href.
  Pages<Contact> pages(const ContactQuery& query = {});

  // PUT /contacts/{id}: update_source required; a full update (omitted core fields are cleared).
  void update(const std::string& contact_id, const Contact& contact, Callback<Contact> callback);
  Outcome<Contact> update(const std::string& contact_id, const Contact& contact);

  // DELETE /contacts/{id}.
  void remove(const std::string& contact_id, Callback<Empty> callback);
  Outcome<Empty> remove(const std::string& contact_id);

  // GET /contacts/counts.
  void counts(bool include_new_subscriber, Callback<ContactsCounts> callback);
  Outcome<ContactsCounts> counts(bool include_new_subscriber = false);

  // PUT /contacts/resubscribe/{id}: resubscribes an unsubscribed contact to the lists given.
  void resubscribe(const std::string& contact_id, const std::vector<std::string>& list_ids, Callback<Empty> callback);
  Outcome<Empty> resubscribe(const std::string& contact_id, const std::vector<std::string>& list_ids);

  // GET /contacts/sms_engagement_history/{id}: the contact's SMS consent records (none without SMS).
  void sms_engagement_history(const std::string& contact_id, Callback<std::vector<SmsEngagement>> callback);
  Outcome<std::vector<SmsEngagement>> sms_engagement_history(const std::string& contact_id);

  // GET /contacts/contact_id_xrefs: the v3 contact_id of each v2 contact id (decimal digits), any
  // number of them, asked 500 per request; ids with no v3 contact are listed as unmatched.
  void id_xrefs(const std::vector<std::string>& sequence_ids, Callback<ContactIdXrefs> callback);
  Outcome<ContactIdXrefs> id_xrefs(const std::vector<std::string>& sequence_ids);

  // The operations as the bindings and the parity test see them (ctct/operation.hpp).
  static constexpr auto operations() {
    using G = Contacts;
    using namespace meta;
    return std::make_tuple(
        operation("create", &G::create,
            "POST /contacts: create_source and an email address are required; an existing one is a failure.",
            arg("contact")),
        operation("create_or_update", &G::create_or_update,
            "POST /contacts/sign_up_form: creates, or updates by email, and adds to the lists.", arg("contact")),
        operation("get", &G::get,
            "GET /contacts/{contact_id}; include names sub-resources (custom_fields, list_memberships, ...).",
            arg("contact_id"), option("include")),
        operation("list", &G::list, "GET /contacts: one page.", fields("query")),
        operation("update", &G::update, "PUT /contacts/{contact_id}: a full update; update_source is required.",
            arg("contact_id"), arg("contact")),
        operation("remove", &G::remove, "DELETE /contacts/{contact_id}.", arg("contact_id")),
        operation("counts", &G::counts, "GET /contacts/counts.", option("include_new_subscriber")),
        operation("resubscribe", &G::resubscribe,
            "PUT /contacts/resubscribe/{contact_id}: resubscribes an unsubscribed contact to the lists.",
            arg("contact_id"), arg("list_ids")),
        operation("sms_engagement_history", &G::sms_engagement_history,
            "GET /contacts/sms_engagement_history/{contact_id}: the contact's SMS consent records.", arg("contact_id")),
        operation("id_xrefs", &G::id_xrefs,
            "GET /contacts/contact_id_xrefs: the v3 contact_id of each v2 contact id, 500 ids per request.",
            arg("sequence_ids")));
  }

 private:
  detail::Core& core_;
};

class ContactLists {
 public:
  explicit ContactLists(detail::Core& core) : core_(core) {}

  void create(const ContactList& list, Callback<ContactList> callback);
  Outcome<ContactList> create(const ContactList& list);

  void get(const std::string& list_id, Callback<ContactList> callback);
  Outcome<ContactList> get(const std::string& list_id);

  // GET /contact_lists: one page. More than 1000 lists (the API's most) is an error outcome.
  void list(const ListQuery& query, Callback<Page<ContactList>> callback);
  Outcome<Page<ContactList>> list(const ListQuery& query = {});
  Pages<ContactList> pages(const ListQuery& query = {});

  void update(const std::string& list_id, const ContactList& list, Callback<ContactList> callback);
  Outcome<ContactList> update(const std::string& list_id, const ContactList& list);

  // DELETE /contact_lists/{id}: 202 with the activity that deletes it.
  void remove(const std::string& list_id, Callback<Activity> callback);
  Outcome<Activity> remove(const std::string& list_id);

  // GET /contact_lists/list_id_xrefs: the v3 list_id of each v2 list id, as Contacts::id_xrefs.
  void id_xrefs(const std::vector<std::string>& sequence_ids, Callback<ListIdXrefs> callback);
  Outcome<ListIdXrefs> id_xrefs(const std::vector<std::string>& sequence_ids);

  static constexpr auto operations() {
    using G = ContactLists;
    using namespace meta;
    return std::make_tuple(operation("create", &G::create, "POST /contact_lists: name is required.", arg("list")),
        operation("get", &G::get, "GET /contact_lists/{list_id}.", arg("list_id")),
        operation("list", &G::list, "GET /contact_lists: one page.", fields("query")),
        operation("update", &G::update, "PUT /contact_lists/{list_id}.", arg("list_id"), arg("list")),
        operation("remove", &G::remove, "DELETE /contact_lists/{list_id}: answers the activity that deletes it.",
            arg("list_id")),
        operation("id_xrefs", &G::id_xrefs,
            "GET /contact_lists/list_id_xrefs: the v3 list_id of each v2 list id, 500 ids per request.",
            arg("sequence_ids")));
  }

 private:
  detail::Core& core_;
};

class Activities {
 public:
  explicit Activities(detail::Core& core) : core_(core) {}
  void get(const std::string& activity_id, Callback<Activity> callback);
  Outcome<Activity> get(const std::string& activity_id);

  // GET /activities: one page of the activities of the last 10 days (ActivityQuery in
  // ctct/bulk_models.hpp: limit 1-500, state). More than 500 activities is an error outcome.
  void list(const ActivityQuery& query, Callback<Page<Activity>> callback);
  Outcome<Page<Activity>> list(const ActivityQuery& query);

  static constexpr auto operations() {
    using G = Activities;
    using namespace meta;
    return std::make_tuple(operation("get", &G::get, "GET /activities/{activity_id}.", arg("activity_id")),
        operation("list", &G::list, "GET /activities: one page of the last 10 days' activities.", fields("query")));
  }

 private:
  detail::Core& core_;
};

class Client {
 public:
  explicit Client(ClientOptions options);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  Contacts& contacts();
  ContactLists& lists();
  Activities& activities();
  Tags& tags();                       // include ctct/tags.hpp to call it
  CustomFields& custom_fields();      // include ctct/tags.hpp to call it
  Bulk& bulk();                       // include ctct/bulk.hpp to call it
  Segments& segments();               // include ctct/segments.hpp to call it
  ContactReports& contact_reports();  // include ctct/contact_reports.hpp to call it

  // The delivery: adds the lead to the list and reads the contact back for the append fields.
  void add_contact_to_list(const std::string& list_id, const Lead& lead, const DeliveryOptions& options,
      DeliveryCallback callback);
  DeliveryOutcome add_contact_to_list(const std::string& list_id, const Lead& lead,
      const DeliveryOptions& options = {});

  // GET /account/summary with the physical address: the credential check a platform runs when
  // a customer connects an account. A revoked or wrong token is an error (401) like any call's;
  // the summary needs the account_read scope (a 403 without it), user_privileges none.
  void account(Callback<Account> callback);
  Outcome<Account> account();
  // GET /account/user/privileges: what the token's user may do.
  void user_privileges(Callback<std::vector<UserPrivilege>> callback);
  Outcome<std::vector<UserPrivilege>> user_privileges();

  // Completes every request in flight with an error outcome; later calls throw UsageError.
  void close();

  // The groups and the client's own operations as the bindings and the parity test see them.
  static constexpr auto groups() {
    using C = Client;
    using meta::group;
    return std::make_tuple(group("contacts", &C::contacts, "Contacts: create, read, update, delete, pages."),
        group("lists", &C::lists, "Contact lists."),
        group("activities", &C::activities, "Activities of the last 10 days."),
        group("tags", &C::tags, "Contact tags and their bulk activities."),
        group("custom_fields", &C::custom_fields, "Contact custom fields."),
        group("bulk", &C::bulk, "Bulk activities: any amount of input in the fewest activities."),
        group("segments", &C::segments, "Segments: saved contact criteria."),
        group("contact_reports", &C::contact_reports, "One contact's e-mail engagement reports."));
  }
  static constexpr auto operations() {
    using namespace meta;
    return std::make_tuple(
        operation("add_contact_to_list", &Client::add_contact_to_list,
            "The delivery: adds the lead (email required) to the list and reads back the append fields.",
            arg("list_id"), arg("lead"), fields("options")),
        operation("account", &Client::account,
            "GET /account/summary: the account's organization, owner and address; checks the credentials."),
        operation("user_privileges", &Client::user_privileges,
            "GET /account/user/privileges: what the token's user may do."));
  }

 private:
  friend class LeadQueue;  // its batch timers run on the client's engine
  std::unique_ptr<detail::Core> core_;
  Contacts contacts_;
  ContactLists lists_;
  Activities activities_;
  std::unique_ptr<Tags> tags_;
  std::unique_ptr<CustomFields> custom_fields_;
  std::unique_ptr<Bulk> bulk_;
  std::unique_ptr<Segments> segments_;
  std::unique_ptr<ContactReports> contact_reports_;
};

}  // namespace ctct

// Queries and options of this header: taken field by field by the bindings, never JSON.
// clang-format off
#define CTCT_CLIENT_ARGUMENT_TYPES(X) \
  X(ContactQuery, "", "ContactQuery") \
  X(ListQuery, "", "ListQuery")
// clang-format on
