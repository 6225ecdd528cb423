// The v3 tag operations: each describes its Call and sends it with a parser.
#include "ctct/tags.hpp"
#include "api/call.hpp"

namespace ctct {
namespace {

using detail::Call;

// The listing has no total of tags (include_count counts each tag's contacts): never present.

// The tag as POST (name, tag_source) or PUT (name) takes it; a name may not be empty.
Call& with_tag(Call& call, const Tag& tag, bool update) {
  Tag sent;
  sent.name = tag.name;
  if (!update) sent.tag_source = tag.tag_source;
  if (tag.name && tag.name->empty()) call.refuse_if("tag.name must not be empty.");
  return call.body(sent, "tag");
}

Call list_call(const TagQuery& q) {
  Call call("GET", "/contact_tags", "the tags");
  call.limit(q.limit, detail::page_traits<Tag>.cap);
  if (q.include_count) call.query("include_count", *q.include_count ? "true" : "false");
  return call;
}

void send_page(detail::Core& core, Call call, Callback<Page<Tag>> callback) {
  call.send(core, detail::page_body<Tag>(), std::move(callback));
}

}  // namespace

void Tags::create(const Tag& tag, Callback<Tag> callback) {
  Call call("POST", "/contact_tags", "the tag");
  with_tag(call, tag, false).send(core_, detail::json_body<Tag>(), std::move(callback));
}

void Tags::get(const std::string& tag_id, bool include_count, Callback<Tag> callback) {
  Call call("GET", "/contact_tags", "the tag");
  call.id("tag_id", tag_id);
  if (include_count) call.query("include_count", "true");
  call.send(core_, detail::json_body<Tag>(), std::move(callback));
}

void Tags::list(const TagQuery& query, Callback<Page<Tag>> callback) {
  send_page(core_, list_call(query), std::move(callback));
}

Pages<Tag> Tags::pages(const TagQuery& query) {
  return Pages<Tag>([&core = core_, query](const std::optional<std::string>& next, Callback<Page<Tag>> callback) {
    send_page(core, next ? Call("GET", "", "the tags").at(core.resolve(*next)) : list_call(query), std::move(callback));
  });
}

void Tags::update(const std::string& tag_id, const Tag& tag, Callback<Tag> callback) {
  Call call("PUT", "/contact_tags", "the tag");
  with_tag(call.id("tag_id", tag_id), tag, true).send(core_, detail::json_body<Tag>(), std::move(callback));
}

void Tags::remove(const std::string& tag_id, Callback<Activity> callback) {
  Call("DELETE", "/contact_tags", "the tag")
      .id("tag_id", tag_id)
      .send(core_, detail::json_body<Activity>(), std::move(callback));
}

// Blocking forms.
Outcome<Tag> Tags::create(const Tag& tag) {
  return detail::wait_for<Tag>([&](auto done) { create(tag, std::move(done)); });
}
Outcome<Tag> Tags::get(const std::string& tag_id, bool include_count) {
  return detail::wait_for<Tag>([&](auto done) { get(tag_id, include_count, std::move(done)); });
}
Outcome<Page<Tag>> Tags::list(const TagQuery& query) {
  return detail::wait_for<Page<Tag>>([&](auto done) { list(query, std::move(done)); });
}
Outcome<Tag> Tags::update(const std::string& tag_id, const Tag& tag) {
  return detail::wait_for<Tag>([&](auto done) { update(tag_id, tag, std::move(done)); });
}
Outcome<Activity> Tags::remove(const std::string& tag_id) {
  return detail::wait_for<Activity>([&](auto done) { remove(tag_id, std::move(done)); });
}

}  // namespace ctct
