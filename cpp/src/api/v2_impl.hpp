// What a v2::Client holds: the shared core, set up with the v2 credentials.
#pragma once

#include <utility>

#include "api/core.hpp"
#include "ctct/v2.hpp"

namespace ctct::v2 {

struct Client::Impl {
  explicit Impl(detail::CoreOptions options) : core(std::move(options)) {}
  detail::Core core;
};

}  // namespace ctct::v2
