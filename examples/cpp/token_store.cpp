// A client that refreshes its own OAuth tokens and saves every new pair to a file.
// Set CTCT_CLIENT_ID (and CTCT_CLIENT_SECRET for a confidential app), CTCT_ACCESS_TOKEN and
// CTCT_REFRESH_TOKEN from an earlier authorization, and CTCT_TOKEN_FILE for the new pairs.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include <ctct/ctct.hpp>
#include <ctct/oauth.hpp>

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The token store: with rotating refresh tokens the old one is dead once this is called, so the
// new pair is written to a temporary file and renamed into place in one step.
ctct::oauth::TokenStore save_to(std::string path) {
  return [path](const ctct::oauth::Tokens& tokens) {
    const std::string partial = path + ".partial";
    std::ofstream(partial, std::ios::trunc) << ctct::to_json(tokens) << "\n";
    if (std::rename(partial.c_str(), path.c_str()) != 0) std::cerr << "could not save " << path << "\n";
  };
}

}  // namespace

int main() {
  const std::string client_id = env("CTCT_CLIENT_ID"), token_file = env("CTCT_TOKEN_FILE");
  if (client_id.empty() || token_file.empty() || env("CTCT_REFRESH_TOKEN").empty()) {
    std::cerr << "set CTCT_CLIENT_ID, CTCT_ACCESS_TOKEN, CTCT_REFRESH_TOKEN and CTCT_TOKEN_FILE\n";
    return 2;
  }

  ctct::oauth::ManagedTokens managed;
  managed.tokens.access_token = env("CTCT_ACCESS_TOKEN");
  managed.tokens.refresh_token = env("CTCT_REFRESH_TOKEN");
  managed.oauth.client_id = client_id;
  managed.oauth.client_secret = env("CTCT_CLIENT_SECRET");
  managed.store = save_to(token_file);

  ctct::Client client({.managed_tokens = managed});
  auto lists = client.lists().list();
  std::cout << ctct::to_json(lists) << "\n";
  return lists.ok() ? 0 : 1;
}
