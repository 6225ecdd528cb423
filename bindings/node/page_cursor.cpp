#include "page_cursor.hpp"

#include "addon.hpp"

namespace ctct::node {
namespace {

class PageCursor : public Napi::ObjectWrap<PageCursor>, public WrapInFlight<PageCursor> {
 public:
  explicit PageCursor(const Napi::CallbackInfo& info) : Napi::ObjectWrap<PageCursor>(info) {}

  void attach(Napi::Object client, std::unique_ptr<PageSource> source) {
    client_ = Napi::Persistent(client);
    source_ = std::move(source);
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "PageCursor", {InstanceMethod<&PageCursor::next>("next")});
  }

 private:
  Napi::Value next(const Napi::CallbackInfo& info) {
    if (!source_) throw Napi::TypeError::New(info.Env(), "a page cursor comes from pages() or iter()");
    if (source_->done()) {
      auto deferred = Napi::Promise::Deferred::New(info.Env());
      deferred.Resolve(info.Env().Null());
      return deferred.Promise();
    }
    return source_->next(info.Env(), *Addon::of(info.Env()).settler, *this);
  }

  Napi::ObjectReference client_;
  std::unique_ptr<PageSource> source_;
};

}  // namespace

Napi::Object make_page_cursor(Napi::Env env, Napi::Object client, std::unique_ptr<PageSource> source) {
  Napi::Object cursor = Addon::of(env).page_cursor.New({});
  PageCursor::Unwrap(cursor)->attach(client, std::move(source));
  return cursor;
}

void init_page_cursor(Napi::Env env, Napi::Object) {
  Addon::of(env).page_cursor = Napi::Persistent(PageCursor::define(env));
}

}  // namespace ctct::node
