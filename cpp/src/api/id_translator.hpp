// v2 ids given to v3 calls: a v2 id (digits) is translated through the id cross-reference
// endpoint once per client and kept; a v3 id passes through without a request.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ctct/describe.hpp"
#include "ctct/outcome.hpp"

namespace ctct::detail {

class Core;

// The v2 ids one call holds, by kind, each once (as numbers: 0987 is 987), in the order given.
struct V2Ids {
  std::vector<std::string> lists, contacts;

  // Keeps `id` when it is a v2 id not yet held.
  void add(meta::IdOf kind, const std::string& id);
  bool empty() const { return lists.empty() && contacts.empty(); }
};

// What a call's v2 ids translated to: the v3 id of each (by its digits), and one warning per id
// naming both. The outcome's attempts count the cross-reference requests sent.
struct Translation {
  std::map<std::string, std::string> lists, contacts;
  std::vector<std::string> warnings;

  // The v3 id for `id`: its translation when it is a v2 id, else `id` itself.
  const std::string& v3(meta::IdOf kind, const std::string& id) const;
};

// Translates every id of `ids` (lists first, then contacts). An id with no v3 counterpart, or a
// cross-reference request that fails, makes the outcome a failure or an error saying so.
void translate_ids(Core& core, const V2Ids& ids, std::function<void(Outcome<Translation>)> done);

// Adds a translation's requests and warnings to the outcome of the call it served.
template <class T>
void report(const Outcome<Translation>& translation, Outcome<T>& out) {
  out.attempts += translation.attempts;
  out.warnings.insert(out.warnings.begin(), translation.value->warnings.begin(), translation.value->warnings.end());
}

// The outcome of a call whose client was closed while its v2 ids were being translated.
template <class T>
Outcome<T> closed_meanwhile() {
  Outcome<T> out;
  out.reason = "The client was closed while the v2 ids were being translated; nothing was sent.";
  return out;
}

// One per Core. Ids already translated are answered at once; ids whose request is in flight
// wait for its answer; the others are asked in one cross-reference call (500 ids a request).
class IdTranslator {
 public:
  // The v3 id of each v2 id asked, keyed by its digits; "" for one with no v3 counterpart.
  using Found = std::map<std::string, std::string>;
  using Done = std::function<void(Outcome<Found>)>;

  void translate(Core& core, meta::IdOf kind, const std::vector<std::string>& v2_ids, Done done);

 private:
  struct Gather;
  using Key = std::pair<meta::IdOf, std::string>;
  using Waiter = std::function<void(const std::string& digits, const Outcome<std::string>& v3)>;

  void ask(Core& core, meta::IdOf kind, std::vector<std::string> digits, std::shared_ptr<Gather> gather);
  void answered(meta::IdOf kind, const std::vector<std::string>& digits, const Outcome<Found>& answer);

  std::mutex mutex_;
  std::map<Key, std::string> known_;
  // Calls waiting for an id whose request is in flight: one request serves them all.
  std::map<Key, std::vector<Waiter>> waiting_;
};

}  // namespace ctct::detail
