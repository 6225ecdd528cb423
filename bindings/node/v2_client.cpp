// ctct::v2::Client as the native half of the JS v2.Client: its methods from the registry
// (v2::Client::operations(), made by operations.hpp).
#include <memory>
#include <string>
#include <vector>

#include "addon.hpp"
#include "ctct/url.hpp"
#include "ctct/v2.hpp"
#include "names.hpp"
#include "operations.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

class V2ClientWrap : public Napi::ObjectWrap<V2ClientWrap>, public WrapInFlight<V2ClientWrap>, public Registered {
 public:
  explicit V2ClientWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<V2ClientWrap>(info), Registered(info.Env()) {
    Options options(info, 0, "v2.Client");
    v2::ClientOptions client_options;
    client_options.api_key = options.required<std::string>("apiKey");
    client_options.access_token = options.required<std::string>("accessToken");
    options.read("baseUrl", client_options.base_url);
    client_options.http = http_options(options);
    try {
      policies(options).apply_to(client_options);
      options.finish();
      base_url_ = url_for_display(client_options.base_url);
      client_ = std::make_unique<v2::Client>(std::move(client_options));
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    }
  }

  static constexpr auto ops = v2::Client::operations();

  static Napi::Function define(Napi::Env env) {
    return operations::define_client<V2ClientWrap>(env, "NativeV2Client", "baseUrl");
  }

  void stop_now() override { client_->close(); }

  template <std::size_t I>
  Napi::Value call(const Napi::CallbackInfo& info) {
    // The method's name, for TypeErrors and warnings: made once, as the groups' are.
    static const std::string name = "v2.Client." + js_name(std::get<I>(ops).name);
    return operations::start<ops, I>(info, *client_, *this, name);
  }

  Napi::Value close(const Napi::CallbackInfo& info) {
    client_->close();
    return info.Env().Undefined();
  }

  Napi::Value url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), base_url_); }

 private:
  std::unique_ptr<v2::Client> client_;
  std::string base_url_;  // as shown: without any user-info
};

}  // namespace

void init_v2_client(Napi::Env env, Napi::Object exports) { exports.Set("V2Client", V2ClientWrap::define(env)); }

}  // namespace ctct::node
