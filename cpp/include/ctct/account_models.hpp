// The account behind a token ("Account Services" in Constant Contact's OpenAPI description):
// what a platform shows when a customer checks a connection, described once (see describe.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctct/describe.hpp"

namespace ctct {

// The organization's mailing address (GET /account/summary?extra_fields=physical_address).
struct AccountAddress {
  std::optional<std::string> address_line1, address_line2, address_line3, city, state_code, state_name, postal_code,
      country_code;
  bool operator==(const AccountAddress&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = AccountAddress;
    return std::make_tuple(field("address_line1", &T::address_line1), field("address_line2", &T::address_line2),
        field("address_line3", &T::address_line3), field("city", &T::city), field("state_code", &T::state_code),
        field("state_name", &T::state_name), field("postal_code", &T::postal_code),
        field("country_code", &T::country_code));
  }
};

// GET /account/summary: the account owner and the organization.
struct Account {
  std::optional<std::string> encoded_account_id, organization_name, organization_phone, contact_email, contact_phone,
      first_name, last_name, website, time_zone_id, country_code, state_code;
  std::optional<AccountAddress> physical_address;
  bool operator==(const Account&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = Account;
    return std::make_tuple(field("encoded_account_id", &T::encoded_account_id),
        field("organization_name", &T::organization_name), field("organization_phone", &T::organization_phone),
        field("contact_email", &T::contact_email), field("contact_phone", &T::contact_phone),
        field("first_name", &T::first_name), field("last_name", &T::last_name), field("website", &T::website),
        field("time_zone_id", &T::time_zone_id), field("country_code", &T::country_code),
        field("state_code", &T::state_code), field("physical_address", &T::physical_address));
  }
};

// One privilege of the token's user (GET /account/user/privileges), e.g. contacts:write.
struct UserPrivilege {
  std::optional<long> privilege_id;
  std::optional<std::string> privilege_name;
  bool operator==(const UserPrivilege&) const = default;
  static constexpr auto fields() {
    using meta::field;
    return std::make_tuple(field("privilege_id", &UserPrivilege::privilege_id),
        field("privilege_name", &UserPrivilege::privilege_name));
  }
};

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_ACCOUNT_MODELS(X) \
  X(AccountAddress, "", "AccountAddress") \
  X(Account, "", "Account") \
  X(UserPrivilege, "", "UserPrivilege") \
  X(std::vector<UserPrivilege>, "", "UserPrivileges")
// clang-format on
