// Every described type, listed once with the name it has in Python and Node: X(type, space,
// name), space "" for the top level or "v2". The JSON writer, the Python classes and the Node
// type descriptions (node/models.d.ts) follow these lists; a new model is added here only.
// Order matters: a model comes after the models its fields hold (Python makes the classes in
// this order, and a signature can only name a class that exists).
#pragma once

#include <vector>

#include "ctct/bulk_models.hpp"
#include "ctct/client.hpp"
#include "ctct/delivery.hpp"
#include "ctct/models.hpp"
#include "ctct/oauth.hpp"
#include "ctct/tag_models.hpp"
#include "ctct/v2.hpp"

// The lists are laid out by hand: clang-format would run their entries together.
// clang-format off
// Resources and answers: classes in Python, types in Node, each with its to_json.
#define CTCT_MODELS(X)                                                                             \
  X(EmailAddress, "", "EmailAddress") X(PhoneNumber, "", "PhoneNumber")                             \
  X(StreetAddress, "", "StreetAddress") X(CustomFieldValue, "", "CustomFieldValue")                 \
  X(Note, "", "Note") X(Contact, "", "Contact") X(SignUpStreetAddress, "", "SignUpStreetAddress")   \
  X(ContactSignUp, "", "ContactSignUp") X(SignUpResult, "", "SignUpResult")                         \
  X(ContactsCounts, "", "ContactsCounts") X(ContactList, "", "ContactList")                         \
  X(ActivityStatus, "", "ActivityStatus") X(ActivityError, "", "ActivityError")                     \
  X(Activity, "", "Activity") X(Empty, "", "Empty") X(Page<Contact>, "", "ContactPage")             \
  X(Page<ContactList>, "", "ContactListPage") X(Lead, "", "Lead")                                   \
  X(DeliveryOutcome, "", "DeliveryOutcome") X(Tag, "", "Tag") X(TagSource, "", "TagSource")         \
  X(CustomFieldMetadata, "", "CustomFieldMetadata") X(CustomFieldChoice, "", "CustomFieldChoice")   \
  X(CustomField, "", "CustomField") X(Page<Tag>, "", "TagPage")                                     \
  X(Page<CustomField>, "", "CustomFieldPage") X(ImportCustomField, "", "ImportCustomField")         \
  X(ImportContact, "", "ImportContact") X(ExcludeContacts, "", "ExcludeContacts")                   \
  X(MembershipSource, "", "MembershipSource") X(ExportFile, "", "ExportFile")                       \
  X(BulkChunk, "", "BulkChunk") X(BulkResult, "", "BulkResult") X(BulkProgress, "", "BulkProgress") \
  X(Page<Activity>, "", "ActivityPage") X(oauth::Tokens, "", "Tokens")                              \
  X(oauth::DeviceAuthorization, "", "DeviceAuthorization") X(v2::EmailAddress, "v2", "EmailAddress") \
  X(v2::ListRef, "v2", "ListRef") X(v2::Address, "v2", "Address") X(v2::Contact, "v2", "Contact")   \
  X(v2::ContactList, "v2", "ContactList") X(std::vector<v2::ContactList>, "v2", "ContactLists")

// Request bodies of the bulk activities: written as JSON, taken field by field by the bindings.
#define CTCT_REQUEST_BODIES(X)                                                                     \
  X(ContactsImport, "", "ContactsImport") X(FileImport, "", "FileImport")                           \
  X(ListMemberships, "", "ListMemberships") X(ContactDelete, "", "ContactDelete")                   \
  X(ListDelete, "", "ListDelete") X(ContactExport, "", "ContactExport")

// Queries and options of operations: never JSON, taken field by field by the bindings.
#define CTCT_ARGUMENT_TYPES(X)                                                                     \
  X(ContactQuery, "", "ContactQuery") X(ListQuery, "", "ListQuery") X(TagQuery, "", "TagQuery")     \
  X(CustomFieldQuery, "", "CustomFieldQuery") X(ActivityQuery, "", "ActivityQuery")                 \
  X(ContactTagging, "", "ContactTagging") X(TagDelete, "", "TagDelete")                             \
  X(DeliveryOptions, "", "DeliveryOptions")
// clang-format on
