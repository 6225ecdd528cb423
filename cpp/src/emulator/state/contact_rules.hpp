// What every way of making or changing a v3 contact shares (POST, PUT, sign-up form, seed).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctct/models.hpp"
#include "emulator/server/exchange.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

std::vector<std::string> split_csv(const std::string& text);

// The 400 for an `include` value that is not a contact sub-resource, if any.
std::optional<Response> check_include(const std::string& include);

// `contact` with only the sub-resources named in `include` (comma separated).
Contact with_includes(const Contact& contact, const std::string& include);

// The 400 naming the first of `list_ids` that is not a list, if any.
template <class Ids>  // a model's std::vector<Text> or an input's std::vector<std::string>
std::optional<Response> check_lists_exist(Store& store, const Ids& list_ids);

// The 409 the service answers when `address` belongs to a contact other than `self`.
std::optional<Response> check_email_free(Store& store, const std::optional<EmailAddress>& address,
    const std::string& self = {});

// An address as the service records it when it is first given.
EmailAddress new_email_address(const std::string& address, const std::string& permission,
    const std::string& opt_in_source, const std::string& now);

// Gives ids and timestamps to the sub-resources that lack them.
void stamp_sub_resources(Contact& contact, const std::string& now);

// Adds `list_ids` to the contact's memberships, once each.
template <class Ids>  // as check_lists_exist
void add_memberships(Contact& contact, const Ids& list_ids);

}  // namespace ctct::emulator
