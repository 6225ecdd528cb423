// ctct::Engine as the JS Engine: I/O loops (threads with their connection pools) shared by the
// clients given it through their engine option; clients given none share the process-wide one.
#include <memory>

#include "addon.hpp"
#include "ctct/engine.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

class EngineWrap : public Napi::ObjectWrap<EngineWrap> {
 public:
  explicit EngineWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<EngineWrap>(info) {
    Options options(info, 0, "Engine");
    EngineOptions engine_options;
    options.read("threads", engine_options.threads);
    options.finish();
    try {
      engine_ = std::make_shared<Engine>(engine_options);
    } catch (const std::invalid_argument& e) {  // UsageError: threads out of range
      throw Napi::TypeError::New(info.Env(), e.what());
    }
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "Engine",
        {InstanceAccessor<&EngineWrap::threads>("threads"), InstanceAccessor<&EngineWrap::live_loops>("liveLoops")});
  }

  const std::shared_ptr<Engine>& engine() const { return engine_; }

 private:
  Napi::Value threads(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), static_cast<double>(engine_->options().threads));
  }
  // The loops running now, each with its thread.
  Napi::Value live_loops(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), static_cast<double>(engine_->live_loops()));
  }

  std::shared_ptr<Engine> engine_;
};

}  // namespace

std::shared_ptr<Engine> shared_engine(const Napi::Value& value, const std::string& path) {
  if (value.IsUndefined() || value.IsNull()) return nullptr;
  Napi::Function constructor = Addon::of(value.Env()).engine.Value();
  if (!value.IsObject() || !value.As<Napi::Object>().InstanceOf(constructor)) type_error(value, path, "an Engine");
  return EngineWrap::Unwrap(value.As<Napi::Object>())->engine();
}

void init_engine(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = EngineWrap::define(env);
  Addon::of(env).engine = Napi::Persistent(constructor);
  exports.Set("Engine", constructor);
}

}  // namespace ctct::node
