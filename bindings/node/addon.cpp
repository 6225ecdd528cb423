// The module: one Addon per JS environment, so clients work in the main thread and in workers.
#include "addon.hpp"

#include <algorithm>

#include "ctct/version.hpp"

namespace ctct::node {
namespace {

// process.on('exit'): JS can no longer run, so completions are dropped and every client and
// emulator stops its threads now rather than racing the process's own teardown.
Napi::Value shutdown(const Napi::CallbackInfo& info) {
  Addon& addon = Addon::of(info.Env());
  addon.settler->shutdown();
  auto live = *addon.live;  // stop_now() must not invalidate the iteration
  for (Stoppable* object : live) object->stop_now();
  return info.Env().Undefined();
}

Napi::Object init(Napi::Env env, Napi::Object exports) {
  auto* addon = new Addon;
  env.SetInstanceData(addon);
  addon->json_parse = Napi::Persistent(env.Global().Get("JSON").As<Napi::Object>().Get("parse").As<Napi::Function>());
  addon->settler = Settler::create(env);
  addon->set_immediate = Napi::Persistent(env.Global().Get("setImmediate").As<Napi::Function>());
  addon->release = Napi::Persistent(Napi::Function::New(
      env, [](const Napi::CallbackInfo& info) { Addon::of(info.Env()).settler->release_now(); }, "release"));
  init_clients(env, exports);
  init_v2_client(env, exports);
  init_page_cursor(env, exports);
  init_emulator(env, exports);
  init_types(env, exports);
  init_rate_limiter(env, exports);
  init_engine(env, exports);
  init_oauth(env, exports);
  init_options(env, exports);
  init_lead_queue(env, exports);
  init_pack(env, exports);
  exports.Set("shutdown", Napi::Function::New<shutdown>(env, "shutdown"));
  exports.Set("version", ctct::version);
  return exports;
}

}  // namespace

Napi::Value Addon::numbers_of(Napi::Env env, std::span<const double> values) {
  // Grown, never shrunk: unpack.js reads no further than the result goes, and never keeps it
  // (nor hands its buffer on, so the data stays where it was made).
  if (numbers.IsEmpty() || numbers_room < values.size()) {
    auto array = Napi::Float64Array::New(env, std::max<std::size_t>(values.size() * 2, 256));
    numbers_data = array.Data();
    numbers_room = array.ElementLength();
    numbers = Napi::Persistent<Napi::Object>(array);
  }
  std::copy(values.begin(), values.end(), numbers_data);
  return numbers.Value();
}

}  // namespace ctct::node

static Napi::Object InitCtct(Napi::Env env, Napi::Object exports) { return ctct::node::init(env, exports); }
NODE_API_MODULE(ctct, InitCtct)
