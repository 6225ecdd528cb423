// TLS against a real HTTPS server on loopback (tests/tls/https_server.py, run as a child process
// with a CA and a server certificate it makes with the openssl command): a certificate that
// cannot be verified is an error that is not retried; ca_bundle or SSL_CERT_FILE naming the CA
// makes it trusted. And where the CA comes from when none is named (http/ca_bundle.hpp): with
// none at all, https requests are error outcomes that send nothing, while http still works.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "ctct/client.hpp"
#include "ctct/testing/emulator.hpp"
#include "http/ca_bundle.hpp"
#include "scoped_env.hpp"

extern char** environ;

namespace ctct::testing {
namespace {

// A fresh directory under the system's temporary one, removed with everything in it.
class TempDirectory {
 public:
  TempDirectory() {
    std::string name = (std::filesystem::temp_directory_path() / "ctct-tls-XXXXXX").string();
    if (mkdtemp(name.data())) path_ = name;
  }
  ~TempDirectory() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;

  const std::string& path() const { return path_; }  // empty when it could not be made
  // Writes `name` in it and answers its path.
  std::string file(const std::string& name) const {
    const std::string path = path_ + "/" + name;
    std::ofstream(path) << "not read by these tests\n";
    return path;
  }

 private:
  std::string path_;
};

// The helper serves until its standard input closes; it prints its port once it listens.
class HttpsServer {
 public:
  HttpsServer() {
    if (directory_.path().empty()) return;
    int to_child[2], from_child[2];
    if (pipe(to_child) != 0 || pipe(from_child) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, to_child[1]);
    posix_spawn_file_actions_addclose(&actions, from_child[0]);
    const std::string script = std::string(CTCT_SOURCE_DIR) + "/tests/tls/https_server.py";
    std::string python = "python3";
    std::string directory = directory_.path();
    char* argv[] = {python.data(), const_cast<char*>(script.c_str()), directory.data(), nullptr};
    const bool spawned = posix_spawnp(&pid_, "python3", &actions, nullptr, argv, environ) == 0;
    posix_spawn_file_actions_destroy(&actions);
    close(to_child[0]);
    close(from_child[1]);
    stdin_ = to_child[1];
    FILE* out = fdopen(from_child[0], "r");
    if (spawned && out && fscanf(out, "%d", &port_) != 1) port_ = 0;
    if (out) fclose(out);
  }
  ~HttpsServer() {
    if (stdin_ >= 0) close(stdin_);  // the helper's cue to stop
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
  }

  int port() const { return port_; }
  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_) + "/v3"; }
  std::string ca() const { return directory_.path() + "/ca.pem"; }

 private:
  TempDirectory directory_;  // removed after the helper has ended
  pid_t pid_ = 0;
  int stdin_ = -1;
  int port_ = 0;
};

class TlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new HttpsServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_->port(), 0) << "the HTTPS helper did not start"; }

  ClientOptions options() {
    ClientOptions options{"token", server_->url()};
    options.retry = {.max_attempts = 3, .base_delay_ms = 1, .max_delay_ms = 5};
    return options;
  }
  static HttpsServer* server_;
};
HttpsServer* TlsTest::server_ = nullptr;

TEST_F(TlsTest, UnverifiedCertificateIsAnErrorAndNotRetried) {
  Client client(options());
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.attempts, 1);
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("certificate"), std::string::npos) << *outcome.reason;
  EXPECT_NE(outcome.reason->find("could not be verified"), std::string::npos) << *outcome.reason;
}

TEST_F(TlsTest, CaBundleMakesTheCertificateTrusted) {
  auto trusting = options();
  trusting.http.ca_bundle = server_->ca();
  Client client(std::move(trusting));
  auto outcome = client.lists().list();
  ASSERT_EQ(outcome.outcome, Kind::success) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 1u);
  EXPECT_EQ(outcome.value->items[0].list_id, "11111111-1111-4111-8111-000000000001");
}

TEST_F(TlsTest, CaBundleComesBeforeSslCertFile) {
  ScopedEnv file("SSL_CERT_FILE", "/nonexistent/ctct-ca.pem");  // would fail to load if used
  auto trusting = options();
  trusting.http.ca_bundle = server_->ca();
  Client client(std::move(trusting));
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::success) << outcome.reason.value_or("");
}

TEST_F(TlsTest, SslCertFileMakesTheCertificateTrusted) {
  ScopedEnv file("SSL_CERT_FILE", server_->ca().c_str());
  ScopedEnv bundle("CURL_CA_BUNDLE", "/nonexistent/ctct-ca.pem");  // comes after SSL_CERT_FILE
  Client client(options());
  auto outcome = client.lists().list();
  ASSERT_EQ(outcome.outcome, Kind::success) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 1u);
  EXPECT_EQ(outcome.value->items[0].list_id, "11111111-1111-4111-8111-000000000001");
}

TEST_F(TlsTest, CurlCaBundleMakesTheCertificateTrusted) {
  ScopedEnv file("SSL_CERT_FILE", nullptr);
  ScopedEnv bundle("CURL_CA_BUNDLE", server_->ca().c_str());
  Client client(options());
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::success) << outcome.reason.value_or("");
}

// Where the CA comes from when a client names none: the environment, else the system's files.
class TlsCaLookupTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_FALSE(directory_.path().empty()) << "no temporary directory"; }

  TempDirectory directory_;
  // None of the variables the lookup reads is set unless a test sets it.
  ScopedEnv file_{"SSL_CERT_FILE", nullptr};
  ScopedEnv bundle_{"CURL_CA_BUNDLE", nullptr};
  ScopedEnv dir_{"SSL_CERT_DIR", nullptr};
};

