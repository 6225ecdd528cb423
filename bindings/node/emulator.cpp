// ctct::testing::Emulator in process, for ctct/testing: start on a free loopback port, drive the control
// API, stop. Control calls run in memory (no network), so they answer synchronously.
#include <memory>
#include <stdexcept>
#include <string>

#include "addon.hpp"
#include "ctct/testing/emulator.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

class EmulatorWrap : public Napi::ObjectWrap<EmulatorWrap>, public Registered {
 public:
  explicit EmulatorWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<EmulatorWrap>(info), Registered(info.Env()) {
    Options options(info, 0, "Emulator");
    testing::EmulatorOptions emulator_options;
    options.read("host", emulator_options.host);
    options.read("port", emulator_options.port);
    options.read("accessToken", emulator_options.access_token);
    options.read("apiKey", emulator_options.api_key);
    options.finish();
    emulator_ = std::make_unique<testing::Emulator>(std::move(emulator_options));
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "NativeEmulator",
        {InstanceMethod<&EmulatorWrap::start>("start"), InstanceMethod<&EmulatorWrap::stop>("stop"),
            InstanceMethod<&EmulatorWrap::control>("control"), InstanceAccessor<&EmulatorWrap::port>("port"),
            InstanceAccessor<&EmulatorWrap::url>("url"), InstanceAccessor<&EmulatorWrap::v3_url>("v3Url"),
            InstanceAccessor<&EmulatorWrap::v2_url>("v2Url"),
            InstanceAccessor<&EmulatorWrap::access_token>("accessToken"),
            InstanceAccessor<&EmulatorWrap::api_key>("apiKey")});
  }

  void stop_now() override { emulator_->stop(); }

 private:
  Napi::Value start(const Napi::CallbackInfo& info) {
    try {
      emulator_->start();
    } catch (const std::exception& e) {
      throw Napi::Error::New(info.Env(), e.what());
    }
    return info.Env().Undefined();
  }
  Napi::Value stop(const Napi::CallbackInfo& info) {
    emulator_->stop();
    return info.Env().Undefined();
  }
  // control(method, path, body?) answers the control API's JSON text.
  Napi::Value control(const Napi::CallbackInfo& info) {
    auto method = from_js<std::string>(info[0], "method");
    auto path = from_js<std::string>(info[1], "path");
    auto body = optional_arg<std::string>(info, 2, "body");
    try {
      return Napi::String::New(info.Env(), emulator_->control(method, path, body));
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    } catch (const std::exception& e) {
      throw Napi::Error::New(info.Env(), e.what());
    }
  }
  Napi::Value port(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), emulator_->port()); }
  Napi::Value url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), emulator_->url()); }
  Napi::Value v3_url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), emulator_->v3_url()); }
  Napi::Value v2_url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), emulator_->v2_url()); }
  Napi::Value access_token(const Napi::CallbackInfo& info) {
    return Napi::String::New(info.Env(), emulator_->access_token());
  }
  Napi::Value api_key(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), emulator_->api_key()); }

  std::unique_ptr<testing::Emulator> emulator_;
};

}  // namespace

void init_emulator(Napi::Env env, Napi::Object exports) { exports.Set("Emulator", EmulatorWrap::define(env)); }

}  // namespace ctct::node
