#include "bulk_calls.hpp"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "addon.hpp"
#include "ctct/bulk.hpp"
#include "ctct/tags.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

using Strings = std::vector<std::string>;

// The JS onProgress function: created and deleted on the JS thread only.
struct JsProgress {
  Napi::FunctionReference function;
};

// Reads info[2], { wait, pollIntervalMs, onProgress } (node/index.js checked its keys). With
// onProgress, `progress` receives the reference the progress events use; the caller deletes it
// on the JS thread once the call ends.
BulkOptions bulk_options(const Napi::CallbackInfo& info, const std::shared_ptr<Settler>& settler, JsProgress*& progress) {
  BulkOptions options;
  Options given(info, 2, "bulk");
  given.read("wait", options.wait);
  long interval_ms = static_cast<long>(options.poll_interval.count());
  given.read("pollIntervalMs", interval_ms);
  options.poll_interval = std::chrono::milliseconds(interval_ms);
  Napi::Value on_progress = given.get("onProgress");
  if (on_progress.IsUndefined()) return options;
  if (!on_progress.IsFunction()) type_error(on_progress, "onProgress", "a function (progress)");
  progress = new JsProgress{Napi::Persistent(on_progress.As<Napi::Function>())};
  options.on_progress = [settler, progress](const BulkProgress& p) {
    settler->post_event([progress, p](Napi::Env env) {
      // node/index.js reports what onProgress throws; the native call only must not unwind.
      try {
        progress->function.Call({to_js(env, p)});
      } catch (const Napi::Error&) {
      }
    });
  };
  return options;
}

// Starts one operation of Bulk with input of type Input, answering a Promise of Result.
template <class Result, class Input, class Start>
Napi::Value start(const Napi::CallbackInfo& info, InFlight& owner, const char* input_name, Start start_call) {
  auto input = from_js<Input>(info[1], input_name);
  auto settler = Addon::of(info.Env()).settler;
  JsProgress* progress = nullptr;
  auto options = bulk_options(info, settler, progress);
  return later<Result>(info, owner, [&](std::function<void(Result)> done) {
    if (progress) {
      // Queued after every progress event of the call, so the reference outlives them.
      done = [done, settler, progress](Result result) {
        settler->post_event([progress](Napi::Env) { delete progress; });
        done(std::move(result));
      };
    }
    try {
      start_call(input, options, std::move(done));
    } catch (...) {
      delete progress;  // never started: no event will use it (JS thread)
      throw;
    }
  });
}

}  // namespace

Napi::Value bulk_call(const Napi::CallbackInfo& info, InFlight& owner, Client& client) {
  const auto op = from_js<std::string>(info[0], "op");
  Bulk& bulk = client.bulk();
  using R = Outcome<BulkResult>;
  if (op == "importContacts")
    return start<R, ContactsImport>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      bulk.import_contacts(in, o, std::move(done));
    });
  if (op == "importFile")
    return start<R, FileImport>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      bulk.import_file(in, o, std::move(done));
    });
  if (op == "addToLists")
    return start<R, ListMemberships>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      bulk.add_to_lists(in, o, std::move(done));
    });
  if (op == "removeFromLists")
    return start<R, ListMemberships>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      bulk.remove_from_lists(in, o, std::move(done));
    });
  if (op == "deleteContacts")
    return start<R, ContactDelete>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      bulk.delete_contacts(in, o, std::move(done));
    });
  if (op == "deleteLists")
    return start<R, ListDelete>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      bulk.delete_lists(in, o, std::move(done));
    });
  if (op == "exportContacts")
    return start<R, ContactExport>(info, owner, "query", [&](auto& in, auto& o, auto done) {
      bulk.export_contacts(in, o, std::move(done));
    });
  if (op == "wait")
    return start<R, Strings>(info, owner, "activityIds", [&](auto& in, auto& o, auto done) {
      bulk.wait(in, o, std::move(done));
    });
  Tags& tags = client.tags();
  if (op == "tagsAddToContacts")
    return start<R, ContactTagging>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      tags.add_to_contacts(in, o, std::move(done));
    });
  if (op == "tagsRemoveFromContacts")
    return start<R, ContactTagging>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      tags.remove_from_contacts(in, o, std::move(done));
    });
  if (op == "tagsDeleteMany")
    return start<R, TagDelete>(info, owner, "input", [&](auto& in, auto& o, auto done) {
      tags.delete_many(in, o, std::move(done));
    });
  if (op == "downloadExport")
    return start<Outcome<ExportFile>, std::string>(info, owner, "activityId", [&](auto& in, auto&, auto done) {
      bulk.download_export(in, std::move(done));
    });
  throw Napi::TypeError::New(info.Env(), "unknown bulk operation " + op);
}

}  // namespace ctct::node
