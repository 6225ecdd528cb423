// describeTypes(): every model's described fields with their TypeScript types, from which
// generate-types.js writes node/models.d.ts. The descriptions are the C++ ones, so the
// declarations cannot drift from what the conversion does.
#include <map>
#include <string>
#include <type_traits>
#include <vector>

#include "addon.hpp"
#include "ctct/bulk_models.hpp"
#include "ctct/client.hpp"
#include "ctct/delivery.hpp"
#include "ctct/oauth.hpp"
#include "ctct/tag_models.hpp"
#include "ctct/v2.hpp"

namespace ctct::node {
namespace {

// Stands for the type parameter of the generic Outcome<T> and Page<T>.
struct TypeParameter {
  static constexpr auto fields() { return std::tuple<>(); }
};

template <class T>
struct Named;
#define CTCT_NODE_NAMED(Type, name_space, type_name) \
  template <>                                        \
  struct Named<Type> {                               \
    static constexpr const char* space = name_space; \
    static constexpr const char* name = type_name;   \
  };
CTCT_NODE_NAMED(TypeParameter, "", "T")
CTCT_NODE_NAMED(Outcome<TypeParameter>, "", "Outcome<T>")
CTCT_NODE_NAMED(Page<TypeParameter>, "", "Page<T>")
CTCT_NODE_NAMED(EmailAddress, "", "EmailAddress")
CTCT_NODE_NAMED(PhoneNumber, "", "PhoneNumber")
CTCT_NODE_NAMED(StreetAddress, "", "StreetAddress")
CTCT_NODE_NAMED(CustomFieldValue, "", "CustomFieldValue")
CTCT_NODE_NAMED(Note, "", "Note")
CTCT_NODE_NAMED(Contact, "", "Contact")
CTCT_NODE_NAMED(SignUpStreetAddress, "", "SignUpStreetAddress")
CTCT_NODE_NAMED(ContactSignUp, "", "ContactSignUp")
CTCT_NODE_NAMED(SignUpResult, "", "SignUpResult")
CTCT_NODE_NAMED(ContactsCounts, "", "ContactsCounts")
CTCT_NODE_NAMED(ContactList, "", "ContactList")
CTCT_NODE_NAMED(ActivityStatus, "", "ActivityStatus")
CTCT_NODE_NAMED(ActivityError, "", "ActivityError")
CTCT_NODE_NAMED(Activity, "", "Activity")
CTCT_NODE_NAMED(Empty, "", "Empty")
CTCT_NODE_NAMED(Tag, "", "Tag")
CTCT_NODE_NAMED(CustomFieldMetadata, "", "CustomFieldMetadata")
CTCT_NODE_NAMED(CustomFieldChoice, "", "CustomFieldChoice")
CTCT_NODE_NAMED(CustomField, "", "CustomField")
CTCT_NODE_NAMED(TagQuery, "", "TagQuery")
CTCT_NODE_NAMED(CustomFieldQuery, "", "CustomFieldQuery")
CTCT_NODE_NAMED(ContactQuery, "", "ContactQuery")
CTCT_NODE_NAMED(ListQuery, "", "ListQuery")
CTCT_NODE_NAMED(ImportCustomField, "", "ImportCustomField")
CTCT_NODE_NAMED(ImportContact, "", "ImportContact")
CTCT_NODE_NAMED(ContactsImport, "", "ContactsImport")
CTCT_NODE_NAMED(FileImport, "", "FileImport")
CTCT_NODE_NAMED(ExcludeContacts, "", "ExcludeContacts")
CTCT_NODE_NAMED(MembershipSource, "", "MembershipSource")
CTCT_NODE_NAMED(ListMemberships, "", "ListMemberships")
CTCT_NODE_NAMED(TagSource, "", "TagSource")
CTCT_NODE_NAMED(ContactTagging, "", "ContactTagging")
CTCT_NODE_NAMED(TagDelete, "", "TagDelete")
CTCT_NODE_NAMED(ContactDelete, "", "ContactDelete")
CTCT_NODE_NAMED(ListDelete, "", "ListDelete")
CTCT_NODE_NAMED(ContactExport, "", "ContactExport")
CTCT_NODE_NAMED(ActivityQuery, "", "ActivityQuery")
CTCT_NODE_NAMED(ExportFile, "", "ExportFile")
CTCT_NODE_NAMED(BulkChunk, "", "BulkChunk")
CTCT_NODE_NAMED(BulkResult, "", "BulkResult")
CTCT_NODE_NAMED(BulkProgress, "", "BulkProgress")
CTCT_NODE_NAMED(Lead, "", "Lead")
CTCT_NODE_NAMED(DeliveryOptions, "", "DeliveryOptions")
CTCT_NODE_NAMED(DeliveryOutcome, "", "DeliveryOutcome")
CTCT_NODE_NAMED(oauth::Tokens, "", "Tokens")
CTCT_NODE_NAMED(oauth::DeviceAuthorization, "", "DeviceAuthorization")
CTCT_NODE_NAMED(v2::EmailAddress, "v2", "EmailAddress")
CTCT_NODE_NAMED(v2::ListRef, "v2", "ListRef")
CTCT_NODE_NAMED(v2::Address, "v2", "Address")
CTCT_NODE_NAMED(v2::Contact, "v2", "Contact")
CTCT_NODE_NAMED(v2::ContactList, "v2", "ContactList")
#undef CTCT_NODE_NAMED

template <class... T>
struct TypeList {};
using Declared = TypeList<Outcome<TypeParameter>, Page<TypeParameter>, EmailAddress, PhoneNumber,
    StreetAddress, CustomFieldValue, Note, Contact, SignUpStreetAddress, ContactSignUp, SignUpResult,
    ContactsCounts, ContactList, ActivityStatus, ActivityError, Activity, Empty, Tag,
    CustomFieldMetadata, CustomFieldChoice, CustomField, ContactQuery, ListQuery, TagQuery,
    CustomFieldQuery, ImportCustomField, ImportContact, ContactsImport, FileImport, ExcludeContacts, MembershipSource,
    ListMemberships, TagSource, ContactTagging, TagDelete, ContactDelete, ListDelete, ContactExport, ActivityQuery, ExportFile, BulkChunk,
    BulkResult, BulkProgress, Lead, DeliveryOptions, DeliveryOutcome, oauth::Tokens, oauth::DeviceAuthorization, v2::EmailAddress, v2::ListRef, v2::Address,
    v2::Contact, v2::ContactList>;

std::string string_type(const char* const* one_of) {
  if (!one_of) return "string";
  std::string out;
  for (auto value = one_of; *value; ++value) out += (out.empty() ? "'" : " | '") + std::string(*value) + "'";
  return out;
}

// The TypeScript type of a member, leaving out the optional (how a missing value shows is the
// containing struct's business: left out, or null).
template <class M>
std::string ts_type(const meta::Limits& limits) {
  if constexpr (std::is_same_v<M, std::string>) {
    return string_type(limits.one_of);
  } else if constexpr (std::is_same_v<M, bool>) {
    return "boolean";
  } else if constexpr (std::is_integral_v<M>) {
    return "number";
  } else if constexpr (std::is_same_v<M, Kind>) {
    return "OutcomeKind";
  } else if constexpr (traits::is_optional<M>::value) {
    return ts_type<typename M::value_type>(limits);
  } else if constexpr (traits::is_vector<M>::value) {
    auto item = ts_type<typename M::value_type>(limits);
    return item.find(' ') == std::string::npos ? item + "[]" : "(" + item + ")[]";
  } else if constexpr (traits::is_string_map<M>::value) {
    return "Record<string, string>";
  } else {
    return Named<M>::name;
  }
}

const char* format_name(meta::Format format) {
  switch (format) {
    case meta::Format::uuid: return "uuid";
    case meta::Format::email: return "email";
    case meta::Format::date: return "date";
    case meta::Format::none: break;
  }
  return "";
}

template <class T>
Napi::Object describe(Napi::Env env) {
  auto type = Napi::Object::New(env);
  type.Set("space", Named<T>::space);
  type.Set("name", Named<T>::name);
  type.Set("nulls", meta::writes_nulls<T>::value);
  auto fields = Napi::Array::New(env);
  meta::for_each_field<T>([&](const auto& field) {
    using M = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
    auto out = Napi::Object::New(env);
    out.Set("name", field.name);
    out.Set("type", ts_type<M>(field.limits));
    out.Set("optional", traits::is_optional<M>::value);
    const auto& limits = field.limits;
    if (limits.max_len) out.Set("maxLength", static_cast<double>(limits.max_len));
    if (limits.max_items) out.Set("maxItems", static_cast<double>(limits.max_items));
    if (limits.format != meta::Format::none) out.Set("format", format_name(limits.format));
    if (limits.required) out.Set("required", true);
    if (const char* prefix = meta::key_prefix(field)) out.Set("keyPrefix", prefix);
    if (limits.max_value > limits.min_value) {
      out.Set("min", static_cast<double>(limits.min_value));
      out.Set("max", static_cast<double>(limits.max_value));
    }
    fields.Set(fields.Length(), out);
  });
  type.Set("fields", fields);
  return type;
}

template <class... T>
Napi::Array describe_all(Napi::Env env, TypeList<T...>) {
  auto types = Napi::Array::New(env);
  (types.Set(types.Length(), describe<T>(env)), ...);
  return types;
}

Napi::Value describe_types(const Napi::CallbackInfo& info) {
  return describe_all(info.Env(), Declared{});
}

}  // namespace

void init_types(Napi::Env env, Napi::Object exports) {
  exports.Set("describeTypes", Napi::Function::New<describe_types>(env, "describeTypes"));
}

}  // namespace ctct::node
