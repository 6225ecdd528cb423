// The Python view of a client part (Handle): what the methods made from the registry
// (operations.hpp) run on.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "calls.hpp"
#include "models.hpp"

namespace ctct::python {

// A Python-side view of one part of a client (the client itself, its contacts, ...). It keeps
// the client alive; the client is never owned by a callback, so it is never destroyed on its
// own I/O thread.
template <class Api, class Mode>
struct Handle {
  using mode = Mode;
  std::shared_ptr<void> owner;
  Api* target = nullptr;
  std::string url;  // the URL the client talks to (base_url; token_url for OAuthClient)
  Api& api() const { return *target; }
  template <class Part>
  Handle<Part, Mode> part(Part& part) const {
    return {owner, &part, url};
  }
};

template <class... T>
struct type_list {};

}  // namespace ctct::python
