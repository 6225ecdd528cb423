// The blocking form of a delivery, on top of detail::wait_for (which waits for an Outcome<T>):
// the DeliveryOutcome travels as the value of an Outcome.
#pragma once

#include <utility>

#include "api/core.hpp"
#include "ctct/delivery.hpp"

namespace ctct::delivery {

// `start` receives the DeliveryCallback to pass to the callback form.
template <class Start>
DeliveryOutcome wait_for_delivery(Start&& start) {
  auto carried = detail::wait_for<DeliveryOutcome>([&](Callback<DeliveryOutcome> done) {
    std::forward<Start>(start)(DeliveryCallback([done = std::move(done)](DeliveryOutcome outcome) {
      Outcome<DeliveryOutcome> carrier;
      carrier.value = std::move(outcome);
      done(std::move(carrier));
    }));
  });
  return std::move(*carried.value);
}

}  // namespace ctct::delivery
