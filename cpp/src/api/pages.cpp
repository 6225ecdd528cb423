// Pages<Item>: follows _links.next.href page after page. Instantiated here for the listings of
// client.hpp (declared extern there).
#include "api/call.hpp"
#include "ctct/client.hpp"
#include "ctct/contact_reports.hpp"
#include "ctct/segments.hpp"
#include "ctct/tags.hpp"

namespace ctct {

template <class Item>
void Pages<Item>::next(Callback<Page<Item>> callback) {
  if (done_) throw UsageError("no pages are left; check done() before asking for the next one");
  detail::require(callback);
  fetch_(next_, [this, callback = std::move(callback)](Outcome<Page<Item>> outcome) {
    // The listing ends after the last page or at the first page that is not a success.
    next_ = outcome.ok() ? outcome.value->next : std::nullopt;
    done_ = !next_;
    callback(std::move(outcome));
  });
}

template <class Item>
std::optional<Outcome<Page<Item>>> Pages<Item>::next() {
  if (done_) return std::nullopt;
  return detail::wait_for<Page<Item>>([&](auto done) { next(std::move(done)); });
}

template class Pages<Contact>;
template class Pages<ContactList>;
template class Pages<Tag>;
template class Pages<CustomField>;
template class Pages<Segment>;
template class Pages<TrackingActivity>;

}  // namespace ctct
