// Turning one HTTP response into the meta of an Outcome (kind, reason, status, error_key,
// attempts), by the rules of ARCHITECTURE.md "Outcomes". The 2xx body is parsed by the caller.
#pragma once

#include <string>
#include <string_view>

#include "ctct/models.hpp"
#include "ctct/outcome.hpp"
#include "http/engine.hpp"
#include "policy/secrets.hpp"

namespace ctct::detail {

// `subject` names what the request was about ("the contact") for the reason. `timeout_ms` is
// the configured total timeout, quoted when the request timed out. A 2xx answers success.
// What the body says (error keys and messages) is quoted with every one of `secrets` redacted.
Outcome<Empty> classify(const http::Response& response, std::string_view subject, long timeout_ms,
    const policy::Secrets& secrets = {});

// The error outcome of a 2xx whose body could not be read; `why` never quotes the body.
Outcome<Empty> unreadable(int status, std::string_view why);

}  // namespace ctct::detail
