// ctct::Client as the native half of the JS Client: one method per operation, each converting
// its arguments, starting the operation with a callback, and answering a Promise.
#include <memory>
#include <string>
#include <vector>

#include "addon.hpp"
#include "bulk_calls.hpp"
#include "ctct/client.hpp"
#include "ctct/tags.hpp"
#include "ctct/url.hpp"
#include "options.hpp"
#include "page_cursor.hpp"

namespace ctct::node {
namespace {

using Strings = std::vector<std::string>;

class ClientWrap : public Napi::ObjectWrap<ClientWrap>, public WrapInFlight<ClientWrap>,
                   public Registered {
 public:
  explicit ClientWrap(const Napi::CallbackInfo& info)
      : Napi::ObjectWrap<ClientWrap>(info), Registered(info.Env()) {
    Options options(info, 0, "Client");
    ClientOptions client_options;
    client_options.managed_tokens = managed_tokens(options);
    // With managed tokens the client gets its access token itself.
    if (!client_options.managed_tokens || !options.get("accessToken").IsUndefined())
      client_options.access_token = options.required<std::string>("accessToken");
    options.read("baseUrl", client_options.base_url);
    client_options.http = http_options(options);
    try {
      policies(options).apply_to(client_options);
      options.finish();
      base_url_ = url_for_display(client_options.base_url);
      client_ = std::make_unique<Client>(std::move(client_options));
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    }
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "NativeClient",
        {InstanceMethod<&ClientWrap::contacts_create>("contactsCreate"),
            InstanceMethod<&ClientWrap::contacts_create_or_update>("contactsCreateOrUpdate"),
            InstanceMethod<&ClientWrap::contacts_get>("contactsGet"),
            InstanceMethod<&ClientWrap::contacts_list>("contactsList"),
            InstanceMethod<&ClientWrap::contacts_pages>("contactsPages"),
            InstanceMethod<&ClientWrap::contacts_update>("contactsUpdate"),
            InstanceMethod<&ClientWrap::contacts_remove>("contactsRemove"),
            InstanceMethod<&ClientWrap::contacts_counts>("contactsCounts"),
            InstanceMethod<&ClientWrap::contacts_resubscribe>("contactsResubscribe"),
            InstanceMethod<&ClientWrap::lists_create>("listsCreate"),
            InstanceMethod<&ClientWrap::lists_get>("listsGet"),
            InstanceMethod<&ClientWrap::lists_list>("listsList"),
            InstanceMethod<&ClientWrap::lists_pages>("listsPages"),
            InstanceMethod<&ClientWrap::lists_update>("listsUpdate"),
            InstanceMethod<&ClientWrap::lists_remove>("listsRemove"),
            InstanceMethod<&ClientWrap::activities_get>("activitiesGet"),
            InstanceMethod<&ClientWrap::activities_list>("activitiesList"),
            InstanceMethod<&ClientWrap::bulk>("bulk"),
            InstanceMethod<&ClientWrap::tags_create>("tagsCreate"),
            InstanceMethod<&ClientWrap::tags_get>("tagsGet"),
            InstanceMethod<&ClientWrap::tags_list>("tagsList"),
            InstanceMethod<&ClientWrap::tags_pages>("tagsPages"),
            InstanceMethod<&ClientWrap::tags_update>("tagsUpdate"),
            InstanceMethod<&ClientWrap::tags_remove>("tagsRemove"),
            InstanceMethod<&ClientWrap::custom_fields_create>("customFieldsCreate"),
            InstanceMethod<&ClientWrap::custom_fields_get>("customFieldsGet"),
            InstanceMethod<&ClientWrap::custom_fields_list>("customFieldsList"),
            InstanceMethod<&ClientWrap::custom_fields_pages>("customFieldsPages"),
            InstanceMethod<&ClientWrap::custom_fields_update>("customFieldsUpdate"),
            InstanceMethod<&ClientWrap::custom_fields_remove>("customFieldsRemove"),
            InstanceMethod<&ClientWrap::add_contact_to_list>("addContactToList"),
            InstanceMethod<&ClientWrap::close>("close"),
            InstanceAccessor<&ClientWrap::base_url>("baseUrl")});
  }

  void stop_now() override { client_->close(); }

 private:
  template <class T>
  static T arg(const Napi::CallbackInfo& info, std::size_t index, const char* name) {
    return from_js<T>(info[index], name);
  }

