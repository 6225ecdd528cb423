#include "bulk_options.hpp"

#include <chrono>
#include <string>

namespace ctct::node {
namespace {

// What onProgress threw, as the warning names it: its message, or the value as text.
std::string thrown_text(const Napi::Error& error) {
  try {
    Napi::Value thrown = error.Value();
    if (thrown.IsObject()) {
      Napi::Value message = thrown.As<Napi::Object>().Get("message");
      if (!message.IsUndefined()) return text_of(message.ToString());
    }
    return text_of(thrown.ToString());
  } catch (const Napi::Error&) {
    return "a value that cannot be shown";
  }
}

void warn_progress_threw(Napi::Env env, const Napi::Error& error) {
  auto process = env.Global().Get("process").As<Napi::Object>();
  process.Get("emitWarning")
      .As<Napi::Function>()
      .Call(process, {Napi::String::New(env, "ctct: onProgress threw: " + thrown_text(error)),
                         Napi::String::New(env, "CtctProgressWarning")});
}

}  // namespace

BulkOptions read_bulk_options(Options& given, std::unique_ptr<JsProgress>& progress) {
  BulkOptions options;
  given.read("wait", options.wait);
  long interval_ms = static_cast<long>(options.poll_interval_ms.count());
  given.read("pollIntervalMs", interval_ms);
  options.poll_interval_ms = std::chrono::milliseconds(interval_ms);
  Napi::Value on_progress = given.get("onProgress");
  if (on_progress.IsUndefined()) return options;
  if (!on_progress.IsFunction()) type_error(on_progress, "onProgress", "a function (progress)");
  progress = std::make_unique<JsProgress>(JsProgress{Napi::Persistent(on_progress.As<Napi::Function>())});
  options.on_progress = [settler = Addon::of(given.Env()).settler, function = progress.get()](const BulkProgress& p) {
    settler->post_event([function, p](Napi::Env env) {
      // The operation is in flight: what onProgress throws cannot reach the caller.
      try {
        function->function.Call({to_js(env, p)});
      } catch (const Napi::Error& error) {
        warn_progress_threw(env, error);
      }
    });
  };
  return options;
}

}  // namespace ctct::node
