#include "api/id_translator.hpp"

#include <set>

#include "api/core.hpp"
#include "api/validate.hpp"
#include "ctct/client.hpp"

namespace ctct::detail {
namespace {

using meta::IdOf;

const char* noun(IdOf kind) { return kind == IdOf::list ? "list" : "contact"; }

std::string digits_of(const std::string& id) { return std::string(sequence_digits(id)); }

// "v2 list id 17" or "v2 list ids 17, 18 and 3 more": the ids a reason is about.
std::string named(IdOf kind, const std::vector<std::string>& ids) {
  constexpr std::size_t shown = 10;
  std::string out = std::string("v2 ") + noun(kind) + (ids.size() == 1 ? " id " : " ids ");
  for (std::size_t i = 0; i < ids.size() && i < shown; ++i) out += (i ? ", " : "") + ids[i];
  if (ids.size() > shown) out += " and " + std::to_string(ids.size() - shown) + " more";
  return out;
}

std::string translated_warning(IdOf kind, const std::string& v2_id, const std::string& v3_id) {
  return std::string("v2 ") + noun(kind) + " id " + v2_id + " was translated to v3 " + noun(kind) + " id " + v3_id +
         "; store the v3 id to skip the translation.";
}

std::string unmatched_reason(IdOf kind, const std::vector<std::string>& ids) {
  const bool one = ids.size() == 1;
  return named(kind, ids) + (one ? " has" : " have") +
         " no v3 counterpart: Constant Contact's id cross-reference knows no v3 " + noun(kind) + " for " +
         (one ? "it" : "them") + ". Check the " + (one ? "id" : "ids") + ", or use the " + noun(kind) +
         (one ? "'s v3 id (a UUID)." : "s' v3 ids (UUIDs).");
}

// Translates the ids of `kind`, then those of the next kind, then answers `done`.
void translate_kind(Core& core, V2Ids ids, IdOf kind, std::shared_ptr<Outcome<Translation>> out,
    std::function<void(Outcome<Translation>)> done) {
  const bool lists = kind == IdOf::list;
  auto next = [&core, ids, lists, out, done] {
    if (lists) translate_kind(core, ids, IdOf::contact, out, done);
    else done(std::move(*out));
  };
  const auto wanted = lists ? ids.lists : ids.contacts;
  if (wanted.empty()) return next();
  core.ids().translate(core, kind, wanted, [kind, wanted, out, done, next](Outcome<IdTranslator::Found> found) {
    out->attempts += found.attempts;
    out->status = found.status;
    out->error_key = found.error_key;
    if (!found.ok()) {
      out->outcome = found.outcome;
      out->reason = "Translating " + named(kind, wanted) + " to " +
                    (wanted.size() == 1 ? "its v3 id" : "their v3 ids") +
                    " failed: " + found.reason.value_or("no reason given.");
      out->value.reset();
      return done(std::move(*out));
    }
    std::vector<std::string> unmatched;
    auto& v3_ids = kind == IdOf::list ? out->value->lists : out->value->contacts;
    for (const auto& id : wanted) {
      const auto& v3 = found.value->at(digits_of(id));
      if (v3.empty()) {
        unmatched.push_back(id);
        continue;
      }
      v3_ids[digits_of(id)] = v3;
      out->value->warnings.push_back(translated_warning(kind, id, v3));
    }
    if (!unmatched.empty()) {
      out->outcome = Kind::failure;
      out->reason = unmatched_reason(kind, unmatched);
      out->value.reset();
      return done(std::move(*out));
    }
    next();
  });
}

// The v3 id of `digits` in a cross-reference answer, or "" when it has none.
template <class Xrefs>
std::string v3_of(const Xrefs& xrefs, const std::string& digits) {
  for (const auto& xref : xrefs.xrefs) {
    if (sequence_digits(xref.sequence_id.value_or("")) != digits) continue;
    if constexpr (requires { xref.list_id; }) return xref.list_id.value_or("");
    else return xref.contact_id.value_or("");
  }
  return "";
}

}  // namespace

void V2Ids::add(IdOf kind, const std::string& id) {
  if (kind == IdOf::none || !is_sequence_id(id)) return;
  auto& ids = kind == IdOf::list ? lists : contacts;
  for (const auto& held : ids)
    if (sequence_digits(held) == sequence_digits(id)) return;
  ids.push_back(id);
}

const std::string& Translation::v3(IdOf kind, const std::string& id) const {
  if (!is_sequence_id(id)) return id;
  const auto& ids = kind == IdOf::list ? lists : contacts;
  const auto found = ids.find(digits_of(id));
  return found == ids.end() ? id : found->second;
}

void translate_ids(Core& core, const V2Ids& ids, std::function<void(Outcome<Translation>)> done) {
  auto out = std::make_shared<Outcome<Translation>>();
  out->outcome = Kind::success;
  out->value.emplace();
  translate_kind(core, ids, IdOf::list, std::move(out), std::move(done));
}

// One translate() call's ids: answered once the last is in, with the first failure if any.
struct IdTranslator::Gather {
  std::mutex mutex;
  std::size_t left = 0;
  Outcome<Found> out;
  Done done;

