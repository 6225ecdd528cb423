// Described shapes of the activity routes that exist only on the wire or in the control API.
#pragma once

#include <optional>
#include <vector>

#include "emulator/wire.hpp"

namespace ctct::emulator {

struct ActivitiesPage {
  std::optional<std::vector<LinkedActivity>> activities;
  std::optional<Links> _links;
  static constexpr auto fields() {
    return std::make_tuple(field("activities", &ActivitiesPage::activities),
        field("_links", &ActivitiesPage::_links));
  }
};

// POST /__emulator/activities (and its answer): how fast activities run.
struct ActivitySettings {
  std::optional<long> duration_ms, polls_to_complete;
  static constexpr auto fields() {
    return std::make_tuple(field("duration_ms", &ActivitySettings::duration_ms),
        field("polls_to_complete", &ActivitySettings::polls_to_complete));
  }
};

}  // namespace ctct::emulator
