// /v3/reports/contact_reports/{contact_id}/...: the emulator sends no campaigns, so every
// contact's tracking is empty: no tracked actions, no campaign activities, rates of 0 over 0
// activities. The queries are checked as the service checks them.
#include <algorithm>

#include "api/validate.hpp"
#include "ctct/contact_reports.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/listing.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

namespace {

struct ActivityDetailsPage {
  std::optional<std::vector<TrackingActivity>> tracking_activities;
  static constexpr auto fields() {
    return std::make_tuple(field("tracking_activities", &ActivityDetailsPage::tracking_activities));
  }
};

struct ActivitySummaryPage {
  std::optional<std::string> contact_id;
  std::optional<std::vector<CampaignActivitySummary>> campaign_activities;
  static constexpr auto fields() {
    return std::make_tuple(field("contact_id", &ActivitySummaryPage::contact_id),
        field("campaign_activities", &ActivitySummaryPage::campaign_activities));
  }
};

bool known_contact(Store& store, const std::string& id) { return detail::is_uuid(id) && store.contact(id); }

Response bad_report_query(const std::string& message) { return error_array(400, "query.param.invalid", message); }

// start and end are required; the service takes ISO-8601 date-times.
std::optional<Response> check_period(const Request& request) {
  for (const char* name : {"start", "end"})
    if (request.param(name).empty()) return bad_report_query(std::string(name) + " is required.");
  return std::nullopt;
}

Response activity_details(Store& store, const Request& request, const std::string& id) {
  if (!known_contact(store, id)) return not_found("Contact " + id);
  Response refusal;
  if (!read_listing(request, {"tracking_activities_list", "include_campaign_activity_names"}, 100, refusal))
    return refusal;
  const auto [first, last] = request.query.equal_range("tracking_activities_list");
  for (auto it = first; it != last; ++it) {
    const std::string& kind = it->second;
    const auto* end = std::end(enums::tracking_activity) - 1;
    if (std::find_if(std::begin(enums::tracking_activity), end, [&](const char* k) { return kind == k; }) == end)
      return bad_report_query("tracking_activities_list holds " + kind + ", which is not a tracking activity.");
  }
  return json_response(200, ActivityDetailsPage{std::vector<TrackingActivity>{}});
}

Response activity_summary(Store& store, const Request& request, const std::string& id) {
  if (!known_contact(store, id)) return not_found("Contact " + id);
  if (auto refused = check_period(request)) return *refused;
  return json_response(200, ActivitySummaryPage{id, std::vector<CampaignActivitySummary>{}});
}

Response open_and_click_rates(Store& store, const Request& request, const std::string& id) {
  if (!known_contact(store, id)) return not_found("Contact " + id);
  if (auto refused = check_period(request)) return *refused;
  return json_response(200, OpenAndClickRates{id, 0, 0.0, 0.0});
}

}  // namespace

void add_v3_contact_report_routes(Router& router, Store& store) {
  router.add("GET", "/v3/reports/contact_reports/{contact_id}/activity_details",
      [&store](const Request& r, const Params& p) { return activity_details(store, r, p[0]); });
  router.add("GET", "/v3/reports/contact_reports/{contact_id}/activity_summary",
      [&store](const Request& r, const Params& p) { return activity_summary(store, r, p[0]); });
  router.add("GET", "/v3/reports/contact_reports/{contact_id}/open_and_click_rates",
      [&store](const Request& r, const Params& p) { return open_and_click_rates(store, r, p[0]); });
}

}  // namespace ctct::emulator