  void add_attempts(int attempts) {
    std::lock_guard lock(mutex);
    out.attempts += attempts;
  }

  void take(const std::string& digits, const Outcome<std::string>& v3) {
    {
      std::lock_guard lock(mutex);
      if (out.ok()) {
        out.status = v3.status;
        if (v3.ok()) {
          (*out.value)[digits] = *v3.value;
        } else {
          out.outcome = v3.outcome;
          out.reason = v3.reason;
          out.error_key = v3.error_key;
          out.value.reset();
        }
      }
      if (--left > 0) return;
    }
    done(std::move(out));
  }
};

void IdTranslator::translate(Core& core, IdOf kind, const std::vector<std::string>& v2_ids, Done done) {
  auto gather = std::make_shared<Gather>();
  gather->done = std::move(done);
  gather->out.outcome = Kind::success;
  gather->out.value.emplace();
  std::vector<std::string> to_ask;
  bool waits = false;
  {
    std::lock_guard lock(mutex_);
    std::set<std::string> seen;
    for (const auto& id : v2_ids) {
      auto digits = digits_of(id);
      if (!seen.insert(digits).second) continue;
      const Key key{kind, digits};
      if (auto found = known_.find(key); found != known_.end()) {
        (*gather->out.value)[digits] = found->second;
        continue;
      }
      auto& waiters = waiting_[key];
      if (waiters.empty()) to_ask.push_back(digits);  // else the request in flight answers this call too
      waiters.push_back([gather](const std::string& d, const Outcome<std::string>& v3) { gather->take(d, v3); });
      ++gather->left;
    }
    waits = gather->left > 0;  // read under the lock: once released, answers may complete the gather
  }
  if (!waits) return gather->done(std::move(gather->out));
  if (!to_ask.empty()) ask(core, kind, std::move(to_ask), std::move(gather));
}

void IdTranslator::ask(Core& core, IdOf kind, std::vector<std::string> digits, std::shared_ptr<Gather> gather) {
  auto finish = [this, &core, kind, digits, gather](auto answer) {
    gather->add_attempts(answer.attempts);
    auto found = answer.template with_value<Found>(std::nullopt);
    if (answer.ok()) {
      found.value.emplace();
      for (const auto& d : digits) {
        auto v3 = v3_of(*answer.value, d);
        if (!v3.empty() && core.pipeline().log().wants(LogLevel::info))
          core.pipeline().log().write(LogLevel::info, std::string("v2 ") + noun(kind) + " id " + d + " is v3 " +
                                                          noun(kind) + " id " + v3 +
                                                          " (id cross-reference), kept for this client.");
        (*found.value)[d] = std::move(v3);
      }
    }
    answered(kind, digits, found);
  };
  try {
    if (kind == IdOf::list) ContactLists(core).id_xrefs(digits, finish);
    else Contacts(core).id_xrefs(digits, finish);
  } catch (const UsageError&) {  // closed meanwhile: the calls waiting on these ids must still end
    answered(kind, digits, closed_meanwhile<Found>());
  }
}

void IdTranslator::answered(IdOf kind, const std::vector<std::string>& digits, const Outcome<Found>& answer) {
  std::vector<std::pair<std::string, std::vector<Waiter>>> ready;
  {
    std::lock_guard lock(mutex_);
    for (const auto& d : digits) {
      const Key key{kind, d};
      // Failures and ids without a v3 counterpart are not kept: the next call asks again.
      if (answer.ok() && !answer.value->at(d).empty()) known_[key] = answer.value->at(d);
      ready.emplace_back(d, std::move(waiting_[key]));
      waiting_.erase(key);
    }
  }
  for (auto& [d, waiters] : ready) {
    auto v3 = answer.with_value<std::string>(answer.ok() ? std::optional(answer.value->at(d)) : std::nullopt);
    v3.attempts = 0;  // counted once, by the call that sent the request
    for (auto& waiter : waiters) waiter(d, v3);
  }
}

}  // namespace ctct::detail
