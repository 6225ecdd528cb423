// The contact reports against the emulator over HTTP: it sends no campaigns, so each report is
// empty, in the spec's shapes.
#include "ctct/contact_reports.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

class ContactReportsTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"contacts":[{"contact_id":")") + contact_a +
         R"(","email_address":{"address":"a@example.com"}}]})");
  }
  ContactReports& reports() { return client().contact_reports(); }
};

TEST_F(ContactReportsTest, ReportsOfAContactWithoutCampaignsAreEmpty) {
  ActivityDetailsQuery details;
  details.contact_id = contact_a;
  auto detail_pages = reports().pages(details);
  auto first = detail_pages.next();
  ASSERT_TRUE(first && first->ok()) << first->reason.value_or("");
  EXPECT_TRUE(first->value->items.empty());
  EXPECT_TRUE(detail_pages.done());

  auto summary = reports().activity_summary({contact_a, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"});
  ASSERT_TRUE(summary.ok()) << summary.reason.value_or("");
  EXPECT_TRUE(summary.value->items.empty());
  EXPECT_FALSE(summary.value->next);
}

TEST_F(ContactReportsTest, RatesOfAContactWithoutCampaignsAreZero) {
  auto rates = reports().open_and_click_rates({contact_a, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"});
  ASSERT_TRUE(rates.ok()) << rates.reason.value_or("");
  EXPECT_EQ(rates.value->contact_id, contact_a);
  EXPECT_EQ(rates.value->included_activities_count, 0);
  EXPECT_EQ(rates.value->average_open_rate, 0.0);
}

TEST_F(ContactReportsTest, PeriodWithoutEndIsRefusedBeforeSending) {
  auto rates = reports().open_and_click_rates({contact_a, "2026-01-01T00:00:00Z", std::nullopt});
  EXPECT_EQ(rates.outcome, Kind::failure);
  EXPECT_EQ(rates.attempts, 0);
  EXPECT_EQ(rates.reason, "end is required.");
}

}  // namespace
}  // namespace ctct::testing
