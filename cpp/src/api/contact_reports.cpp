// The v3 contact report operations: GET /reports/contact_reports/{contact_id}/...
#include "ctct/contact_reports.hpp"

#include "api/call.hpp"

namespace ctct {
namespace {

using detail::Call;

// The report's path for the contact, once the query's own limits are checked.
template <class Query>
Call report_call(const Query& query, std::string_view report, std::string subject) {
  Call call("GET", "/reports/contact_reports", std::move(subject));
  call.refuse_if(detail::validate(query, ""));  // reasons name the arguments: "contact_id is required."
  call.id("contact_id", query.contact_id.value_or(""), meta::IdOf::contact).then(report);
  return call;
}

Call details_call(const ActivityDetailsQuery& query) {
  Call call = report_call(query, "activity_details", "the contact's activity details");
  // An exploded array in the spec: the parameter once per kind (checked by validate above).
  for (const auto& kind : query.tracking_activities) call.query("tracking_activities_list", kind);
  if (query.include_campaign_activity_names)
    call.query("include_campaign_activity_names", *query.include_campaign_activity_names ? "true" : "false");
  call.limit(query.limit, detail::page_traits<TrackingActivity>.cap);
  return call;
}

Call period_call(const ContactReportPeriod& period, std::string_view report, std::string subject) {
  Call call = report_call(period, report, std::move(subject));
  call.query("start", period.start.value_or(""));
  call.query("end", period.end.value_or(""));
  return call;
}

}  // namespace

void ContactReports::activity_details(const ActivityDetailsQuery& query, Callback<Page<TrackingActivity>> callback) {
  details_call(query).send(core_, detail::page_body<TrackingActivity>(), std::move(callback));
}

Pages<TrackingActivity> ContactReports::pages(const ActivityDetailsQuery& query) {
  return Pages<TrackingActivity>([&core = core_, query](const std::optional<std::string>& next,
                                     Callback<Page<TrackingActivity>> done) {
    (next ? Call("GET", "", "the contact's activity details").at(core.resolve(*next)) : details_call(query))
        .send(core, detail::page_body<TrackingActivity>(), std::move(done));
  });
}

void ContactReports::activity_summary(const ContactReportPeriod& period,
    Callback<Page<CampaignActivitySummary>> callback) {
  period_call(period, "activity_summary", "the contact's activity summary")
      .send(core_, detail::page_body<CampaignActivitySummary>(), std::move(callback));
}

void ContactReports::open_and_click_rates(const ContactReportPeriod& period, Callback<OpenAndClickRates> callback) {
  period_call(period, "open_and_click_rates", "the contact's open and click rates")
      .send(core_, detail::json_body<OpenAndClickRates>(), std::move(callback));
}

// Blocking forms.
Outcome<Page<TrackingActivity>> ContactReports::activity_details(const ActivityDetailsQuery& query) {
  return detail::wait_for<Page<TrackingActivity>>([&](auto done) { activity_details(query, std::move(done)); });
}
Outcome<Page<CampaignActivitySummary>> ContactReports::activity_summary(const ContactReportPeriod& period) {
  return detail::wait_for<Page<CampaignActivitySummary>>([&](auto done) { activity_summary(period, std::move(done)); });
}
Outcome<OpenAndClickRates> ContactReports::open_and_click_rates(const ContactReportPeriod& period) {
  return detail::wait_for<OpenAndClickRates>([&](auto done) { open_and_click_rates(period, std::move(done)); });
}

}  // namespace ctct
