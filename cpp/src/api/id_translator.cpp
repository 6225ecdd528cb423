#include "api/id_translator.hpp"

#include "api/core.hpp"
#include "api/validate.hpp"
#include "ctct/client.hpp"

namespace ctct::detail {
namespace {

const char* noun(IdKind kind) { return kind == IdKind::list ? "list" : "contact"; }

// The v3 id of `id` in an xref answer's value, or "" when it has none.
template <class Xrefs>
std::string v3_of(const Xrefs& xrefs, const std::string& id) {
  for (const auto& xref : xrefs.xrefs) {
    if (sequence_digits(xref.sequence_id.value_or("")) != sequence_digits(id)) continue;
    if constexpr (requires { xref.list_id; }) return xref.list_id.value_or("");
    else return xref.contact_id.value_or("");
  }
  return "";
}

template <class Xrefs>
Outcome<std::string> to_translation(IdKind kind, const std::string& id, Outcome<Xrefs> answer) {
  Outcome<std::string> out;
  out.outcome = answer.outcome;
  out.status = answer.status;
  out.error_key = answer.error_key;
  out.attempts = answer.attempts;
  const std::string what = std::string(noun(kind)) + " id " + id;
  if (!answer.ok()) {
    out.reason = "Translating v2 " + what + " to its v3 id failed: " + answer.reason.value_or("no reason given.");
    return out;
  }
  std::string v3 = v3_of(*answer.value, id);
  if (v3.empty()) {
    out.outcome = Kind::failure;
    out.reason = "v2 " + what + " has no v3 counterpart: Constant Contact's id cross-reference knows no v3 " +
                 noun(kind) + " for it. Check the id, or use the " + noun(kind) + "'s v3 id (a UUID).";
    return out;
  }
  out.value = std::move(v3);
  return out;
}

}  // namespace

std::string translated_warning(IdKind kind, const std::string& v2_id, const std::string& v3_id) {
  return std::string("v2 ") + noun(kind) + " id " + v2_id + " was translated to v3 " + noun(kind) + " id " + v3_id +
         "; store the v3 id to skip the translation.";
}

void IdTranslator::translate(Core& core, IdKind kind, const std::string& id, Done done) {
  if (!is_sequence_id(id)) {
    Outcome<std::string> same;
    same.outcome = Kind::success;
    same.value = id;
    return done(std::move(same));
  }
  const auto key = std::make_pair(kind, std::string(sequence_digits(id)));
  {
    std::unique_lock lock(mutex_);
    if (auto found = known_.find(key); found != known_.end()) {
      Outcome<std::string> cached;
      cached.outcome = Kind::success;
      cached.value = found->second;
      lock.unlock();
      return done(std::move(cached));
    }
    auto& waiters = waiting_[key];
    waiters.push_back(std::move(done));
    if (waiters.size() > 1) return;  // the request in flight answers this call too
  }
  const auto finish = [this, kind, id](Outcome<std::string> outcome) { answered(kind, id, outcome); };
  if (kind == IdKind::list)
    ContactLists(core).id_xrefs({id},
        [kind, id, finish](Outcome<ListIdXrefs> answer) { finish(to_translation(kind, id, std::move(answer))); });
  else
    Contacts(core).id_xrefs({id},
        [kind, id, finish](Outcome<ContactIdXrefs> answer) { finish(to_translation(kind, id, std::move(answer))); });
}

void IdTranslator::answered(IdKind kind, const std::string& id, const Outcome<std::string>& outcome) {
  std::vector<Done> waiters;
  {
    const auto key = std::make_pair(kind, std::string(sequence_digits(id)));
    std::lock_guard lock(mutex_);
    if (outcome.ok()) known_[key] = *outcome.value;  // failures are not kept: the next call asks again
    waiters = std::move(waiting_[key]);
    waiting_.erase(key);
  }
  for (auto& waiter : waiters) waiter(outcome);
}

}  // namespace ctct::detail
