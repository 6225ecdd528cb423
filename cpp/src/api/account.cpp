// The client's credential check: the account summary and the user's privileges.
#include "api/call.hpp"
#include "ctct/client.hpp"

namespace ctct {

void Client::account(Callback<Account> callback) {
  detail::Call("GET", "/account/summary", "the account summary")
      .query("extra_fields", "physical_address")
      .send(*core_, detail::json_body<Account>(), std::move(callback));
}

void Client::user_privileges(Callback<std::vector<UserPrivilege>> callback) {
  detail::Call("GET", "/account/user/privileges", "the user's privileges")
      .send(*core_, detail::json_body<std::vector<UserPrivilege>>(), std::move(callback));
}

Outcome<Account> Client::account() {
  return detail::wait_for<Account>([&](auto done) { account(std::move(done)); });
}
Outcome<std::vector<UserPrivilege>> Client::user_privileges() {
  return detail::wait_for<std::vector<UserPrivilege>>([&](auto done) { user_privileges(std::move(done)); });
}

}  // namespace ctct
