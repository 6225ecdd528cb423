// The log and logLevel options of both clients: log(level, message) is a JS function the core
// calls on its I/O thread, so lines reach JS through a thread-safe function (unref'd, so an idle
// client lets Node exit), in the order they were written.
#include <memory>
#include <string>

#include "addon.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

struct Line {
  LogLevel level;
  std::string message;
};

class JsLog {
 public:
  JsLog(Napi::Env env, Napi::Function log)
      : function_(Napi::ThreadSafeFunction::New(env, log, "ctct log", 0, 1)) {
    function_.Unref(env);
  }
  ~JsLog() { function_.Release(); }

  void operator()(LogLevel level, const std::string& message) {
    auto line = std::make_unique<Line>(Line{level, message});
    auto status = function_.NonBlockingCall(line.get(), [](Napi::Env env, Napi::Function log, Line* data) {
      std::unique_ptr<Line> owned(data);
      if (env == nullptr) return;
      // A throwing log function must not end the process: the line is dropped.
      try {
        log.Call({Napi::String::New(env, to_string(owned->level)), Napi::String::New(env, owned->message)});
      } catch (const Napi::Error&) {
      }
    });
    if (status == napi_ok) line.release();  // the JS thread owns it now
  }

 private:
  Napi::ThreadSafeFunction function_;
};

LogLevel level_named(const Napi::Env& env, const std::string& name) {
  for (LogLevel level : {LogLevel::debug, LogLevel::info, LogLevel::warning, LogLevel::error})
    if (name == to_string(level)) return level;
  throw Napi::TypeError::New(env, "options.logLevel must be debug, info, warning or error");
}

}  // namespace

LogOptions log_options(const Napi::Object& options) {
  LogOptions log;
  std::string level = to_string(log.level);
  read_option(options, "logLevel", level);
  log.level = level_named(options.Env(), level);
  Napi::Value value = options.Get("log");
  if (value.IsUndefined()) return log;
  if (!value.IsFunction()) type_error(options.Env(), "options.log", "a function (level, message)");
  auto js_log = std::make_shared<JsLog>(options.Env(), value.As<Napi::Function>());
  log.callback = [js_log](LogLevel level, const std::string& message) { (*js_log)(level, message); };
  return log;
}

}  // namespace ctct::node
