// Which addresses of an import already belong to a contact, so that the summary can say how
// many contacts the import created and how many it updated (the bulk import reports neither).
#pragma once

#include <optional>
#include <string>
#include <unordered_set>

#include "ctct/client.hpp"
#include "progress.hpp"

namespace ctct::cli {

// Addresses compare without case: the form they are kept in below.
std::string address_key(std::string address);

struct ExistingAddresses {
  std::unordered_set<std::string> addresses;  // address keys
  std::optional<std::string> failure;         // why it could not be told; addresses is then empty
};

// `wanted`: address keys. Deleted contacts count as existing: importing their address
// restores them. Takes whichever needs fewer requests: one lookup per address, or every
// contact listed in pages of 500.
ExistingAddresses find_existing(Client& client, const std::unordered_set<std::string>& wanted, Progress& progress);

}  // namespace ctct::cli