  Napi::Value contacts_create(const Napi::CallbackInfo& info) {
    auto contact = arg<Contact>(info, 0, "contact");
    return later<Outcome<Contact>>(info, *this,
        [&](auto done) { client_->contacts().create(contact, done); });
  }
  Napi::Value contacts_create_or_update(const Napi::CallbackInfo& info) {
    auto contact = arg<ContactSignUp>(info, 0, "contact");
    return later<Outcome<SignUpResult>>(info, *this,
        [&](auto done) { client_->contacts().create_or_update(contact, done); });
  }
  Napi::Value contacts_get(const Napi::CallbackInfo& info) {
    auto contact_id = arg<std::string>(info, 0, "contactId");
    auto include = optional_arg<Strings>(info, 1, "include");
    return later<Outcome<Contact>>(info, *this,
        [&](auto done) { client_->contacts().get(contact_id, include, done); });
  }
  Napi::Value contacts_list(const Napi::CallbackInfo& info) {
    auto query = optional_arg<ContactQuery>(info, 0, "query");
    return later<Outcome<Page<Contact>>>(info, *this,
        [&](auto done) { client_->contacts().list(query, done); });
  }
  Napi::Value contacts_pages(const Napi::CallbackInfo& info) {
    auto query = optional_arg<ContactQuery>(info, 0, "query");
    return make_page_cursor(info.Env(), Value(),
        std::make_unique<PagesOf<Contact>>(client_->contacts().pages(query)));
  }
  Napi::Value contacts_update(const Napi::CallbackInfo& info) {
    auto contact_id = arg<std::string>(info, 0, "contactId");
    auto contact = arg<Contact>(info, 1, "contact");
    return later<Outcome<Contact>>(info, *this,
        [&](auto done) { client_->contacts().update(contact_id, contact, done); });
  }
  Napi::Value contacts_remove(const Napi::CallbackInfo& info) {
    auto contact_id = arg<std::string>(info, 0, "contactId");
    return later<Outcome<Empty>>(info, *this,
        [&](auto done) { client_->contacts().remove(contact_id, done); });
  }
  Napi::Value contacts_counts(const Napi::CallbackInfo& info) {
    auto include_new_subscriber = optional_arg<bool>(info, 0, "includeNewSubscriber");
    return later<Outcome<ContactsCounts>>(info, *this,
        [&](auto done) { client_->contacts().counts(include_new_subscriber, done); });
  }
  Napi::Value contacts_resubscribe(const Napi::CallbackInfo& info) {
    auto contact_id = arg<std::string>(info, 0, "contactId");
    auto list_ids = arg<Strings>(info, 1, "listIds");
    return later<Outcome<Empty>>(info, *this,
        [&](auto done) { client_->contacts().resubscribe(contact_id, list_ids, done); });
  }

  Napi::Value lists_create(const Napi::CallbackInfo& info) {
    auto list = arg<ContactList>(info, 0, "list");
    return later<Outcome<ContactList>>(info, *this,
        [&](auto done) { client_->lists().create(list, done); });
  }
  Napi::Value lists_get(const Napi::CallbackInfo& info) {
    auto list_id = arg<std::string>(info, 0, "listId");
    return later<Outcome<ContactList>>(info, *this,
        [&](auto done) { client_->lists().get(list_id, done); });
  }
  Napi::Value lists_list(const Napi::CallbackInfo& info) {
    auto query = optional_arg<ListQuery>(info, 0, "query");
    return later<Outcome<Page<ContactList>>>(info, *this,
        [&](auto done) { client_->lists().list(query, done); });
  }
  Napi::Value lists_pages(const Napi::CallbackInfo& info) {
    auto query = optional_arg<ListQuery>(info, 0, "query");
    return make_page_cursor(info.Env(), Value(),
        std::make_unique<PagesOf<ContactList>>(client_->lists().pages(query)));
  }
  Napi::Value lists_update(const Napi::CallbackInfo& info) {
    auto list_id = arg<std::string>(info, 0, "listId");
    auto list = arg<ContactList>(info, 1, "list");
    return later<Outcome<ContactList>>(info, *this,
        [&](auto done) { client_->lists().update(list_id, list, done); });
  }
  Napi::Value lists_remove(const Napi::CallbackInfo& info) {
    auto list_id = arg<std::string>(info, 0, "listId");
    return later<Outcome<Activity>>(info, *this,
        [&](auto done) { client_->lists().remove(list_id, done); });
  }

  Napi::Value activities_get(const Napi::CallbackInfo& info) {
    auto activity_id = arg<std::string>(info, 0, "activityId");
    return later<Outcome<Activity>>(info, *this,
        [&](auto done) { client_->activities().get(activity_id, done); });
  }
  Napi::Value activities_list(const Napi::CallbackInfo& info) {
    auto query = optional_arg<ActivityQuery>(info, 0, "query");
    return later<Outcome<Page<Activity>>>(info, *this,
        [&](auto done) { client_->activities().list(query, done); });
  }
  Napi::Value bulk(const Napi::CallbackInfo& info) { return bulk_call(info, *this, *client_); }

