// JSON text of every public type: the same bytes in C++, Python and Node for the same value.
#pragma once

#include <string>

#include "ctct/bulk_models.hpp"
#include "ctct/delivery.hpp"
#include "ctct/models.hpp"
#include "ctct/oauth.hpp"
#include "ctct/outcome.hpp"
#include "ctct/tag_models.hpp"
#include "ctct/v2.hpp"

namespace ctct {

// Compact JSON in described field order. Resources leave out missing fields; outcomes write
// them as null. Strings are escaped per RFC 8259 (as JavaScript's JSON.stringify does). Text
// that is not valid UTF-8 (possible only from a C++ caller) has each ill-formed sequence
// replaced by U+FFFD, as Python's errors="replace" and JavaScript's TextDecoder do, so the
// result is always valid JSON; requests refuse such text instead of repairing it.
#define CTCT_JSON_TYPES(X)                                                                       \
  X(EmailAddress) X(PhoneNumber) X(StreetAddress) X(CustomFieldValue) X(Note) X(Contact)           \
  X(SignUpStreetAddress) X(ContactSignUp) X(SignUpResult) X(ContactsCounts) X(ContactList)         \
  X(ActivityStatus) X(ActivityError) X(Activity) X(Empty) X(Page<Contact>) X(Page<ContactList>)    \
  X(DeliveryOutcome) X(Lead) X(v2::EmailAddress) X(v2::ListRef) X(v2::Address) X(v2::Contact)      \
  X(v2::ContactList) X(std::vector<v2::ContactList>) X(oauth::Tokens) X(oauth::DeviceAuthorization) \
  X(Tag) X(CustomFieldMetadata) X(CustomFieldChoice) X(CustomField) X(Page<Tag>)                   \
  X(Page<CustomField>) X(ImportContact) X(ContactsImport) X(FileImport) X(ExcludeContacts)       \
  X(MembershipSource) X(ListMemberships) X(ContactDelete) X(ListDelete) X(ContactExport)           \
  X(ExportFile) X(BulkChunk) X(BulkResult) X(BulkProgress) X(Page<Activity>) X(TagSource)       \
  X(ImportCustomField)

#define CTCT_DECLARE_TO_JSON(T)                     \
  std::string to_json(const T& value);              \
  std::string to_json(const Outcome<T>& outcome);
CTCT_JSON_TYPES(CTCT_DECLARE_TO_JSON)
#undef CTCT_DECLARE_TO_JSON

}  // namespace ctct
