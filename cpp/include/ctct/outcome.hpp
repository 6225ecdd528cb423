// Outcomes: every operation answers with a value saying what happened; API and network
// conditions are never thrown. See ARCHITECTURE.md "Outcomes".
#pragma once

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ctct/describe.hpp"

namespace ctct {

// success: done. failure: the API answered and a retry would get the same answer (or the input
// was refused before sending). error: could not complete (network, timeout, 5xx, credentials).
enum class Kind { success, failure, error };

const char* to_string(Kind kind);

}  // namespace ctct

template <>
struct ctct::meta::enum_names<ctct::Kind> {
  static constexpr const char* names[] = {"success", "failure", "error"};
};

namespace ctct {

template <class T>
struct Outcome {
  static constexpr bool write_nulls = true;

  Kind outcome = Kind::error;
  std::optional<std::string> reason;     // null on success; one actionable sentence, never a secret
  int status = 0;                        // HTTP status of the last attempt, 0 when none came
  std::optional<std::string> error_key;  // Constant Contact's error_key, when it gave one
  int attempts = 0;                      // requests sent, retries included
  // What the caller should know of an outcome that holds no reason: a v2 id given and the v3
  // id used for it. Empty for most outcomes.
  std::vector<std::string> warnings;
  std::optional<T> value;

  bool ok() const { return outcome == Kind::success; }
  explicit operator bool() const { return ok(); }
  bool operator==(const Outcome&) const = default;

  static constexpr auto fields() {
    using meta::field;
    return std::make_tuple(field("outcome", &Outcome::outcome), field("reason", &Outcome::reason),
        field("status", &Outcome::status), field("error_key", &Outcome::error_key),
        field("attempts", &Outcome::attempts), field("warnings", &Outcome::warnings), field("value", &Outcome::value));
  }

  // Copies the outcome's meta (kind, reason, status, ...) onto an outcome of another type.
  template <class U>
  Outcome<U> with_value(std::optional<U> new_value) const& {
    return Outcome<U>{outcome, reason, status, error_key, attempts, warnings, std::move(new_value)};
  }
  // Moves it, from an outcome no longer needed: the value is moved once, into the result.
  template <class U>
  Outcome<U> with_value(std::optional<U>&& new_value) && {
    return Outcome<U>{outcome, std::move(reason), status, std::move(error_key), attempts, std::move(warnings),
        std::move(new_value)};
  }
};

// T of Outcome<T>, what a call answers; void for any other result (a DeliveryOutcome, whose
// steps hold outcomes of their own).
template <class R>
struct outcome_value {
  using type = void;
};
template <class T>
struct outcome_value<Outcome<T>> {
  using type = T;
};
template <class R>
using outcome_value_t = typename outcome_value<R>::type;

// Callback forms receive the outcome on the client's I/O thread: keep them short.
template <class T>
using Callback = std::function<void(Outcome<T>)>;

// Thrown by programmer errors only (a closed client, a callback missing): never for API answers.
class UsageError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace ctct
