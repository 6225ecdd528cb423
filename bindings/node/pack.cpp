// The registry of packed types (pack.hpp), shared by every JS environment, and what JS calls of
// it: packedType(id), the description unpack.js reads of a type it meets first, and
// useUnpacker(unpack), the function results are handed to from then on.
#include "pack.hpp"

#include <deque>
#include <mutex>

#include "addon.hpp"

namespace ctct::node {
namespace pack {
namespace {

struct Types {
  std::mutex mutex;
  std::deque<std::string> descriptions;
};

Types& types() {
  static Types registry;
  return registry;
}

}  // namespace

std::uint32_t add_type(std::string (*describe)()) {
  Types& registry = types();
  std::uint32_t id;
  {
    std::lock_guard lock(registry.mutex);
    id = static_cast<std::uint32_t>(registry.descriptions.size());
    registry.descriptions.emplace_back();
  }
  // Described outside the lock: describing a type adds the types of its fields first.
  std::string description = describe();
  std::lock_guard lock(registry.mutex);
  registry.descriptions[id] = std::move(description);
  return id;
}

std::string type_description(std::uint32_t id) {
  Types& registry = types();
  std::lock_guard lock(registry.mutex);
  return id < registry.descriptions.size() ? registry.descriptions[id] : std::string();
}

}  // namespace pack

namespace {

Napi::Value packed_type(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), pack::type_description(info[0].As<Napi::Number>().Uint32Value()));
}

Napi::Value use_unpacker(const Napi::CallbackInfo& info) {
  Addon::of(info.Env()).unpack = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

}  // namespace

void init_pack(Napi::Env env, Napi::Object exports) {
  exports.Set("packedType", Napi::Function::New<packed_type>(env, "packedType"));
  exports.Set("useUnpacker", Napi::Function::New<use_unpacker>(env, "useUnpacker"));
}

}  // namespace ctct::node
