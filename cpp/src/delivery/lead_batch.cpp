// A batch of the delivery queue: import, listing, then a single delivery for each lead neither
// rejected nor listed. Each step starts the next from its callback: nothing blocks the I/O thread.
#include "delivery/lead_batch.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <optional>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "delivery/append_fields.hpp"

namespace ctct::delivery {
namespace {

// ASCII lower case: addresses are matched case apart.
std::string folded(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// "2026-11-27T04:00:00Z", a second before now: the listing's updated_after, so that contacts
// the import touches in the same second as it starts are listed.
std::string just_before_now() {
  const auto then = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - std::chrono::seconds(1));
  std::tm utc{};
  gmtime_r(&then, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// The 1-based row an activity error names ("Row 12: ..."), if it names one.
std::optional<std::size_t> row_named(const std::string& message) {
  if (message.rfind("Row ", 0) != 0) return std::nullopt;
  std::size_t row = 0, at = 4;
  for (; at < message.size() && message[at] >= '0' && message[at] <= '9'; ++at) row = row * 10 + (message[at] - '0');
  if (at == 4 || row == 0 || at >= message.size() || message[at] != ':') return std::nullopt;
  return row;
}

class Batch : public std::enable_shared_from_this<Batch> {
 public:
  Batch(Client& client, std::string list_id, std::vector<QueuedLead> leads, std::chrono::milliseconds poll_interval)
      : client_(client), list_id_(std::move(list_id)), leads_(std::move(leads)), answers_(leads_.size()),
        poll_interval_(poll_interval) {}

  void start() {
    since_ = just_before_now();
    ContactsImport input;
    input.list_ids = {list_id_};
    for (const auto& queued : leads_) input.import_data.push_back(queued.row);
    BulkOptions options;
    options.poll_interval_ms = poll_interval_;
    try {
      client_.bulk().import_contacts(input, options,
          [self = shared_from_this()](Outcome<BulkResult> imported) { self->imported(std::move(imported)); });
    } catch (const UsageError&) {
      single_deliveries();
    }
  }

 private:
  void imported(Outcome<BulkResult> result) {
    attempts_ += result.attempts;
    // An import that fails as a whole leaves each lead to its own delivery.
    if (!result.ok()) return single_deliveries();
    std::size_t offset = 0;  // a batch over 4 MB is split: each activity numbers its own rows
    for (const auto& chunk : result.value->chunks) {
      for (const auto& message : chunk.errors) reject(message, offset, static_cast<std::size_t>(chunk.items));
      offset += static_cast<std::size_t>(chunk.items);
    }
    for (std::size_t i = 0; i < leads_.size(); ++i)
      if (!answers_[i]) by_email_[folded(*leads_[i].lead.email)].push_back(i);
    if (by_email_.empty()) return answer_all();
    ContactQuery query;
    query.lists = {list_id_};
    query.updated_after = since_;
    query.include = {"list_memberships"};
    query.limit = 500;
    pages_ = std::make_unique<Pages<Contact>>(client_.contacts().pages(query));
    next_page();
  }

  // The lead the message names, by its row ("Row N:", counted in its own activity) or else by the
  // address of a lead not answered yet (case apart), gets the message as its reason.
  void reject(const std::string& message, std::size_t offset, std::size_t rows) {
    std::optional<std::size_t> lead;
    if (auto row = row_named(message); row && *row <= rows) lead = offset + *row - 1;
    const auto text = folded(message);
    for (std::size_t i = offset; !lead && i < offset + rows && i < leads_.size(); ++i)
      if (!answers_[i] && text.find(folded(*leads_[i].lead.email)) != std::string::npos) lead = i;
    if (!lead || *lead >= leads_.size() || answers_[*lead]) return;
    auto& out = answers_[*lead].emplace();
    out.outcome = Kind::failure;
    out.reason = message;
    out.status = 200;
    out.api_version = "v3";
    out.warnings = leads_[*lead].warnings;
  }

  void next_page() {
    try {
      pages_->next([self = shared_from_this()](Outcome<Page<Contact>> page) { self->listed(std::move(page)); });
    } catch (const UsageError&) {
      single_deliveries();
    }
  }

  void listed(Outcome<Page<Contact>> page) {
    attempts_ += page.attempts;
    if (!page.ok()) return single_deliveries();
    for (const auto& contact : page.value->items) {
      if (!contact.email_address || !contact.email_address->address) continue;
      const auto found = by_email_.find(folded(*contact.email_address->address));
      if (found == by_email_.end()) continue;
      for (auto i : found->second) answers_[i] = listed_lead(i, contact, page.status);
      by_email_.erase(found);
    }
    if (!by_email_.empty() && !pages_->done()) return next_page();
    single_deliveries();
  }

  DeliveryOutcome listed_lead(std::size_t i, const Contact& contact, int status) const {
    DeliveryOutcome out;
    out.outcome = Kind::success;
    out.status = status;
    out.api_version = "v3";
    out.warnings = leads_[i].warnings;
    append_v3(out, contact, list_id_);
    // Created after the instant the listing starts from: the import created it.
    if (contact.created_at)
      out.action = contact.created_at->view().substr(0, 19) >= std::string_view(since_).substr(0, 19) ? "created"
                                                                                                      : "updated";
    return out;
  }

  // Leads not answered yet go one by one through add_contact_to_list; then every lead is answered.
  void single_deliveries() {
    auto left = std::make_shared<std::size_t>(0);
    for (const auto& answer : answers_) *left += answer ? 0 : 1;
    if (*left == 0) return answer_all();
    for (std::size_t i = 0; i < leads_.size(); ++i) {
      if (answers_[i]) continue;
      auto delivered = [self = shared_from_this(), i, left](DeliveryOutcome out) {
        self->answers_[i] = std::move(out);
        if (--*left == 0) self->answer_all();
      };
      deliver_one(client_, list_id_, leads_[i].lead, leads_[i].options, std::move(delivered));
    }
  }

  // Every outcome counts the batch's requests, besides its own single delivery's.
  void answer_all() {
    for (std::size_t i = 0; i < leads_.size(); ++i) {
      auto out = std::move(*answers_[i]);
      out.attempts += attempts_;
      leads_[i].done(std::move(out));
    }
  }

  Client& client_;
  const std::string list_id_;
  std::vector<QueuedLead> leads_;
  std::vector<std::optional<DeliveryOutcome>> answers_;
  const std::chrono::milliseconds poll_interval_;
  std::string since_;
  int attempts_ = 0;
  std::unique_ptr<Pages<Contact>> pages_;
  std::map<std::string, std::vector<std::size_t>> by_email_;  // leads still to find in the listing
};

}  // namespace

void deliver_one(Client& client, const std::string& list_id, const Lead& lead, const DeliveryOptions& options,
    DeliveryCallback done) {
  try {
    client.add_contact_to_list(list_id, lead, options, done);
  } catch (const UsageError&) {
    DeliveryOutcome out;
    out.reason = "The client was closed before the lead was delivered; deliver it again with an open client.";
    out.api_version = "v3";
    done(std::move(out));
  }
}

void send_batch(Client& client, std::string list_id, std::vector<QueuedLead> leads,
    std::chrono::milliseconds poll_interval) {
  std::make_shared<Batch>(client, std::move(list_id), std::move(leads), poll_interval)->start();
}

}  // namespace ctct::delivery
