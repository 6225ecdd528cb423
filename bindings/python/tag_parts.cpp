// client.tags and client.custom_fields: each operation bound once for Client and AsyncClient.
#include "tag_parts.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bulk_options.hpp"
#include "outcomes.hpp"
#include "pages.hpp"

namespace ctct::python {

[[gnu::cold]] void bind_tag_models(py::module_& m) {
  bind_model<Tag>(m, "Tag");
  bind_model<TagSource>(m, "TagSource");
  bind_model<CustomFieldMetadata>(m, "CustomFieldMetadata");
  bind_model<CustomFieldChoice>(m, "CustomFieldChoice");
  bind_model<CustomField>(m, "CustomField");
  bind_model<Page<Tag>>(m, "TagPage");
  bind_model<Page<CustomField>>(m, "CustomFieldPage");
  bind_outcome<Tag>(m, "TagOutcome");
  bind_outcome<Page<Tag>>(m, "TagPageOutcome");
  bind_outcome<CustomField>(m, "CustomFieldOutcome");
  bind_outcome<Page<CustomField>>(m, "CustomFieldPageOutcome");
  bind_pages<Tag>(m, "Tag");
  bind_pages<CustomField>(m, "CustomField");
}

template <class Mode>
[[gnu::cold]] void bind_tags(py::module_& m, const std::string& prefix) {
  Class<Handle<Tags, Mode>> cls(m, (prefix + "Tags").c_str());
  def_op(cls, "create", [](Tags& api, Callback<Tag> done, const Tag& tag) {
    api.create(tag, std::move(done));
  }, "POST /contact_tags: name (1-255 characters) is required and unique.", py::arg("tag"));
  def_op(cls, "get", [](Tags& api, Callback<Tag> done, const std::string& tag_id, bool include_count) {
    api.get(tag_id, include_count, std::move(done));
  }, "GET /contact_tags/{tag_id}; include_count adds contacts_count.", py::arg("tag_id"),
      py::arg("include_count") = false);
  def_op(cls, "list", [](Tags& api, Callback<Page<Tag>> done, Fields<TagQuery> query) {
    api.list(query.value, std::move(done));
  }, "GET /contact_tags: one page.");
  def_op(cls, "update", [](Tags& api, Callback<Tag> done, const std::string& tag_id, const Tag& tag) {
    api.update(tag_id, tag, std::move(done));
  }, "PUT /contact_tags/{tag_id}: renames the tag.", py::arg("tag_id"), py::arg("tag"));
  def_op(cls, "remove", [](Tags& api, Callback<Activity> done, const std::string& tag_id) {
    api.remove(tag_id, std::move(done));
  }, "DELETE /contact_tags/{tag_id}: answers the activity that untags the contacts and deletes it.",
      py::arg("tag_id"));
  def_listing<Tag, TagQuery>(cls);
  using Strings = std::vector<std::string>;
  def_bulk_op(cls, "add_to_contacts",
      [](Tags& api, Callback<BulkResult> done, const TagSource& source, const Strings& tags,
          const std::optional<ExcludeContacts>& exclude, bool wait, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.add_to_contacts({source, exclude, tags}, bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/contacts_taggings_add: the source's contacts get the tags (split by 50 tags, "
      "500 contact ids, 50 list ids).",
      py::arg("source"), py::arg("tags"), py::kw_only(), py::arg("exclude") = py::none());
  def_bulk_op(cls, "remove_from_contacts",
      [](Tags& api, Callback<BulkResult> done, const TagSource& source, const Strings& tags,
          const std::optional<ExcludeContacts>& exclude, bool wait, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.remove_from_contacts({source, exclude, tags}, bulk_options(wait, poll_interval_ms, progress),
            std::move(done));
      },
      "POST /activities/contacts_taggings_remove: the source's contacts lose the tags.",
      py::arg("source"), py::arg("tags"), py::kw_only(), py::arg("exclude") = py::none());
  def_bulk_op(cls, "delete_many",
      [](Tags& api, Callback<BulkResult> done, const Strings& tags, bool wait, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.delete_many({tags}, bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/contacts_tags_delete: untags every contact and deletes the tags (500 per activity).",
      py::arg("tags"), py::kw_only());
}

template <class Mode>
[[gnu::cold]] void bind_custom_fields(py::module_& m, const std::string& prefix) {
  Class<Handle<CustomFields, Mode>> cls(m, (prefix + "CustomFields").c_str());
  def_op(cls, "create", [](CustomFields& api, Callback<CustomField> done, const CustomField& field) {
    api.create(field, std::move(done));
  }, "POST /contact_custom_fields: label (<=50) and type (<=20) are required.", py::arg("custom_field"));
  def_op(cls, "get", [](CustomFields& api, Callback<CustomField> done, const std::string& custom_field_id) {
    api.get(custom_field_id, std::move(done));
  }, "GET /contact_custom_fields/{custom_field_id}.", py::arg("custom_field_id"));
  def_op(cls, "list", [](CustomFields& api, Callback<Page<CustomField>> done, Fields<CustomFieldQuery> query) {
    api.list(query.value, std::move(done));
  }, "GET /contact_custom_fields: one page.");
  def_op(cls, "update", [](CustomFields& api, Callback<CustomField> done, const std::string& custom_field_id,
                            const CustomField& field) {
    api.update(custom_field_id, field, std::move(done));
  }, "PUT /contact_custom_fields/{custom_field_id}: sends the label and the choices.",
      py::arg("custom_field_id"), py::arg("custom_field"));
  def_op(cls, "remove", [](CustomFields& api, Callback<Empty> done, const std::string& custom_field_id) {
    api.remove(custom_field_id, std::move(done));
  }, "DELETE /contact_custom_fields/{custom_field_id}: contacts lose their values of it.",
      py::arg("custom_field_id"));
  def_listing<CustomField, CustomFieldQuery>(cls);
}

template <class Mode>
[[gnu::cold]] void bind_tag_parts(py::module_& m, const std::string& prefix) {
  bind_tags<Mode>(m, prefix);
  bind_custom_fields<Mode>(m, prefix);
}

template void bind_tag_parts<Sync>(py::module_& m, const std::string& prefix);
template void bind_tag_parts<Async>(py::module_& m, const std::string& prefix);

}  // namespace ctct::python
