// One operation's request, built from typed input: path ids checked and encoded, query
// parameters, a JSON body. The first input problem found refuses the call before sending:
// every operation is "describe the call, then send it with a parser". v2 list and contact ids
// (in the path, a query list or the body) are translated to v3 ids before it is sent.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/core.hpp"
#include "api/id_translator.hpp"
#include "api/page_traits.hpp"
#include "api/v2_ids.hpp"
#include "api/validate.hpp"
#include "json/json_read.hpp"
#include "json/json_write.hpp"

namespace ctct::detail {

class Call {
 public:
  // `subject` names the resource in reasons, e.g. "the contact".
  Call(std::string method, std::string path, std::string subject);

  // Appends "/<id>" after checking that the id is a UUID; the refusal names `field`. A list or
  // contact id (`kind`) may be a v2 id as well.
  Call& id(std::string_view field, const std::string& value, meta::IdOf kind = meta::IdOf::none);
  // Appends "/<n>" for the ids that are numbers (segments: int32), refused unless n >= 1.
  Call& number(std::string_view field, long value);
  // Appends a fixed "/<name>" after an id, as in /segments/{segment_id}/name.
  Call& then(std::string_view name);
  Call& query(std::string name, std::string value);
  // A comma-separated parameter, each value checked against `limits` (count, enum, format, id_of).
  Call& query_list(std::string name, const std::vector<std::string>& values, meta::Limits limits);
  // ?limit=N of a listing, refused unless 1 <= N <= `most` (page_traits<Item>.cap).
  Call& limit(std::optional<int> limit, std::size_t most);
  // Refuses the call with `reason` unless an earlier problem already did.
  Call& refuse_if(std::optional<std::string> reason);
  // Sends an absolute URL (a next-page link) instead of the path and query.
  Call& at(std::string url);
  // How the request may be sent again (Resend in core.hpp); by default all but POST may.
  Call& resend(Resend resend);

  // Checks `value` against its description, then writes it as the JSON body.
  template <class B>
  Call& body(const B& value, std::string_view name) {
    if (refusal_) return *this;
    if (auto problem = validate(value, name)) return refuse_if(std::move(problem));
    std::string bad_field;
    if (auto text = json::write(value, &bad_field)) body_ = std::move(*text);
    else return refuse_if(not_unicode(name.empty() ? bad_field : std::string(name) + "." + bad_field));
    auto ids = v2_ids_of(value);
    if (ids.empty()) return *this;
    for (const auto& id : ids.lists) v2_.add(meta::IdOf::list, id);
    for (const auto& id : ids.contacts) v2_.add(meta::IdOf::contact, id);
    // Written again once its ids are translated: valid text then too, only the ids differ.
    rewrite_body_ = [value](const Translation& translation) {
      return json::write(with_translation(value, translation)).value_or("");
    };
    return *this;
  }

  // Sends through `core`, or answers the refusal at once on this thread (attempts 0): an input
  // problem, or a URL longer than servers take.
  template <class T>
  void send(Core& core, Parser<T> parse, Callback<T> callback) {
    refuse_if(too_long(target(core)));
    if (refusal_) {
      core.check_open();
      require(callback);
      callback(refused<T>(*refusal_));
      return;
    }
    if (v2_.empty()) return dispatch(core, std::move(parse), std::move(callback));
    require(callback);
    core.check_open();
    const V2Ids ids = v2_;
    translate_ids(core, ids,
        [call = std::move(*this), &core, parse = std::move(parse),
            callback = std::move(callback)](Outcome<Translation> translation) mutable {
          if (!translation.ok()) return callback(translation.template with_value<T>(std::nullopt));
          call.apply(*translation.value);
          try {
            call.dispatch<T>(core, std::move(parse), [translation, callback](Outcome<T> out) {
              report(translation, out);
              callback(std::move(out));
            });
          } catch (const UsageError&) {
            callback(closed_meanwhile<T>());
          }
        });
  }

