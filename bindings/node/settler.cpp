#include "settler.hpp"

#include <iterator>

#include "addon.hpp"

namespace ctct::node {

std::shared_ptr<Settler> Settler::create(Napi::Env env) {
  auto settler = std::make_shared<Settler>();
  settler->tsfn_ = Tsfn::New(env, "ctct.settle", 0, 1, settler.get());
  settler->tsfn_.Unref(env);
  // Registered after the thread-safe function, so it runs before Node closes that function
  // at teardown (cleanup hooks run in reverse order): from then on the I/O threads never call
  // it, even while a worker's environment is being torn down.
  auto* hold = new std::shared_ptr<Settler>(settler);
  napi_add_env_cleanup_hook(
      env,
      [](void* data) {
        auto* held = static_cast<std::shared_ptr<Settler>*>(data);
        (*held)->shutdown();
        delete held;
      },
      hold);
  return settler;
}

void Settler::shutdown() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  queue_.clear();
  events_.clear();
  released_.clear();
}

void Settler::release_later(Napi::Env env, std::function<std::uint32_t(pack::Packed&)> result) {
  released_.push_back(std::move(result));
  if (released_.size() > 1) return;  // a release is already due
  Addon& addon = Addon::of(env);
  napi_value release = addon.release.Value();
  napi_value ignored;
  // Failing only when JS can no longer run (a worker being terminated): freed at once then.
  if (napi_call_function(env, env.Undefined(), addon.set_immediate.Value(), 1, &release, &ignored) != napi_ok) {
    napi_get_and_clear_last_exception(env, &ignored);
    release_now();
  }
}

void Settler::release_now() { released_.clear(); }

void Settler::begin(Napi::Env env, InFlight& owner) {
  owner.started();
  if (in_flight_++ == 0) tsfn_.Ref(env);
}

void Settler::end(Napi::Env env, InFlight& owner) {
  owner.settled();
  if (--in_flight_ == 0) tsfn_.Unref(env);
}

void Settler::post(Completion completion) {
  std::lock_guard lock(mutex_);
  if (closed_) return;
  queue_.push_back(std::move(completion));
  wake();
}

void Settler::post_event(std::function<void(Napi::Env)> event) {
  std::lock_guard lock(mutex_);
  if (closed_) return;
  events_.push_back(std::move(event));
  wake();
}

void Settler::wake() {
  // One wake-up per batch: later items join the queues the pending drain will take.
  if (queue_.size() + events_.size() == 1) tsfn_.NonBlockingCall(nullptr);
}

namespace {

// Numbers packed (about two per string) above which a result is released later: a page of
// a few dozen contacts and up, where freeing it costs more than scheduling its release.
constexpr std::size_t large_result = 2048;

// The packed strings as one JS string: copied byte for byte when they are ASCII.
Napi::Value text_of(Napi::Env env, const pack::Packed& packed) {
  auto* create = packed.ascii ? napi_create_string_latin1 : napi_create_string_utf8;
  napi_value text;
  const napi_status status = create(env, packed.text().data(), packed.text().size(), &text);
  NAPI_THROW_IF_FAILED(env, status, Napi::Value());
  return {env, text};
}

}  // namespace

void Settler::drain(Napi::Env env, Napi::Function, Settler* self, std::nullptr_t*) {
  if (env == nullptr) return;  // the function is closing: nothing may run
  // Swapped with the queues, so each side keeps the other's capacity: a steady stream of
  // completions costs no reallocation (and no cross-thread free) per batch.
  auto& batch = self->draining_;
  auto& events = self->draining_events_;
  {
    std::lock_guard lock(self->mutex_);
    batch.swap(self->queue_);
    events.swap(self->events_);
  }
  struct Cleared {
    Settler& self;
    ~Cleared() {
      self.draining_.clear();
      self.draining_events_.clear();
    }
  } cleared{*self};
  try {
    // A call's events were queued before its completion: they run first.
    for (auto& event : events) {
      Napi::HandleScope scope(env);
      event(env);
    }
    Addon& addon = Addon::of(env);
    Napi::Function unpack = addon.unpack.Value();
    auto& packed = self->packed_;
    for (auto& completion : batch) {
      Napi::HandleScope scope(env);
      std::uint32_t type;
      try {
        type = completion.pack(packed);
      } catch (const std::exception&) {  // out of memory: this call fails, the others settle
        completion.deferred.Reject(Napi::Error::New(env, "out of memory while reading the answer").Value());
        self->end(env, *completion.owner);
        continue;
      }
      // A small C++ result goes before the JS objects are made; a large one a little later.
      if (packed.numbers().size() >= large_result) self->release_later(env, std::move(completion.pack));
      else completion.pack = nullptr;
      napi_value args[] = {text_of(env, packed), addon.numbers_of(env, packed.numbers()), Napi::Number::New(env, type)};
      napi_value made, thrown;
      if (napi_call_function(env, env.Undefined(), unpack, std::size(args), args, &made) == napi_ok) {
        completion.deferred.Resolve(made);
      } else {
        // Called by hand: when a worker is terminated while unpack.js runs, what is caught is
        // not an object, and Napi::Error's wrapping of it would abort the process.
        if (napi_get_and_clear_last_exception(env, &thrown) != napi_ok || !Napi::Value(env, thrown).IsObject()) return;
        completion.deferred.Reject(thrown);
      }
      self->end(env, *completion.owner);
    }
  } catch (const Napi::Error&) {
    // JS cannot run any more (a worker being terminated): nothing is left to settle. No
    // N-API call here, since each would fail the same way.
  }
}

}  // namespace ctct::node
