// Described shapes of the activity routes that exist only on the wire or in the control API.
#pragma once

#include <optional>
#include <vector>

#include "emulator/wire.hpp"

namespace ctct::emulator {

// An activity's links: itself, and an export's file once there is one.
struct ActivityLinks {
  std::optional<Link> self, results;
  static constexpr auto fields() {
    return std::make_tuple(field("self", &ActivityLinks::self), field("results", &ActivityLinks::results));
  }
};

// An activity as the routes answer it. Its activity_errors are the strings the spec gives for
// these routes, so they are written from `messages`, with Activity's own (objects) left empty.
struct ActivityAnswer : Activity {
  std::vector<std::string> messages;
  std::optional<ActivityLinks> _links;
  static constexpr auto fields() {
    return std::tuple_cat(Activity::fields(),
        std::make_tuple(field("activity_errors", &ActivityAnswer::messages), field("_links", &ActivityAnswer::_links)));
  }
};

struct ActivitiesPage {
  std::optional<std::vector<ActivityAnswer>> activities;
  std::optional<Links> _links;
  static constexpr auto fields() {
    return std::make_tuple(field("activities", &ActivitiesPage::activities), field("_links", &ActivitiesPage::_links));
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
