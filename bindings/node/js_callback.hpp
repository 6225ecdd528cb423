// A JS function the core calls from its I/O threads (a log, a token store), through a
// thread-safe function that is unref'd so an idle client lets Node exit. At environment
// teardown Node finalizes that function, possibly before the client that holds this is
// destroyed: from then on calls are dropped and it is not released again.
#pragma once

#include <napi.h>

#include <memory>
#include <mutex>

namespace ctct::node {

template <class Data>
class JsCallback {
 public:
  JsCallback(Napi::Env env, Napi::Function function, const char* name) : state_(std::make_shared<State>()) {
    auto* held = new std::shared_ptr<State>(state_);
    function_ = Napi::ThreadSafeFunction::New(env, function, name, 0, 1, held,
        [](Napi::Env, std::shared_ptr<State>* finalized) {
          {
            std::lock_guard lock((*finalized)->mutex);
            (*finalized)->alive = false;
          }
          delete finalized;
        });
    function_.Unref(env);
  }
  ~JsCallback() {
    std::lock_guard lock(state_->mutex);
    if (state_->alive) function_.Release();
  }
  JsCallback(const JsCallback&) = delete;
  JsCallback& operator=(const JsCallback&) = delete;

  // Queues `call(env, function, data)` for the JS thread, where env is null when the
  // environment is going away; `call` owns and deletes `data`. Any thread.
  template <class Call>
  void post(std::unique_ptr<Data> data, Call call) {
    std::lock_guard lock(state_->mutex);
    if (!state_->alive) return;
    if (function_.NonBlockingCall(data.get(), call) == napi_ok) data.release();  // the JS thread owns it
  }

 private:
  struct State {
    std::mutex mutex;
    bool alive = true;  // false once Node finalized the thread-safe function
  };
  std::shared_ptr<State> state_;
  Napi::ThreadSafeFunction function_;
};

}  // namespace ctct::node
