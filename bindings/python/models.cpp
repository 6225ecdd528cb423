// The v3 models, pages, the lead and every v3 outcome, bound in dependency order (a class must
// exist before signatures that mention it are made).
#include "bind.hpp"
#include "ctct/client.hpp"
#include "bulk_parts.hpp"
#include "outcomes.hpp"
#include "tag_parts.hpp"

namespace ctct::python {

[[gnu::cold]] void bind_models(py::module_& m) {
  bind_model<EmailAddress>(m, "EmailAddress");
  bind_model<PhoneNumber>(m, "PhoneNumber");
  bind_model<StreetAddress>(m, "StreetAddress");
  bind_model<CustomFieldValue>(m, "CustomFieldValue");
  bind_model<Note>(m, "Note");
  bind_model<Contact>(m, "Contact");
  bind_model<SignUpStreetAddress>(m, "SignUpStreetAddress");
  bind_model<ContactSignUp>(m, "ContactSignUp");
  bind_model<SignUpResult>(m, "SignUpResult");
  bind_model<ContactsCounts>(m, "ContactsCounts");
  bind_model<ContactList>(m, "ContactList");
  bind_model<ActivityStatus>(m, "ActivityStatus");
  bind_model<ActivityError>(m, "ActivityError");
  bind_model<Activity>(m, "Activity");
  bind_model<Empty>(m, "Empty");
  bind_model<Page<Contact>>(m, "ContactPage");
  bind_model<Page<ContactList>>(m, "ContactListPage");
  bind_model<Lead>(m, "Lead");
  bind_delivery_outcome(m);

  bind_outcome<Contact>(m, "ContactOutcome");
  bind_outcome<SignUpResult>(m, "SignUpResultOutcome");
  bind_outcome<Page<Contact>>(m, "ContactPageOutcome");
  bind_outcome<Empty>(m, "EmptyOutcome");
  bind_outcome<ContactsCounts>(m, "ContactsCountsOutcome");
  bind_outcome<ContactList>(m, "ContactListOutcome");
  bind_outcome<Page<ContactList>>(m, "ContactListPageOutcome");
  bind_outcome<Activity>(m, "ActivityOutcome");
  bind_tag_models(m);
  bind_bulk_models(m);
}

}  // namespace ctct::python
