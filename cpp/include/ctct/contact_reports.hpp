// One contact's e-mail engagement ("Contacts Reporting" in Constant Contact's OpenAPI
// description), reached as client.contact_reports(). Each operation comes in two forms:
// `op(args, callback)` answers on the client's I/O thread, `op(args)` blocks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctct/client.hpp"
#include "ctct/describe.hpp"

namespace ctct {

namespace enums {
inline constexpr const char* tracking_activity[] = {"em_sends", "em_opens", "em_clicks", "em_bounces", "em_optouts",
    "em_forwards", "p_contact_open", "p_contact_click", "p_contact_add", "p_contact_update", nullptr};
}

// One tracked action of the contact: a send, an open, a click, ... of a campaign activity.
struct TrackingActivity {
  std::optional<std::string> contact_id, campaign_activity_id, created_time, tracking_activity_type,
      campaign_activity_name;
  bool operator==(const TrackingActivity&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = TrackingActivity;
    return std::make_tuple(field("contact_id", &T::contact_id), field("campaign_activity_id", &T::campaign_activity_id),
        field("created_time", &T::created_time), field("tracking_activity_type", &T::tracking_activity_type),
        field("campaign_activity_name", &T::campaign_activity_name));
  }
};

// The contact's counts for one campaign activity in the period asked for.
struct CampaignActivitySummary {
  std::optional<std::string> campaign_activity_id, start_on;
  std::optional<long> em_sends, em_opens, em_clicks, em_bounces, em_forwards, em_unsubscribes;
  bool operator==(const CampaignActivitySummary&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = CampaignActivitySummary;
    return std::make_tuple(field("campaign_activity_id", &T::campaign_activity_id), field("start_on", &T::start_on),
        field("em_sends", &T::em_sends), field("em_opens", &T::em_opens), field("em_clicks", &T::em_clicks),
        field("em_bounces", &T::em_bounces), field("em_forwards", &T::em_forwards),
        field("em_unsubscribes", &T::em_unsubscribes));
  }
};

// The contact's average open and click rates over the campaign activities of a period.
struct OpenAndClickRates {
  std::optional<std::string> contact_id;
  std::optional<long> included_activities_count;
  std::optional<double> average_open_rate, average_click_rate;
  bool operator==(const OpenAndClickRates&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = OpenAndClickRates;
    return std::make_tuple(field("contact_id", &T::contact_id),
        field("included_activities_count", &T::included_activities_count),
        field("average_open_rate", &T::average_open_rate), field("average_click_rate", &T::average_click_rate));
  }
};

// Filters of GET /reports/contact_reports/{contact_id}/activity_details.
struct ActivityDetailsQuery {
  std::optional<std::string> contact_id;
  std::vector<std::string> tracking_activities;  // sent as tracking_activities_list; none: all kinds
  std::optional<bool> include_campaign_activity_names;
  std::optional<int> limit;  // 1-100
  bool operator==(const ActivityDetailsQuery&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = ActivityDetailsQuery;
    return std::make_tuple(field("contact_id", &T::contact_id,
                               {.format = meta::Format::uuid, .required = true, .id_of = meta::IdOf::contact}),
        field("tracking_activities", &T::tracking_activities, {.one_of = enums::tracking_activity}),
        field("include_campaign_activity_names", &T::include_campaign_activity_names), field("limit", &T::limit));
  }
};

// A contact and a period (start and end, ISO-8601 date-times) of the summary and the rates.
struct ContactReportPeriod {
  std::optional<std::string> contact_id, start, end;
  bool operator==(const ContactReportPeriod&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = ContactReportPeriod;
    return std::make_tuple(field("contact_id", &T::contact_id,
                               {.format = meta::Format::uuid, .required = true, .id_of = meta::IdOf::contact}),
        field("start", &T::start, {.required = true}), field("end", &T::end, {.required = true}));
  }
};

extern template class Pages<TrackingActivity>;

class ContactReports {
 public:
  explicit ContactReports(detail::Core& core) : core_(core) {}

  // GET /reports/contact_reports/{contact_id}/activity_details: one page of the contact's
  // tracked actions, newest first. More than 100 on a page is an error outcome.
  void activity_details(const ActivityDetailsQuery& query, Callback<Page<TrackingActivity>> callback);
  Outcome<Page<TrackingActivity>> activity_details(const ActivityDetailsQuery& query);
  Pages<TrackingActivity> pages(const ActivityDetailsQuery& query);

  // GET /reports/contact_reports/{contact_id}/activity_summary: the contact's counts per
  // campaign activity in the period. The API takes no page size; should it hold back a next
  // page, `next` says so (ask for a shorter period): a group has one pages(), activity_details'.
  void activity_summary(const ContactReportPeriod& period, Callback<Page<CampaignActivitySummary>> callback);
  Outcome<Page<CampaignActivitySummary>> activity_summary(const ContactReportPeriod& period);

  // GET /reports/contact_reports/{contact_id}/open_and_click_rates: averages over the period.
  void open_and_click_rates(const ContactReportPeriod& period, Callback<OpenAndClickRates> callback);
  Outcome<OpenAndClickRates> open_and_click_rates(const ContactReportPeriod& period);

  static constexpr auto operations() {
    using G = ContactReports;
    using namespace meta;
    return std::make_tuple(
        operation("activity_details", &G::activity_details,
            "GET /reports/contact_reports/{contact_id}/activity_details: one page of the contact's tracked actions.",
            fields("query", "contact_id")),
        operation("activity_summary", &G::activity_summary,
            "GET /reports/contact_reports/{contact_id}/activity_summary: one page of counts per campaign activity.",
            fields("period", "contact_id", "start", "end")),
        operation("open_and_click_rates", &G::open_and_click_rates,
            "GET /reports/contact_reports/{contact_id}/open_and_click_rates: average rates over the period.",
            fields("period", "contact_id", "start", "end")));
  }

 private:
  detail::Core& core_;
};

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_REPORT_MODELS(X) \
  X(TrackingActivity, "", "TrackingActivity") \
  X(CampaignActivitySummary, "", "CampaignActivitySummary") \
  X(OpenAndClickRates, "", "OpenAndClickRates") \
  X(Page<TrackingActivity>, "", "TrackingActivityPage") \
  X(Page<CampaignActivitySummary>, "", "CampaignActivitySummaryPage")
#define CTCT_REPORT_ARGUMENT_TYPES(X) \
  X(ActivityDetailsQuery, "", "ActivityDetailsQuery") \
  X(ContactReportPeriod, "", "ContactReportPeriod")
// clang-format on
