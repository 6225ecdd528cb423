// The models the client reads from Constant Contact's answers, picked by one input byte so
// that one target covers them all. Shared by the response and round-trip targets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "ctct/models.hpp"
#include "ctct/oauth.hpp"
#include "ctct/v2.hpp"

namespace ctct::fuzz {

// Calls fn(std::type_identity<T>{}) for the model that `selector` picks.
template <class Fn>
void with_model(std::uint8_t selector, Fn&& fn) {
  switch (selector % 11) {
    case 0: return fn(std::type_identity<Contact>{});
    case 1: return fn(std::type_identity<Page<Contact>>{});
    case 2: return fn(std::type_identity<ContactList>{});
    case 3: return fn(std::type_identity<Page<ContactList>>{});
    case 4: return fn(std::type_identity<Activity>{});
    case 5: return fn(std::type_identity<SignUpResult>{});
    case 6: return fn(std::type_identity<ContactsCounts>{});
    case 7: return fn(std::type_identity<oauth::Tokens>{});
    case 8: return fn(std::type_identity<oauth::DeviceAuthorization>{});
    case 9: return fn(std::type_identity<v2::Contact>{});
    default: return fn(std::type_identity<std::vector<v2::ContactList>>{});
  }
}

// Stops the run: libFuzzer records the input that broke the property as a crash.
[[noreturn]] inline void broken() { __builtin_trap(); }

}  // namespace ctct::fuzz
