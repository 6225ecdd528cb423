// The client's credential check: the account summary and the user's privileges.
#include "api/call.hpp"
#include "ctct/client.hpp"

namespace ctct {

// GET /account/summary needs the account_read scope (in default_scopes; a token authorized with
// scopes of its own may lack it): a 403 says so, and what needs no scope.
void Client::account(Callback<Account> callback) {
  detail::require(callback);
  detail::Call("GET", "/account/summary", "the account summary")
      .query("extra_fields", "physical_address")
      .send<Account>(*core_, detail::json_body<Account>(), [callback = std::move(callback)](Outcome<Account> outcome) {
        if (outcome.status == 403 && outcome.reason) {
          const auto cause = outcome.reason->find(": the user lacks");
          if (cause != std::string::npos)
            outcome.reason->replace(cause, std::string::npos,
                ": the token lacks the account_read scope (authorize with it) or the user lacks the privilege; "
                "user_privileges() needs no scope.");
        }
        callback(std::move(outcome));
      });
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