 private:
  template <class T>
  void dispatch(Core& core, Parser<T> parse, Callback<T> callback) {
    http::Request request{method_, target(core), {}, std::move(body_)};
    core.send<T>(std::move(request), std::move(parse), std::move(callback), subject_, std::move(resend_));
  }

  // The URL to send: the next-page link, or the base URL, path and query.
  std::string target(const Core& core) const;
  // Puts the v3 ids of a translation in place of the v2 ids in the path, query and body.
  void apply(const Translation& translation);

  // The reason `url` is not sent when its path and query exceed max_target_bytes, naming the id
  // or query parameter that adds the most to it.
  std::optional<std::string> too_long(const std::string& url) const;

  std::string method_, path_, subject_, body_;
  Params query_;
  Params ids_;  // field name and encoded id, for naming the one that makes a URL too long
  std::optional<std::string> url_, refusal_;
  Resend resend_;
  // The v2 ids to translate before sending, and where they are: path ids (at an offset of
  // path_) and query lists (index in query_, with their values), each with its kind.
  V2Ids v2_;
  struct PathId {
    std::size_t offset;
    std::string id;
    meta::IdOf kind;
  };
  std::vector<PathId> path_v2_;
  struct QueryIds {
    std::size_t index;
    std::vector<std::string> values;
    meta::IdOf kind;
  };
  std::vector<QueryIds> query_v2_;
  std::function<std::string(const Translation&)> rewrite_body_;
};

// The longest path and query (the request target) ctct sends. Servers refuse longer request
// lines with 414: Apache's default LimitRequestLine is 8190 bytes and nginx's
// large_client_header_buffers hold 8 KB, both counting the method and "HTTP/1.1" too; 8000
// bytes leave room for those. Longer filters would be refused after the request was sent.
inline constexpr std::size_t max_target_bytes = 8000;

static_assert(http::body_padding >= simdjson::SIMDJSON_PADDING, "response bodies must be parsable in place");

// Parsers of 2xx bodies.
template <class T>
Parser<T> json_body() {
  return [](const http::Response& response, std::string& why) -> std::optional<T> {
    auto result = json::read<T>(response.body, response.body.capacity());
    if (!result) why = result.error->message;
    return std::move(result.value);
  };
}

// For answers without a resource (204, or a body nobody needs).
Parser<Empty> no_body();

// A listing's body: {"<items>": [...], "<items>_count": N, "_links": {"next": {"href": ...}}}
// (no count for the listings without one).
struct Href {
  std::optional<std::string> href;
  static constexpr auto fields() { return std::make_tuple(field("href", &Href::href)); }
};
struct Links {
  std::optional<Href> next;
  static constexpr auto fields() { return std::make_tuple(field("next", &Links::next)); }
};
// The page body of Item's listing (page_traits.hpp): more items than a page holds are an error.
template <class Item>
struct PageBody {
  static constexpr PageKeys keys = page_traits<Item>;
  static_assert(keys.items != nullptr, "a page of Item needs its page_traits (api/page_traits.hpp)");
  json::Capped<Item, keys.cap> items;
  std::optional<long> count;
  std::optional<Links> links;
  static constexpr auto fields() {
    if constexpr (keys.count == nullptr)
      return std::make_tuple(field(keys.items, &PageBody::items), field("_links", &PageBody::links));
    else
      return std::make_tuple(field(keys.items, &PageBody::items), field(keys.count, &PageBody::count),
          field("_links", &PageBody::links));
  }
};

template <class Item>
Parser<Page<Item>> page_body() {
  return [](const http::Response& response, std::string& why) -> std::optional<Page<Item>> {
    auto body = json_body<PageBody<Item>>()(response, why);
    if (!body) return std::nullopt;
    Page<Item> page{std::move(body->items.items), body->count, std::nullopt};
    if (body->links && body->links->next) page.next = std::move(body->links->next->href);
    return page;
  };
}

}  // namespace ctct::detail
