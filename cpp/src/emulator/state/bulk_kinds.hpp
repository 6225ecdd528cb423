// The bulk activity kinds of the contacts family, each a Starter for the ActivityEngine.
#pragma once

#include "emulator/state/activity_engine.hpp"

namespace ctct::emulator {

// Service-side limits: 40,000 contacts (or CSV lines) and 4 MB per import.
inline constexpr std::size_t import_max_rows = 40000;
inline constexpr std::size_t import_max_bytes = 4 * 1024 * 1024;

std::variant<Response, Work> start_json_import(Store& store, const Request& request);
std::variant<Response, Work> start_file_import(Store& store, const Request& request);
std::variant<Response, Work> start_add_memberships(Store& store, const Request& request);
std::variant<Response, Work> start_remove_memberships(Store& store, const Request& request);
std::variant<Response, Work> start_contact_delete(Store& store, const Request& request);
std::variant<Response, Work> start_list_delete(Store& store, const Request& request);
std::variant<Response, Work> start_export(Store& store, const Request& request);

}  // namespace ctct::emulator
