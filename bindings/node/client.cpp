// ctct::Client for JS: the Client class with the client's own operations, and one class per
// group (Contacts, Lists, Activities, Tags, CustomFields, Bulk) whose instances are the client's
// properties. Every method is made from the operations registry (operations.hpp).
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "addon.hpp"
#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/tags.hpp"
#include "ctct/url.hpp"
#include "ctct/v2.hpp"
#include "names.hpp"
#include "operations.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

// The core client, shared by the JS Client and its groups so that whichever JS object is
// collected last closes it; stopped at process exit like every client.
struct SharedClient : Registered {
  SharedClient(Napi::Env env, ClientOptions options)
      : Registered(env), client(std::make_unique<Client>(std::move(options))) {}
  void stop_now() override { client->close(); }
  std::unique_ptr<Client> client;
};

// The index of each group in Client::groups(), which is also its class's place in Addon::groups.
template <class Group, std::size_t I = 0>
constexpr std::size_t group_index() {
  using G = typename std::tuple_element_t<I, decltype(Client::groups())>::group;
  if constexpr (std::is_same_v<G, Group>) return I;
  else return group_index<Group, I + 1>();
}

template <class Group>
class GroupWrap : public Napi::ObjectWrap<GroupWrap<Group>>, public WrapInFlight<GroupWrap<Group>> {
 public:
  explicit GroupWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<GroupWrap>(info) {}

  static constexpr auto ops = Group::operations();
  static constexpr auto ref = std::get<group_index<Group>()>(Client::groups());

  [[gnu::cold]] static Napi::Function define(Napi::Env env) {
    std::deque<std::string> names;  // the descriptors point into it until the class is made
    std::vector<typename GroupWrap::PropertyDescriptor> methods;
    [&]<std::size_t... I>(std::index_sequence<I...>) { (define_operation<I>(names, methods), ...); }
    (std::make_index_sequence<std::tuple_size_v<decltype(ops)>>{});
    return GroupWrap::DefineClass(env, js_class_name(ref.name).c_str(), methods);
  }

  // Called by the Client that makes this object.
  void attach(std::shared_ptr<SharedClient> shared) {
    shared_ = std::move(shared);
    group_ = &(shared_->client.get()->*ref.get)();
  }

 private:
  template <std::size_t I>
  [[gnu::cold]] static void define_operation(std::deque<std::string>& names,
      std::vector<typename GroupWrap::PropertyDescriptor>& methods) {
    using Op = std::remove_cvref_t<decltype(std::get<I>(ops))>;
    names.push_back(js_name(std::get<I>(ops).name));
    methods.push_back(GroupWrap::InstanceMethod(names.back().c_str(), &GroupWrap::call<I>, operations::replaceable));
    if constexpr (operations::pageable<Group, Op>) {
      if (std::strcmp(std::get<I>(ops).name, "list") == 0) {
        methods.push_back(GroupWrap::InstanceMethod("pages", &GroupWrap::cursor<I, 0>, operations::replaceable));
        methods.push_back(GroupWrap::InstanceMethod("iter", &GroupWrap::cursor<I, 1>, operations::replaceable));
      }
    }
  }

  Group& group(const Napi::CallbackInfo& info) {
    if (!group_)
      throw Napi::TypeError::New(info.Env(), std::string("a ") + js_class_name(ref.name) + " comes from a Client");
    return *group_;
  }
  static std::string callable(const char* method) { return js_name(ref.name) + "." + js_name(method); }

  // The method's name ("contacts.get") is made once: it is read only by TypeErrors and warnings.
  template <std::size_t I>
  Napi::Value call(const Napi::CallbackInfo& info) {
    static const std::string name = callable(std::get<I>(ops).name);
    return operations::start<ops, I>(info, group(info), *this, name);
  }

  // pages(query) (Which 0) and iter(query) (1): a cursor node/ makes an async iterator of.
  template <std::size_t I, int Which>
  Napi::Value cursor(const Napi::CallbackInfo& info) {
    return operations::page_cursor<ops, I>(info, group(info), this->Value(), callable(Which == 0 ? "pages" : "iter"));
  }

  std::shared_ptr<SharedClient> shared_;
  Group* group_ = nullptr;
};

