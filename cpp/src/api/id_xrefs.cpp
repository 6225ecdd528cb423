// The v2-to-v3 id cross-references (GET /contacts/contact_id_xrefs, /contact_lists/list_id_xrefs).
// The API takes at most 500 sequence ids a request; ctct takes any number, asks in parts of 500,
// one after another, and joins the answers into one outcome, naming the ids left unmatched.
#include <algorithm>
#include <memory>
#include <set>

#include "api/call.hpp"
#include "ctct/client.hpp"

namespace ctct {
namespace {

using detail::Call;

constexpr std::size_t ids_per_request = 500;  // the spec's maxItems of sequence_ids

// A sequence id as its digits without leading zeros, for comparing ids as numbers.
std::string canonical(const std::string& id) { return std::string(detail::sequence_digits(id)); }

std::optional<std::string> refusal(const std::vector<std::string>& ids) {
  if (ids.empty()) return "sequence_ids is empty: give at least one v2 id.";
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!detail::is_sequence_id(ids[i]))
      return "sequence_ids[" + std::to_string(i) + "] is not a v2 id: v2 ids are decimal digits, like 1234567890.";
  return std::nullopt;
}

// One run over the parts: each answer is kept and the next part asked, until one is not a
// success (which becomes the outcome) or all are in.
template <class Xrefs>
class XrefRun : public std::enable_shared_from_this<XrefRun<Xrefs>> {
 public:
  XrefRun(detail::Core& core, const char* path, const char* subject, Callback<Xrefs> callback)
      : core_(core), path_(path), subject_(subject), callback_(std::move(callback)) {}

  void start(const std::vector<std::string>& sequence_ids) {
    std::set<std::string> seen;
    std::vector<std::string> ids;
    for (const auto& id : sequence_ids)
      if (seen.insert(canonical(id)).second) ids.push_back(id);
    for (std::size_t begin = 0; begin < ids.size(); begin += ids_per_request)
      parts_.emplace_back(ids.begin() + static_cast<long>(begin),
          ids.begin() + static_cast<long>(std::min(ids.size(), begin + ids_per_request)));
    ask(0);
  }

 private:
  void ask(std::size_t index) {
    Call("GET", path_, subject_)
        .query_list("sequence_ids", parts_[index], {})
        .send<Xrefs>(core_, detail::json_body<Xrefs>(),
            [self = this->shared_from_this(), index](Outcome<Xrefs> part) { self->answered(index, std::move(part)); });
  }

  void answered(std::size_t index, Outcome<Xrefs> part) {
    attempts_ += part.attempts;
    part.attempts = attempts_;
    if (!part.ok()) {
      if (parts_.size() > 1)
        part.reason = "Part " + std::to_string(index + 1) + " of " + std::to_string(parts_.size()) + " (ids " +
                      std::to_string(index * ids_per_request + 1) + " to " +
                      std::to_string(index * ids_per_request + parts_[index].size()) + "): " + part.reason.value_or("");
      return callback_(std::move(part));
    }
    for (auto& xref : part.value->xrefs) joined_.xrefs.push_back(std::move(xref));
    if (index + 1 < parts_.size()) return ask(index + 1);
    finish(std::move(part));
  }

  void finish(Outcome<Xrefs> last) {
    std::set<std::string> found;
    for (const auto& xref : joined_.xrefs) found.insert(canonical(xref.sequence_id.value_or("")));
    for (const auto& part : parts_)
      for (const auto& id : part)
        if (!found.count(canonical(id))) joined_.unmatched.push_back(id);
    std::stable_sort(joined_.xrefs.begin(), joined_.xrefs.end(), [](const auto& a, const auto& b) {
      return detail::sequence_id_less(a.sequence_id.value_or(""), b.sequence_id.value_or(""));
    });
    last.value = std::move(joined_);
    callback_(std::move(last));
  }

  detail::Core& core_;
  const char* path_;
  const char* subject_;
  Callback<Xrefs> callback_;
  std::vector<std::vector<std::string>> parts_;
  Xrefs joined_;
  int attempts_ = 0;
};

template <class Xrefs>
void send_xrefs(detail::Core& core, const char* path, const char* subject, const std::vector<std::string>& ids,
    Callback<Xrefs> callback) {
  if (auto reason = refusal(ids)) {
    Call("GET", path, subject).refuse_if(std::move(reason)).send<Xrefs>(core, nullptr, std::move(callback));
    return;
  }
  std::make_shared<XrefRun<Xrefs>>(core, path, subject, std::move(callback))->start(ids);
}

}  // namespace

void Contacts::id_xrefs(const std::vector<std::string>& sequence_ids, Callback<ContactIdXrefs> callback) {
  send_xrefs(core_, "/contacts/contact_id_xrefs", "the contact id cross-references", sequence_ids, std::move(callback));
}

void ContactLists::id_xrefs(const std::vector<std::string>& sequence_ids, Callback<ListIdXrefs> callback) {
  send_xrefs(core_, "/contact_lists/list_id_xrefs", "the list id cross-references", sequence_ids, std::move(callback));
}

Outcome<ContactIdXrefs> Contacts::id_xrefs(const std::vector<std::string>& sequence_ids) {
  return detail::wait_for<ContactIdXrefs>([&](auto done) { id_xrefs(sequence_ids, std::move(done)); });
}

Outcome<ListIdXrefs> ContactLists::id_xrefs(const std::vector<std::string>& sequence_ids) {
  return detail::wait_for<ListIdXrefs>([&](auto done) { id_xrefs(sequence_ids, std::move(done)); });
}

}  // namespace ctct
