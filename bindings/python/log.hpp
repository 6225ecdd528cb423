// The `log` and `log_level` keywords of the clients: a callable (level, message), or a
// logging.Logger (or LoggerAdapter), which then gets each line with the matching level number.
#pragma once

#include <string>

#include "casters.hpp"
#include "ctct/log.hpp"

namespace ctct::python {

// Raises ValueError for an unknown level name, TypeError for a `log` that is neither.
LogOptions log_options(const py::object& log, const std::string& log_level);

}  // namespace ctct::python