class ClientWrap : public Napi::ObjectWrap<ClientWrap>, public WrapInFlight<ClientWrap> {
 public:
  explicit ClientWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<ClientWrap>(info) {
    Options options(info, 0, "Client");
    ClientOptions client_options;
    client_options.managed_tokens = managed_tokens(options);
    // With managed tokens the client gets its access token itself.
    if (!client_options.managed_tokens || !options.get("accessToken").IsUndefined())
      client_options.access_token = options.required<std::string>("accessToken");
    options.read("baseUrl", client_options.base_url);
    options.read("apiKey", client_options.api_key);
    client_options.http = http_options(options);
    try {
      policies(options).apply_to(client_options);
      options.finish();
      base_url_ = url_for_display(client_options.base_url);
      shared_ = std::make_shared<SharedClient>(info.Env(), std::move(client_options));
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    }
    Napi::Object self = info.This().As<Napi::Object>();
    Addon& addon = Addon::of(info.Env());
    std::size_t index = 0;
    meta::for_each_group<Client>([&](const auto& ref) {
      using Group = typename std::remove_cvref_t<decltype(ref)>::group;
      Napi::Object group = addon.groups[index++].New({});
      GroupWrap<Group>::Unwrap(group)->attach(shared_);
      self.DefineProperty(Napi::PropertyDescriptor::Value(js_name(ref.name), group, napi_enumerable));
    });
  }

  static constexpr auto ops = Client::operations();

  static Napi::Function define(Napi::Env env) {
    return operations::define_client<ClientWrap>(env, "NativeClient", "baseUrl");
  }

  template <std::size_t I>
  Napi::Value call(const Napi::CallbackInfo& info) {
    // The method's name, for TypeErrors and warnings: made once, as the groups' are.
    static const std::string name = js_name(std::get<I>(ops).name);
    return operations::start<ops, I>(info, *shared_->client, *this, name);
  }

  Napi::Value close(const Napi::CallbackInfo& info) {
    shared_->client->close();
    return info.Env().Undefined();
  }

  Napi::Value url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), base_url_); }

  std::shared_ptr<Client> core() const { return {shared_, shared_->client.get()}; }

 private:
  std::shared_ptr<SharedClient> shared_;
  std::string base_url_;  // as shown: without any user-info
};

// describeMethods(): the methods as made here, for bindings/node/generate-types.js.
template <class Owner>
[[gnu::cold]] Napi::Array describe_methods(Napi::Env env) {
  auto methods = Napi::Array::New(env);
  meta::for_each_operation<Owner>([&](const auto& op) {
    methods.Set(methods.Length(), operations::to_js(env, operations::describe(op)));
  });
  return methods;
}

Napi::Value describe_all_methods(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto out = Napi::Object::New(env);
  out.Set("client", describe_methods<Client>(env));
  auto groups = Napi::Array::New(env);
  meta::for_each_group<Client>([&](const auto& ref) {
    using Group = typename std::remove_cvref_t<decltype(ref)>::group;
    auto group = Napi::Object::New(env);
    group.Set("name", js_name(ref.name));
    group.Set("className", js_class_name(ref.name));
    group.Set("doc", ref.doc);
    auto methods = describe_methods<Group>(env);
    meta::for_each_operation<Group>([&](const auto& op) {
      using Op = std::remove_cvref_t<decltype(op)>;
      if constexpr (operations::pageable<Group, Op>)
        if (std::strcmp(op.name, "list") == 0)
          group.Set("pages", ts_type<typename operations::listing<Group, Op>::item>({}));
    });
    group.Set("methods", methods);
    groups.Set(groups.Length(), group);
  });
  out.Set("groups", groups);
  out.Set("v2Client", describe_methods<v2::Client>(env));
  out.Set("oauthClient", describe_methods<oauth::OAuthClient>(env));
  return out;
}

// describeOperations(): the registry as the core writes it (ctct::describe_operations()).
Napi::Value describe_operations(const Napi::CallbackInfo& info) {
  return Addon::of(info.Env()).json_parse.Call({Napi::String::New(info.Env(), ctct::describe_operations())});
}

Napi::Value camel_case(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), js_name(from_js<std::string>(info[0], "name")));
}

}  // namespace

std::shared_ptr<Client> core_client(const Napi::Value& value, const std::string& path) {
  Napi::Env env = value.Env();
  if (!value.IsObject() || !value.As<Napi::Object>().InstanceOf(Addon::of(env).client.Value()))
    throw Napi::TypeError::New(env, path + " must be a Client");
  return ClientWrap::Unwrap(value.As<Napi::Object>())->core();
}

void init_clients(Napi::Env env, Napi::Object exports) {
  Napi::Function client = ClientWrap::define(env);
  exports.Set("Client", client);
  Addon& addon = Addon::of(env);
  addon.client = Napi::Persistent(client);
  auto classes = Napi::Object::New(env);
  meta::for_each_group<Client>([&](const auto& ref) {
    using Group = typename std::remove_cvref_t<decltype(ref)>::group;
    Napi::Function group = GroupWrap<Group>::define(env);
    classes.Set(js_class_name(ref.name), group);
    addon.groups.push_back(Napi::Persistent(group));
  });
  exports.Set("groups", classes);
  exports.Set("describeMethods", Napi::Function::New<describe_all_methods>(env, "describeMethods"));
  exports.Set("describeOperations", Napi::Function::New<describe_operations>(env, "describeOperations"));
  exports.Set("camelCase", Napi::Function::New<camel_case>(env, "camelCase"));
}

}  // namespace ctct::node
