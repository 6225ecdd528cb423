// A listing followed page after page (ctct::Pages), as a JS object with next(): a Promise of
// the next page's outcome, or of null once the listing is done. node/ turns it into async
// iterators (pages() and iter() of the groups with listings).
#pragma once

#include <memory>
#include <utility>

#include <napi.h>

#include "ctct/client.hpp"
#include "settler.hpp"

namespace ctct::node {

class PageSource {
 public:
  virtual ~PageSource() = default;
  virtual bool done() const = 0;
  virtual Napi::Promise next(Napi::Env env, Settler& settler, InFlight& owner) = 0;
};

template <class Item>
class PagesOf : public PageSource {
 public:
  explicit PagesOf(Pages<Item> pages) : pages_(std::move(pages)) {}
  bool done() const override { return pages_.done(); }
  Napi::Promise next(Napi::Env env, Settler& settler, InFlight& owner) override {
    return settler.call<Outcome<Page<Item>>>(env, owner, [&](auto callback) { pages_.next(std::move(callback)); });
  }

 private:
  Pages<Item> pages_;  // stays in place: a page in flight updates it
};

template <class Item>
std::unique_ptr<PageSource> page_source(Pages<Item> pages) {
  return std::make_unique<PagesOf<Item>>(std::move(pages));
}

// A cursor over `source`, keeping `client` (whose core the pages are fetched with) alive.
Napi::Object make_page_cursor(Napi::Env env, Napi::Object client, std::unique_ptr<PageSource> source);

}  // namespace ctct::node
