// ctct::Client: one Core (engine, base URL, bearer token) shared by its operation groups.
#include "ctct/client.hpp"

#include "api/core.hpp"
#include "auth/jwt.hpp"
#include "ctct/bulk.hpp"
#include "ctct/contact_reports.hpp"
#include "ctct/segments.hpp"
#include "ctct/tags.hpp"

namespace ctct {
namespace {

// Whose limits the client's requests count against: the api_key option, else the managed
// tokens' client id, else the client id the access token was issued to.
std::string api_key_of(const ClientOptions& options) {
  if (!options.api_key.empty()) return options.api_key;
  if (!options.managed_tokens) return auth::jwt_client_id(options.access_token);
  if (!options.managed_tokens->oauth.client_id.empty()) return options.managed_tokens->oauth.client_id;
  return auth::jwt_client_id(options.managed_tokens->tokens.access_token);
}

std::unique_ptr<detail::Core> make_core(ClientOptions options) {
  if (options.access_token.empty() && !options.managed_tokens)
    throw UsageError("ClientOptions.access_token or ClientOptions.managed_tokens is required");
  detail::require_header_safe(options.access_token, "ClientOptions.access_token");
  detail::CoreOptions core;
  core.base_url = std::move(options.base_url);
  core.base_url_option = "ClientOptions.base_url";
  // Managed tokens put their current access token on each request themselves.
  if (!options.managed_tokens) core.headers = {{"Authorization", "Bearer " + options.access_token}};
  core.http = std::move(options.http);
  core.engine = std::move(options.engine);
  core.policies = detail::policies(options.retry, options.rate_limit, std::move(options.rate_limiter),
      api_key_of(options));
  core.policies.tokens = std::move(options.managed_tokens);
  core.policies.log = std::move(options.log);
  return std::make_unique<detail::Core>(std::move(core));
}

}  // namespace

Client::Client(ClientOptions options)
    : core_(make_core(std::move(options))), contacts_(*core_), lists_(*core_), activities_(*core_),
      tags_(std::make_unique<Tags>(*core_)), custom_fields_(std::make_unique<CustomFields>(*core_)),
      bulk_(std::make_unique<Bulk>(*core_)), segments_(std::make_unique<Segments>(*core_)),
      contact_reports_(std::make_unique<ContactReports>(*core_)) {}

Client::~Client() = default;

Contacts& Client::contacts() { return contacts_; }
ContactLists& Client::lists() { return lists_; }
Activities& Client::activities() { return activities_; }
Tags& Client::tags() { return *tags_; }
CustomFields& Client::custom_fields() { return *custom_fields_; }
Bulk& Client::bulk() { return *bulk_; }
Segments& Client::segments() { return *segments_; }
ContactReports& Client::contact_reports() { return *contact_reports_; }

void Client::close() { core_->close(); }

}  // namespace ctct
