// The log and logLevel options of both clients: log(level, message) is a JS function the core
// calls on its I/O thread, so lines reach JS through a JsCallback, in the order they were written.
#include <memory>
#include <string>

#include "addon.hpp"
#include "js_callback.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

struct Line {
  LogLevel level;
  std::string message;
};

class JsLog {
 public:
  JsLog(Napi::Env env, Napi::Function log) : callback_(env, log, "ctct log") {}

  void operator()(LogLevel level, const std::string& message) {
    callback_.post(std::make_unique<Line>(Line{level, message}), [](Napi::Env env, Napi::Function log, Line* data) {
      std::unique_ptr<Line> owned(data);
      if (env == nullptr) return;
      // A throwing log function must not end the process: the line is dropped.
      try {
        log.Call({Napi::String::New(env, to_string(owned->level)), Napi::String::New(env, owned->message)});
      } catch (const Napi::Error&) {
      }
    });
  }

 private:
  JsCallback<Line> callback_;
};

LogLevel level_named(const Napi::Env& env, const std::string& name) {
  for (LogLevel level : {LogLevel::debug, LogLevel::info, LogLevel::warning, LogLevel::error})
    if (name == to_string(level)) return level;
  throw Napi::TypeError::New(env, "logLevel must be debug, info, warning or error");
}

}  // namespace

LogOptions log_options(Options& options) {
  LogOptions log;
  std::string level = to_string(log.level);
  options.read("logLevel", level);
  log.level = level_named(options.Env(), level);
  Napi::Value value = options.get("log");
  if (value.IsUndefined()) return log;
  if (!value.IsFunction()) type_error(value, options.path("log"), "a function (level, message)");
  auto js_log = std::make_shared<JsLog>(options.Env(), value.As<Napi::Function>());
  log.callback = [js_log](LogLevel level, const std::string& message) { (*js_log)(level, message); };
  return log;
}

}  // namespace ctct::node