  Napi::Value tags_create(const Napi::CallbackInfo& info) {
    auto tag = arg<Tag>(info, 0, "tag");
    return later<Outcome<Tag>>(info, *this, [&](auto done) { client_->tags().create(tag, done); });
  }
  Napi::Value tags_get(const Napi::CallbackInfo& info) {
    auto tag_id = arg<std::string>(info, 0, "tagId");
    auto include_count = optional_arg<bool>(info, 1, "includeCount");
    return later<Outcome<Tag>>(info, *this,
        [&](auto done) { client_->tags().get(tag_id, include_count, done); });
  }
  Napi::Value tags_list(const Napi::CallbackInfo& info) {
    auto query = optional_arg<TagQuery>(info, 0, "query");
    return later<Outcome<Page<Tag>>>(info, *this, [&](auto done) { client_->tags().list(query, done); });
  }
  Napi::Value tags_pages(const Napi::CallbackInfo& info) {
    auto query = optional_arg<TagQuery>(info, 0, "query");
    return make_page_cursor(info.Env(), Value(), std::make_unique<PagesOf<Tag>>(client_->tags().pages(query)));
  }
  Napi::Value tags_update(const Napi::CallbackInfo& info) {
    auto tag_id = arg<std::string>(info, 0, "tagId");
    auto tag = arg<Tag>(info, 1, "tag");
    return later<Outcome<Tag>>(info, *this, [&](auto done) { client_->tags().update(tag_id, tag, done); });
  }
  Napi::Value tags_remove(const Napi::CallbackInfo& info) {
    auto tag_id = arg<std::string>(info, 0, "tagId");
    return later<Outcome<Activity>>(info, *this, [&](auto done) { client_->tags().remove(tag_id, done); });
  }

  Napi::Value custom_fields_create(const Napi::CallbackInfo& info) {
    auto field = arg<CustomField>(info, 0, "customField");
    return later<Outcome<CustomField>>(info, *this,
        [&](auto done) { client_->custom_fields().create(field, done); });
  }
  Napi::Value custom_fields_get(const Napi::CallbackInfo& info) {
    auto field_id = arg<std::string>(info, 0, "customFieldId");
    return later<Outcome<CustomField>>(info, *this,
        [&](auto done) { client_->custom_fields().get(field_id, done); });
  }
  Napi::Value custom_fields_list(const Napi::CallbackInfo& info) {
    auto query = optional_arg<CustomFieldQuery>(info, 0, "query");
    return later<Outcome<Page<CustomField>>>(info, *this,
        [&](auto done) { client_->custom_fields().list(query, done); });
  }
  Napi::Value custom_fields_pages(const Napi::CallbackInfo& info) {
    auto query = optional_arg<CustomFieldQuery>(info, 0, "query");
    return make_page_cursor(info.Env(), Value(),
        std::make_unique<PagesOf<CustomField>>(client_->custom_fields().pages(query)));
  }
  Napi::Value custom_fields_update(const Napi::CallbackInfo& info) {
    auto field_id = arg<std::string>(info, 0, "customFieldId");
    auto field = arg<CustomField>(info, 1, "customField");
    return later<Outcome<CustomField>>(info, *this,
        [&](auto done) { client_->custom_fields().update(field_id, field, done); });
  }
  Napi::Value custom_fields_remove(const Napi::CallbackInfo& info) {
    auto field_id = arg<std::string>(info, 0, "customFieldId");
    return later<Outcome<Empty>>(info, *this,
        [&](auto done) { client_->custom_fields().remove(field_id, done); });
  }

  Napi::Value add_contact_to_list(const Napi::CallbackInfo& info) {
    auto list_id = arg<std::string>(info, 0, "listId");
    auto lead = arg<Lead>(info, 1, "lead");
    Options given(info, 2, "addContactToList");
    DeliveryOptions options;
    given.read("failOnDuplicate", options.fail_on_duplicate);
    given.read("customFieldIds", options.custom_field_ids);
    given.finish();
    return later<DeliveryOutcome>(info, *this,
        [&](auto done) { client_->add_contact_to_list(list_id, lead, options, done); });
  }

  Napi::Value close(const Napi::CallbackInfo& info) {
    client_->close();
    return info.Env().Undefined();
  }

  Napi::Value base_url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), base_url_); }

  std::unique_ptr<Client> client_;
  std::string base_url_;  // as shown: without any user-info
};

}  // namespace

void init_clients(Napi::Env env, Napi::Object exports) {
  exports.Set("Client", ClientWrap::define(env));
}

}  // namespace ctct::node
