// Where the CA certificates that verify HTTPS servers come from. ctct's Python wheels and Node
// addon carry their own OpenSSL and libcurl, built with no default CA file or directory
// (CURL_CA_BUNDLE=none, CURL_CA_PATH=none): left to itself, such a libcurl trusts nothing, so
// ctct looks for the system's bundle itself, in the files Go's crypto/x509 reads (root_linux.go).
#pragma once

#include <string>
#include <vector>

namespace ctct::http {

struct CaLocations {
  std::string file;       // CURLOPT_CAINFO; empty: none
  std::string directory;  // CURLOPT_CAPATH (SSL_CERT_DIR); empty: none
  bool empty() const { return file.empty() && directory.empty(); }
  bool operator==(const CaLocations&) const = default;
};

// The error of every https request when no CA was found; nothing is sent.
inline constexpr const char* no_ca_error =
    "no CA bundle found to verify the server's certificate with; pass ca_bundle (caBundle in Node) "
    "or set SSL_CERT_FILE";

// The Linux distributions' bundle files, in Go's order. A test may replace the list before it
// builds a client (as Go's own tests replace certFiles); nothing else writes it.
std::vector<std::string>& system_ca_files();

// The file: `ca_bundle`, else SSL_CERT_FILE, else CURL_CA_BUNDLE (each as given: libcurl says
// when it cannot read it), else the first of `candidates` that is a readable file. When none of
// them gives a file, the directory SSL_CERT_DIR names (OpenSSL's hashed-name layout), if set.
CaLocations find_ca(const std::string& ca_bundle, const std::vector<std::string>& candidates);

// find_ca with system_ca_files().
CaLocations find_ca(const std::string& ca_bundle);

}  // namespace ctct::http
