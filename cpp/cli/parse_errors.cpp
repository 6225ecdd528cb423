#include "parse_errors.hpp"

#include <set>
#include <string>
#include <string_view>

namespace ctct::cli {
namespace {

// CLI11 lists the unexpected arguments after ": ", separated by spaces: they are found again in
// argv to name their positions (argument 1 follows "ctct").
std::string unexpected(std::string_view what, int argc, char** argv) {
  std::set<std::string_view> extras;
  auto list = what.substr(what.find(": ") == std::string_view::npos ? what.size() : what.find(": ") + 2);
  while (!list.empty()) {
    const auto space = std::min(list.find(' '), list.size());
    extras.insert(list.substr(0, space));
    list.remove_prefix(std::min(space + 1, list.size()));
  }
  std::string positions;
  int count = 0;
  for (int i = 1; i < argc; ++i) {
    if (!extras.count(argv[i])) continue;
    positions += (count++ ? ", " : "") + std::to_string(i);
  }
  if (count == 0) return std::string("Some arguments were not expected ") + value_not_shown;
  return (count == 1 ? "Argument " + positions + " was" : "Arguments " + positions + " were") + " not expected " +
         value_not_shown;
}

// "Could not convert: --port = VALUE" and "The value VALUE is not an allowed value for NAME"
// become the option's name only; CLI11's other conversion errors hold no value.
std::string unreadable(const std::string& what) {
  constexpr std::string_view could_not = "Could not convert: ";
  std::string name;
  if (what.rfind(could_not, 0) == 0) name = what.substr(could_not.size(), what.find(" = ") - could_not.size());
  else if (what.rfind("The value ", 0) == 0 && what.rfind(" for ") != std::string::npos)
    name = what.substr(what.rfind(" for ") + 5);
  else return what;
  return name + ": the value given cannot be used " + value_not_shown;
}

}  // namespace

void hide_values_in_errors(CLI::App& app, int argc, char** argv) {
  app.failure_message([argc, argv](const CLI::App* failed, const CLI::Error& error) {
    std::string message;
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) message = unexpected(error.what(), argc, argv);
    else if (dynamic_cast<const CLI::ConversionError*>(&error)) message = unreadable(error.what());
    else return CLI::FailureMessage::simple(failed, error);
    return CLI::FailureMessage::simple(failed, CLI::Error(error.get_name(), message));
  });
}

}  // namespace ctct::cli