TEST_F(TlsCaLookupTest, TheFirstSystemFileThatExistsIsTaken) {
  const std::string missing = directory_.path() + "/missing.crt";
  const std::string second = directory_.file("second.pem");
  const std::string third = directory_.file("third.pem");
  const std::string folder = directory_.path();  // a directory is not a bundle file
  EXPECT_EQ(http::find_ca("", {missing, folder, second, third}).file, second);
  EXPECT_EQ(http::find_ca("", {third, second}).file, third);
  EXPECT_TRUE(http::find_ca("", {missing, folder}).empty());
  EXPECT_TRUE(http::find_ca("", {}).empty());
}

TEST_F(TlsCaLookupTest, TheOptionThenSslCertFileThenCurlCaBundleThenTheSystemFiles) {
  const std::string system = directory_.file("system.pem");
  const std::vector<std::string> candidates = {system};
  ScopedEnv file("SSL_CERT_FILE", "/from/ssl_cert_file.pem");  // taken as given: libcurl reports a bad one
  ScopedEnv bundle("CURL_CA_BUNDLE", "/from/curl_ca_bundle.pem");
  EXPECT_EQ(http::find_ca("/from/option.pem", candidates).file, "/from/option.pem");
  EXPECT_EQ(http::find_ca("", candidates).file, "/from/ssl_cert_file.pem");
  {
    ScopedEnv empty("SSL_CERT_FILE", "");  // empty is unset
    EXPECT_EQ(http::find_ca("", candidates).file, "/from/curl_ca_bundle.pem");
    ScopedEnv none("CURL_CA_BUNDLE", nullptr);
    EXPECT_EQ(http::find_ca("", candidates).file, system);
  }
}

TEST_F(TlsCaLookupTest, SslCertDirIsTheDirectoryWhenNoFileWasFound) {
  ScopedEnv dir("SSL_CERT_DIR", directory_.path().c_str());
  const auto none = http::find_ca("", {directory_.path() + "/missing.crt"});
  EXPECT_EQ(none.file, "");
  EXPECT_EQ(none.directory, directory_.path());
  EXPECT_FALSE(none.empty());
  const auto found = http::find_ca("", {directory_.file("system.pem")});
  EXPECT_EQ(found.file, directory_.path() + "/system.pem");
  EXPECT_EQ(found.directory, "");
}

TEST_F(TlsCaLookupTest, TheSystemFilesAreGosInItsOrder) {
  const std::vector<std::string> go = {
      "/etc/ssl/certs/ca-certificates.crt",
      "/etc/pki/tls/certs/ca-bundle.crt",
      "/etc/ssl/ca-bundle.pem",
      "/etc/pki/tls/cacert.pem",
      "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
      "/etc/ssl/cert.pem",
  };
  EXPECT_EQ(http::system_ca_files(), go);
}

// A loopback port that listens and never accepts: tells whether anything connected to it.
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd_, 8) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
      return;
    port_ = ntohs(address.sin_port);
  }
  ~Listener() {
    if (fd_ >= 0) ::close(fd_);
  }
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  int port() const { return port_; }  // 0 when it could not listen
  bool connected() const {
    pollfd ready{fd_, POLLIN, 0};
    return ::poll(&ready, 1, 0) > 0;  // a connection waits to be accepted
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// The system's files are replaced by one that does not exist until the end of the scope.
class NoSystemCaFiles {
 public:
  explicit NoSystemCaFiles(std::string missing) : kept_(http::system_ca_files()) {
    http::system_ca_files() = {std::move(missing)};
  }
  ~NoSystemCaFiles() { http::system_ca_files() = kept_; }
  NoSystemCaFiles(const NoSystemCaFiles&) = delete;
  NoSystemCaFiles& operator=(const NoSystemCaFiles&) = delete;

 private:
  std::vector<std::string> kept_;
};

TEST_F(TlsCaLookupTest, WithNoCaHttpsIsAnErrorNamingCaBundleAndHttpStillWorks) {
  NoSystemCaFiles none(directory_.path() + "/missing.crt");
  Listener listener;
  ASSERT_NE(listener.port(), 0);
  ClientOptions https{"token", "https://127.0.0.1:" + std::to_string(listener.port()) + "/v3"};
  https.retry = {.max_attempts = 3, .base_delay_ms = 1, .max_delay_ms = 5};
  Client client(std::move(https));
  for (int call = 0; call < 2; ++call) {  // the second one on a handle the first one used
    auto outcome = client.lists().list();
    EXPECT_EQ(outcome.outcome, Kind::error);
    EXPECT_EQ(outcome.attempts, 0);
    EXPECT_EQ(outcome.status, 0);
    ASSERT_TRUE(outcome.reason);
    EXPECT_NE(outcome.reason->find("no CA bundle found"), std::string::npos) << *outcome.reason;
    EXPECT_NE(outcome.reason->find("pass ca_bundle (caBundle in Node) or set SSL_CERT_FILE"), std::string::npos)
        << *outcome.reason;
  }
  EXPECT_FALSE(listener.connected()) << "a request went out";

  Emulator emulator;
  emulator.start();
  Client plain(ClientOptions{emulator.access_token(), emulator.v3_url()});
  auto outcome = plain.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::success) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.attempts, 1);
}

}  // namespace
}  // namespace ctct::testing
