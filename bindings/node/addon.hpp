// What one JS environment (the main thread or a worker) shares: the settler, the class
// constructors the addon creates objects with, and what must stop when the process exits.
#pragma once

#include <memory>
#include <set>
#include <span>
#include <string>
#include <vector>

#include <napi.h>

#include "convert.hpp"
#include "ctct/engine.hpp"
#include "ctct/policy.hpp"
#include "settler.hpp"

namespace ctct {
class Client;
}

namespace ctct::node {

// A native object holding threads (a client's I/O thread, the emulator's server).
class Stoppable {
 public:
  virtual ~Stoppable() = default;
  virtual void stop_now() = 0;
};

struct Addon {
  std::shared_ptr<Settler> settler;
  Napi::FunctionReference page_cursor;
  Napi::FunctionReference rate_limiter;
  Napi::FunctionReference engine;
  std::vector<Napi::FunctionReference> groups;  // the group classes, in Client::groups() order
  Napi::FunctionReference client;               // the native Client class, to recognise its instances
  // JSON.parse as it was when ctct loaded, for describeMethods(), so code that replaces the
  // global later cannot change what it answers.
  Napi::FunctionReference json_parse;
  // node/unpack.js's unpack(text, numbers, type), which makes each result's objects from its
  // packed form (settler.hpp), and the one Float64Array every result's numbers are copied into,
  // with where its elements lie (kept, since asking the array costs more than a small result's copy).
  Napi::FunctionReference unpack;
  Napi::ObjectReference numbers;
  // setImmediate as it was when ctct loaded, and the function it is given to free large results
  // after their Promises have resumed (Settler::release_later).
  Napi::FunctionReference set_immediate;
  Napi::FunctionReference release;
  double* numbers_data = nullptr;
  std::size_t numbers_room = 0;
  Napi::Value numbers_of(Napi::Env env, std::span<const double> values);
  // JS thread only; shared so that objects finalized after the Addon at teardown stay safe.
  std::shared_ptr<std::set<Stoppable*>> live = std::make_shared<std::set<Stoppable*>>();
  // Deprecated spellings already warned about (warn_deprecated).
  std::set<std::string> deprecations_warned;

  static Addon& of(Napi::Env env) { return *env.GetInstanceData<Addon>(); }
};

// Registers a Stoppable for the lifetime of the object.
class Registered : public Stoppable {
 public:
  explicit Registered(Napi::Env env) : live_(Addon::of(env).live) { live_->insert(this); }
  ~Registered() override { live_->erase(this); }

 private:
  std::shared_ptr<std::set<Stoppable*>> live_;
};

void init_clients(Napi::Env env, Napi::Object exports);
void init_v2_client(Napi::Env env, Napi::Object exports);
void init_page_cursor(Napi::Env env, Napi::Object exports);
void init_emulator(Napi::Env env, Napi::Object exports);
void init_types(Napi::Env env, Napi::Object exports);
void init_rate_limiter(Napi::Env env, Napi::Object exports);
void init_engine(Napi::Env env, Napi::Object exports);
void init_oauth(Napi::Env env, Napi::Object exports);
void init_options(Napi::Env env, Napi::Object exports);
void init_lead_queue(Napi::Env env, Napi::Object exports);
void init_pack(Napi::Env env, Napi::Object exports);

// The core client of a JS Client (kept alive by the pointer), or a TypeError naming `path`.
std::shared_ptr<Client> core_client(const Napi::Value& value, const std::string& path);

// The limiter of a JS RateLimiter; undefined gives none, anything else is a TypeError.
std::shared_ptr<RateLimiter> shared_rate_limiter(const Napi::Value& value, const std::string& path);

// The engine of a JS Engine; undefined gives none (the process-wide one), anything else is a TypeError.
std::shared_ptr<Engine> shared_engine(const Napi::Value& value, const std::string& path);

// Starts an operation of `owner` whose outcome settles the returned Promise.
template <class Result, class Start>
Napi::Value later(const Napi::CallbackInfo& info, InFlight& owner, Start&& start) {
  return Addon::of(info.Env()).settler->call<Result>(info.Env(), owner, std::forward<Start>(start));
}

// Reads an optional argument: undefined (or absent) gives `fallback`.
template <class T>
T optional_arg(const Napi::CallbackInfo& info, std::size_t index, const std::string& path, T fallback = {}) {
  if (index >= info.Length() || info[index].IsUndefined()) return fallback;
  return from_js<T>(info[index], path);
}

}  // namespace ctct::node
