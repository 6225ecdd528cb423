// v2 ids given to v3 calls: a v2 id (digits) is translated through the id cross-reference
// endpoint once per client and kept; a v3 id passes through without a request.
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "ctct/outcome.hpp"

namespace ctct::detail {

class Core;

enum class IdKind { list, contact };

class IdTranslator {
 public:
  // The outcome's value is the v3 id; attempts counts the xref request (0 when none was sent:
  // not a v2 id, or one already translated). A v2 id without a v3 counterpart is a failure.
  using Done = std::function<void(Outcome<std::string>)>;

  void translate(Core& core, IdKind kind, const std::string& id, Done done);

 private:
  void answered(IdKind kind, const std::string& id, const Outcome<std::string>& outcome);

  std::mutex mutex_;
  std::map<std::pair<IdKind, std::string>, std::string> known_;
  // Calls waiting for an id whose request is in flight: one request serves them all.
  std::map<std::pair<IdKind, std::string>, std::vector<Done>> waiting_;
};

// The warning an outcome carries when a v2 id was translated, naming both ids.
std::string translated_warning(IdKind kind, const std::string& v2_id, const std::string& v3_id);

}  // namespace ctct::detail
