#include "api/classify.hpp"

#include <vector>

#include "json/json_read.hpp"

namespace ctct::detail {
namespace {

// One entry of an error body: Constant Contact sends an array of these, or (401, 429) one.
struct ApiError {
  std::optional<std::string> error_key, error_message;
  static constexpr auto fields() {
    return std::make_tuple(field("error_key", &ApiError::error_key), field("error_message", &ApiError::error_message));
  }
};

struct ErrorBody {
  std::optional<std::string> key;
  std::string messages;  // every error_message, joined with "; "
};

ErrorBody read_error_body(const std::string& body, const policy::Secrets& secrets) {
  auto start = body.find_first_not_of(" \t\r\n");
  std::vector<ApiError> errors;
  if (start != std::string::npos && body[start] == '[') {
    if (auto list = json::read<std::vector<ApiError>>(body, body.capacity())) errors = *list.value;
  } else if (auto one = json::read<ApiError>(body, body.capacity())) {
    errors.push_back(*one.value);
  }
  ErrorBody out;
  for (auto& error : errors) {
    secrets.redact(error.error_key);
    secrets.redact(error.error_message);
    if (!out.key && error.error_key && !error.error_key->empty()) out.key = error.error_key;
    if (!error.error_message) continue;
    // Messages are joined into one sentence: drop their own final stops.
    std::string_view message = *error.error_message;
    while (!message.empty() && (message.back() == '.' || message.back() == ' ')) message.remove_suffix(1);
    if (message.empty()) continue;
    if (!out.messages.empty()) out.messages += "; ";
    out.messages += message;
  }
  return out;
}

// "(409 contacts.api.conflict)" or "(404)".
std::string code(int status, const std::optional<std::string>& key) {
  return "(" + std::to_string(status) + (key ? " " + *key : "") + ")";
}

// Ends the text as one sentence.
std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

// What a refusal without a readable message means.
const char* refusal_meaning(int status) {
  switch (status) {
    case 400: return "the request was invalid";
    case 404: return "it does not exist; check the id";
    case 405: return "the method is not allowed on this resource";
    case 409: return "it conflicts with an existing one";
    case 415: return "the request must be sent as application/json";
    default: return "the request could not be processed";
  }
}

bool is_refusal(int status) {
  return status == 400 || status == 404 || status == 405 || status == 409 || status == 415 || status == 422;
}

}  // namespace

Outcome<Empty> classify(const http::Response& response, std::string_view subject_view, long timeout_ms,
    const policy::Secrets& secrets) {
  Outcome<Empty> outcome;
  outcome.status = response.status;
  outcome.attempts = 1;
  const int status = response.status;
  const std::string subject(subject_view);
  if (status >= 200 && status < 300) {
    outcome.outcome = Kind::success;
    return outcome;
  }
  if (status == 0) {
    // The engine's words say which limit ran out (connecting or the whole request) and where.
    const std::string& why = response.transport_error;
    if (response.timed_out)
      outcome.reason = why.empty()
                           ? "The request for " + subject + " timed out after " + std::to_string(timeout_ms) + " ms."
                           : sentence("The request for " + subject + " timed out: " + why);
    else
      outcome.reason = sentence("The request for " + subject +
                                " got no answer: " + (why.empty() ? std::string("no response came") : why));
    return outcome;
  }
  auto body = read_error_body(response.body, secrets);
  outcome.error_key = body.key;
  const std::string tag = code(status, body.key);
  const std::string said = body.messages.empty() ? std::string() : ": " + body.messages;
  if (is_refusal(status)) {
    outcome.outcome = Kind::failure;
    outcome.reason = sentence("Constant Contact refused " + subject + " " + tag +
                              (said.empty() ? std::string(": ") + refusal_meaning(status) : said));
  } else if (status == 429 && body.key == "quota_exceeded") {
    outcome.outcome = Kind::failure;
    outcome.reason = "Constant Contact's daily limit of 10,000 requests is used up " + tag +
                     "; it resets at 00:00 UTC.";
  } else if (status == 429) {
    outcome.reason = "Constant Contact throttled the request for " + subject + " " + tag +
                     ": it allows 4 requests a second; send more slowly and retry.";
  } else if (status == 401) {
    outcome.reason = "Constant Contact refused the access token " + tag +
                     ": get a new access token or authorize again.";
  } else if (status == 403) {
    outcome.reason = "Constant Contact denied access to " + subject + " " + tag +
                     ": the user lacks the privilege or the token lacks the scope (contact_data) for it.";
  } else if (status >= 300 && status < 400) {
    // Redirects are never followed: the credentials must not go to wherever it points.
    outcome.reason = "Constant Contact redirected the request for " + subject + " " + tag +
                     ", which ctct does not follow so that credentials stay with base_url's host; check base_url.";
  } else if (status >= 500) {
    outcome.reason = "Constant Contact failed on " + subject + " " + tag + said + "; retry later.";
  } else {
    outcome.reason = sentence("Constant Contact answered " + subject + " with an unexpected " + tag + said);
  }
  return outcome;
}

Outcome<Empty> unreadable(int status, std::string_view why) {
  Outcome<Empty> outcome;
  outcome.status = status;
  outcome.attempts = 1;
  outcome.reason = sentence("Constant Contact answered " + std::to_string(status) +
                            " with a body ctct could not read: " + std::string(why));
  return outcome;
}

}  // namespace ctct::detail
