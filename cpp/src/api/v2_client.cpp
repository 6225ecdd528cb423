// The v2 client: GET /lists and POST /contacts on the shared core, with ?api_key= on every call.
#include "ctct/v2.hpp"

#include "api/call.hpp"
#include "api/core.hpp"
#include "api/v2_impl.hpp"

namespace ctct::v2 {
namespace {

detail::CoreOptions core_options(ClientOptions options) {
  if (options.api_key.empty()) throw UsageError("v2::ClientOptions.api_key is required");
  if (options.access_token.empty()) throw UsageError("v2::ClientOptions.access_token is required");
  detail::require_header_safe(options.access_token, "v2::ClientOptions.access_token");
  detail::CoreOptions core{.base_url = std::move(options.base_url),
      .base_url_option = "v2::ClientOptions.base_url",
      .headers = {{"Authorization", "Bearer " + options.access_token}},
      .query = {{"api_key", options.api_key}},
      .http = options.http,
      .engine = std::move(options.engine),
      // The v2 api_key is the application's key, the v3 client id of the same application.
      .policies = detail::policies(options.retry, options.rate_limit, std::move(options.rate_limiter),
          options.api_key)};
  core.policies.log = std::move(options.log);
  return core;
}

// v2 checks two credentials: a 401 may be either of them (classify speaks of the token only).
template <class T>
Callback<T> explain_credentials(Callback<T> callback) {
  return [callback = std::move(callback)](Outcome<T> outcome) {
    if (outcome.status == 401)
      outcome.reason = "Constant Contact refused the v2 API key or the access token (401" +
                       (outcome.error_key ? " " + *outcome.error_key : std::string()) + "): check both.";
    callback(std::move(outcome));
  };
}

}  // namespace

Client::Client(ClientOptions options) : impl_(std::make_unique<Impl>(core_options(std::move(options)))) {}

Client::Client(std::string api_key, std::string access_token)
    : Client(ClientOptions{.api_key = std::move(api_key), .access_token = std::move(access_token)}) {}

Client::~Client() = default;

void Client::lists(Callback<std::vector<ContactList>> callback) {
  detail::Call("GET", "/lists", "the lists")
      .send<std::vector<ContactList>>(impl_->core, detail::json_body<std::vector<ContactList>>(),
          explain_credentials(std::move(callback)));
}

Outcome<std::vector<ContactList>> Client::lists() {
  return detail::wait_for<std::vector<ContactList>>([&](auto done) { lists(std::move(done)); });
}

void Client::create_contact(const Contact& contact, ActionBy action_by, Callback<Contact> callback) {
  detail::Call("POST", "/contacts", "the contact")
      .query("action_by", action_by == ActionBy::owner ? "ACTION_BY_OWNER" : "ACTION_BY_VISITOR")
      .body(contact, "contact")
      .send<Contact>(impl_->core, detail::json_body<Contact>(), explain_credentials(std::move(callback)));
}

Outcome<Contact> Client::create_contact(const Contact& contact, ActionBy action_by) {
  return detail::wait_for<Contact>([&](auto done) { create_contact(contact, action_by, std::move(done)); });
}

void Client::close() { impl_->core.close(); }

}  // namespace ctct::v2
