// Settles Promises from the core's I/O thread. One per JS environment (main thread or worker):
// completions are queued under a mutex and one thread-safe function call drains every
// completion queued so far on the JS thread, so thousands of calls in flight cost one wake-up
// per batch, never a thread or a libuv pool slot. The thread-safe function holds the event
// loop open only while calls are in flight, and each wrapper (client, page cursor) stays alive
// until its calls have settled.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <napi.h>

#include "ctct/outcome.hpp"
#include "pack.hpp"

namespace ctct::node {

// A JS object with calls in flight: kept from garbage collection until they settle.
class InFlight {
 public:
  virtual ~InFlight() = default;
  void started() {
    if (count_++ == 0) hold();
  }
  void settled() {
    if (--count_ == 0) let_go();
  }

 protected:
  virtual void hold() = 0;
  virtual void let_go() = 0;

 private:
  std::size_t count_ = 0;  // JS thread only
};

// InFlight for an ObjectWrap: a strong reference while calls are in flight.
template <class Wrap>
class WrapInFlight : public InFlight {
 protected:
  void hold() override { static_cast<Wrap*>(this)->Ref(); }
  void let_go() override { static_cast<Wrap*>(this)->Unref(); }
};

class Settler : public std::enable_shared_from_this<Settler> {
 public:
  // Call from the addon's initialisation on the JS thread.
  static std::shared_ptr<Settler> create(Napi::Env env);

  // Starts a call: `start(callback)` hands the core a callback that settles the returned
  // Promise with the converted result. A UsageError from the core (closed client) becomes a
  // thrown TypeError.
  template <class Result, class Start>
  Napi::Promise call(Napi::Env env, InFlight& owner, Start&& start);

  // Runs `event` on the JS thread (progress of a call in flight). Events queued before a call's
  // completion run before its Promise settles. Any thread.
  void post_event(std::function<void(Napi::Env)> event);

  // Later completions are dropped: at environment teardown and at process exit, when JS can
  // no longer run. JS thread.
  void shutdown();

  // Frees the large results packed since the last time (release_later). JS thread.
  void release_now();

 private:
  // The result is packed (pack.hpp) on the JS thread, and node/unpack.js builds the objects
  // from it. Packing there rather than on the I/O thread keeps the I/O thread, the busier of the
  // two with many calls in flight, free for transfers.
  struct Completion {
    Napi::Promise::Deferred deferred;
    InFlight* owner;
    std::function<std::uint32_t(pack::Packed&)> pack;  // packs the result, answers its type's id
  };
  static void drain(Napi::Env env, Napi::Function, Settler* self, std::nullptr_t*);
  using Tsfn = Napi::TypedThreadSafeFunction<Settler, std::nullptr_t, &Settler::drain>;

  void begin(Napi::Env env, InFlight& owner);
  void end(Napi::Env env, InFlight& owner);
  void post(Completion completion);  // any thread
  void wake();                       // with mutex_ held, after queueing one item
  // Keeps a large packed result (its pack function holds it) until the JS thread has run what
  // its Promise resumed (setImmediate): a reader awaiting page after page has started its next
  // call by then, so the result's thousands of frees overlap that call's transfer instead of
  // delaying the objects' making.
  void release_later(Napi::Env env, std::function<std::uint32_t(pack::Packed&)> result);

  std::mutex mutex_;
  std::vector<Completion> queue_;                                      // guarded by mutex_
  std::vector<std::function<void(Napi::Env)>> events_;                 // guarded by mutex_
  bool closed_ = false;                                                // guarded by mutex_
  std::vector<Completion> draining_;                                   // JS thread only: the batch drain() is settling
  std::vector<std::function<void(Napi::Env)>> draining_events_;        // JS thread only
  pack::Packed packed_;                                                // JS thread only: its room is kept
  std::vector<std::function<std::uint32_t(pack::Packed&)>> released_;  // JS thread only
  Tsfn tsfn_;
  std::size_t in_flight_ = 0;  // JS thread only
};

template <class Result, class Start>
Napi::Promise Settler::call(Napi::Env env, InFlight& owner, Start&& start) {
  auto deferred = Napi::Promise::Deferred::New(env);
  begin(env, owner);
  // The result is moved once, into its own block: a closure holding it by value would move it
  // again into the std::function (a Contact's move is most of what the I/O thread spends here).
  std::function<void(Result)> callback = [self = shared_from_this(), deferred, owner = &owner](Result&& result) {
    self->post({deferred, owner, [held = std::make_shared<Result>(std::move(result))](pack::Packed& packed) {
                  return pack::pack(packed, *held);
                }});
  };
  try {
    start(std::move(callback));
  } catch (const std::invalid_argument& e) {  // UsageError: a closed client
    end(env, owner);
    throw Napi::TypeError::New(env, e.what());
  }
  return deferred.Promise();
}

}  // namespace ctct::node
