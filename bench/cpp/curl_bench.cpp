// The ceiling of any client built on libcurl: one easy handle performing the same requests one
// after another on the calling thread, keeping its connection alive, reading each body without
// parsing it. Beside ctct C++ it shows what ctct adds to libcurl's own cost.
//   curl_bench get|create|page BASE_URL CONTACT_ID SECONDS WARMUP
#include <cstdio>
#include <cstdlib>
#include <string>

#include <curl/curl.h>

#include "figures.hpp"

namespace {

std::size_t append(char* data, std::size_t size, std::size_t count, void* body) {
  static_cast<std::string*>(body)->append(data, size * count);
  return size * count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: curl_bench get|create|page BASE_URL CONTACT_ID SECONDS WARMUP\n");
    return 2;
  }
  const std::string scenario = argv[1], base = argv[2], id = argv[3];
  const double seconds = std::atof(argv[4]);
  const int warmup = std::atoi(argv[5]);

  curl_global_init(CURL_GLOBAL_DEFAULT);
  CURL* easy = curl_easy_init();
  std::string body;
  curl_slist* headers = curl_slist_append(nullptr, (std::string("Authorization: Bearer ") + bench::token()).c_str());
  headers = curl_slist_append(headers, "Accept: application/json");
  const std::string created = R"({"email_address":{"address":"ada.lovelace@example.com"},)"
                              R"("first_name":"Ada","last_name":"Lovelace","create_source":"Contact"})";
  long wanted = 200;
  if (scenario == "get") {
    curl_easy_setopt(easy, CURLOPT_URL, (base + "/contacts/" + id).c_str());
  } else if (scenario == "create") {
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(easy, CURLOPT_URL, (base + "/contacts").c_str());
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, created.c_str());
    wanted = 201;
  } else if (scenario == "page") {
    curl_easy_setopt(easy, CURLOPT_URL, (base + "/contacts?limit=500").c_str());
  } else {
    std::fprintf(stderr, "curl_bench: unknown scenario %s\n", scenario.c_str());
    return 2;
  }
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, &body);

  const auto figures = bench::sequential(
      [&] {
        body.clear();
        long status = 0;
        return curl_easy_perform(easy) == CURLE_OK &&
               curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK && status == wanted &&
               !body.empty();
      },
      seconds, warmup);
  bench::print(figures);
  curl_slist_free_all(headers);
  curl_easy_cleanup(easy);
  return 0;
}
