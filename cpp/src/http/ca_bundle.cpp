#include "http/ca_bundle.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace ctct::http {
namespace {

const char* env(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

bool readable_file(const std::string& path) {
  std::error_code ignored;
  return std::filesystem::is_regular_file(path, ignored) && ::access(path.c_str(), R_OK) == 0;
}

}  // namespace

std::vector<std::string>& system_ca_files() {
  static std::vector<std::string> files = {
      "/etc/ssl/certs/ca-certificates.crt",                 // Debian, Ubuntu, Gentoo
      "/etc/pki/tls/certs/ca-bundle.crt",                   // Fedora, RHEL 6
      "/etc/ssl/ca-bundle.pem",                             // OpenSUSE
      "/etc/pki/tls/cacert.pem",                            // OpenELEC
      "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  // CentOS, RHEL 7
      "/etc/ssl/cert.pem",                                  // Alpine
  };
  return files;
}

CaLocations find_ca(const std::string& ca_bundle, const std::vector<std::string>& candidates) {
  CaLocations found;
  if (!ca_bundle.empty()) {
    found.file = ca_bundle;
  } else if (const char* file = env("SSL_CERT_FILE")) {
    found.file = file;
  } else if (const char* bundle = env("CURL_CA_BUNDLE")) {
    found.file = bundle;
  } else {
    for (const std::string& candidate : candidates) {
      if (readable_file(candidate)) {
        found.file = candidate;
        break;
      }
    }
  }
  if (found.file.empty()) {
    if (const char* directory = env("SSL_CERT_DIR")) found.directory = directory;
  }
  return found;
}

CaLocations find_ca(const std::string& ca_bundle) { return find_ca(ca_bundle, system_ca_files()); }

}  // namespace ctct::http
