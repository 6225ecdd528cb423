// ctct::v2::Client as the native half of the JS v2.Client.
#include <memory>
#include <string>

#include "addon.hpp"
#include "ctct/url.hpp"
#include "ctct/v2.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

v2::ActionBy action_by(const Napi::CallbackInfo& info, std::size_t index) {
  auto name = optional_arg<std::string>(info, index, "actionBy", "owner");
  if (name == "owner") return v2::ActionBy::owner;
  if (name == "visitor") return v2::ActionBy::visitor;
  throw Napi::TypeError::New(info.Env(), "actionBy must be \"owner\" or \"visitor\"");
}

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

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "NativeV2Client",
        {InstanceMethod<&V2ClientWrap::lists>("lists"), InstanceMethod<&V2ClientWrap::create_contact>("createContact"),
            InstanceMethod<&V2ClientWrap::add_contact_to_list>("addContactToList"),
            InstanceMethod<&V2ClientWrap::close>("close"), InstanceAccessor<&V2ClientWrap::base_url>("baseUrl")});
  }

  void stop_now() override { client_->close(); }

 private:
  Napi::Value lists(const Napi::CallbackInfo& info) {
    return later<Outcome<std::vector<v2::ContactList>>>(info, *this, [&](auto done) { client_->lists(done); });
  }
  Napi::Value create_contact(const Napi::CallbackInfo& info) {
    auto contact = from_js<v2::Contact>(info[0], "contact");
    auto by = action_by(info, 1);
    return later<Outcome<v2::Contact>>(info, *this, [&](auto done) { client_->create_contact(contact, by, done); });
  }
  Napi::Value add_contact_to_list(const Napi::CallbackInfo& info) {
    auto list_id = from_js<std::string>(info[0], "listId");
    auto lead = from_js<Lead>(info[1], "lead");
    auto by = action_by(info, 2);
    return later<DeliveryOutcome>(info, *this,
        [&](auto done) { client_->add_contact_to_list(list_id, lead, by, done); });
  }
  Napi::Value close(const Napi::CallbackInfo& info) {
    client_->close();
    return info.Env().Undefined();
  }

  Napi::Value base_url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), base_url_); }

  std::unique_ptr<v2::Client> client_;
  std::string base_url_;  // as shown: without any user-info
};

}  // namespace

void init_v2_client(Napi::Env env, Napi::Object exports) { exports.Set("V2Client", V2ClientWrap::define(env)); }

}  // namespace ctct::node
