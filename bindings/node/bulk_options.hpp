// The options every bulk operation takes, { wait, pollIntervalMs, onProgress }, as a
// ctct::BulkOptions. onProgress runs on the JS thread, each call before the Promise settles;
// what it throws becomes a process warning (CtctProgressWarning) and the operation carries on.
#pragma once

#include <functional>
#include <memory>
#include <utility>

#include <napi.h>

#include "addon.hpp"
#include "ctct/bulk.hpp"
#include "options.hpp"

namespace ctct::node {

// The JS onProgress function: created and deleted on the JS thread only.
struct JsProgress {
  Napi::FunctionReference function;
};

// Reads wait, pollIntervalMs and onProgress. With onProgress, `progress` receives the function
// the progress events call; until the operation starts (bulk_callback) it is the caller's.
BulkOptions read_bulk_options(Options& given, std::unique_ptr<JsProgress>& progress);

// `done`, which also frees `progress` once the operation ends: queued after every progress event
// of the call, so the function outlives them. Call when the operation starts, then release it.
template <class Result>
std::function<void(Result)> bulk_callback(Napi::Env env, std::function<void(Result)> done, JsProgress* progress) {
  if (!progress) return done;
  return [done = std::move(done), settler = Addon::of(env).settler, progress](Result result) {
    settler->post_event([progress](Napi::Env) { delete progress; });
    done(std::move(result));
  };
}

}  // namespace ctct::node
