// Tags and custom fields of the v3 client, reached as client.tags() and client.custom_fields().
// Each operation comes in two forms: `op(args, callback)` answers on the client's I/O thread,
// `op(args)` blocks.
#pragma once

#include <string>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/tag_models.hpp"

namespace ctct {

extern template class Pages<Tag>;
extern template class Pages<CustomField>;

class Tags {
 public:
  explicit Tags(detail::Core& core) : core_(core) {}

  // POST /contact_tags: name (1-255 characters) required and unique; a taken name is a failure.
  void create(const Tag& tag, Callback<Tag> callback);
  Outcome<Tag> create(const Tag& tag);

  // GET /contact_tags/{tag_id}; include_count adds contacts_count.
  void get(const std::string& tag_id, bool include_count, Callback<Tag> callback);
  Outcome<Tag> get(const std::string& tag_id, bool include_count = false);

  // GET /contact_tags: one page. More than 500 tags (the API's most) is an error outcome.
  void list(const TagQuery& query, Callback<Page<Tag>> callback);
  Outcome<Page<Tag>> list(const TagQuery& query = {});
  Pages<Tag> pages(const TagQuery& query = {});

  // PUT /contact_tags/{tag_id}: renames the tag.
  void update(const std::string& tag_id, const Tag& tag, Callback<Tag> callback);
  Outcome<Tag> update(const std::string& tag_id, const Tag& tag);

  // DELETE /contact_tags/{tag_id}: 202 with the activity that untags every contact and deletes it.
  void remove(const std::string& tag_id, Callback<Activity> callback);
  Outcome<Activity> remove(const std::string& tag_id);

  // Bulk activities (see bulk.hpp: split into the fewest requests, waited for unless
  // options.wait is false, one combined outcome).
  // contacts_taggings_add: source contact_ids split by 500, list_ids by 50; tag_ids by 50.
  void add_to_contacts(const ContactTagging& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> add_to_contacts(const ContactTagging& input, const BulkOptions& options = {});
  // contacts_taggings_remove: split as add_to_contacts.
  void remove_from_contacts(const ContactTagging& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> remove_from_contacts(const ContactTagging& input, const BulkOptions& options = {});
  // contacts_tags_delete: untags every contact and deletes the tags; split by 500 tags.
  void delete_many(const TagDelete& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> delete_many(const TagDelete& input, const BulkOptions& options = {});

  static constexpr auto operations() {
    using G = Tags;
    using namespace meta;
    return std::make_tuple(operation("create", &G::create,
                               "POST /contact_tags: name (1-255 characters) is required and unique.", arg("tag")),
        operation("get", &G::get, "GET /contact_tags/{tag_id}; include_count adds contacts_count.", arg("tag_id"),
            option("include_count")),
        operation("list", &G::list, "GET /contact_tags: one page.", fields("query")),
        operation("update", &G::update, "PUT /contact_tags/{tag_id}: renames the tag.", arg("tag_id"), arg("tag")),
        operation("remove", &G::remove,
            "DELETE /contact_tags/{tag_id}: answers the activity that untags the contacts and deletes it.",
            arg("tag_id")),
        operation("add_to_contacts", &G::add_to_contacts,
            "POST /activities/contacts_taggings_add: the source's contacts get the tags (split by 50 tags, "
            "500 contact ids, 50 list ids).",
            fields("input", "source", "tags"), option("options")),
        operation("remove_from_contacts", &G::remove_from_contacts,
            "POST /activities/contacts_taggings_remove: the source's contacts lose the tags.",
            fields("input", "source", "tags"), option("options")),
        operation("delete_many", &G::delete_many,
            "POST /activities/contacts_tags_delete: untags every contact and deletes the tags (500 per activity).",
            fields("input", "tags"), option("options")));
  }

 private:
  detail::Core& core_;
};

class CustomFields {
 public:
  explicit CustomFields(detail::Core& core) : core_(core) {}

  // POST /contact_custom_fields: label (<=50) and type (<=20) required; a taken label is a failure.
  void create(const CustomField& field, Callback<CustomField> callback);
  Outcome<CustomField> create(const CustomField& field);

  void get(const std::string& custom_field_id, Callback<CustomField> callback);
  Outcome<CustomField> get(const std::string& custom_field_id);

  // GET /contact_custom_fields: one page. More than 100 custom fields (the API's most) is an
  // error outcome.
  void list(const CustomFieldQuery& query, Callback<Page<CustomField>> callback);
  Outcome<Page<CustomField>> list(const CustomFieldQuery& query = {});
  Pages<CustomField> pages(const CustomFieldQuery& query = {});

  // PUT /contact_custom_fields/{id}: sends the label and the choices (choice_id keeps a choice).
  void update(const std::string& custom_field_id, const CustomField& field, Callback<CustomField> callback);
  Outcome<CustomField> update(const std::string& custom_field_id, const CustomField& field);

  // DELETE /contact_custom_fields/{id}: 204; contacts lose their values of it.
  void remove(const std::string& custom_field_id, Callback<Empty> callback);
  Outcome<Empty> remove(const std::string& custom_field_id);

  static constexpr auto operations() {
    using G = CustomFields;
    using namespace meta;
    return std::make_tuple(operation("create", &G::create,
                               "POST /contact_custom_fields: label (<=50) and type (<=20) are required.",
                               arg("custom_field")),
        operation("get", &G::get, "GET /contact_custom_fields/{custom_field_id}.", arg("custom_field_id")),
        operation("list", &G::list, "GET /contact_custom_fields: one page.", fields("query")),
        operation("update", &G::update,
            "PUT /contact_custom_fields/{custom_field_id}: sends the label and the choices.", arg("custom_field_id"),
            arg("custom_field")),
        operation("remove", &G::remove,
            "DELETE /contact_custom_fields/{custom_field_id}: contacts lose their values of it.",
            arg("custom_field_id")));
  }

 private:
  detail::Core& core_;
};

}  // namespace ctct
