// The emulator over real HTTP (libcurl easy handles on loopback), as every client sees it.
#include <curl/curl.h>
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "ctct/models.hpp"
#include "ctct/testing/emulator.hpp"
#include "ctct/v2.hpp"
#include "emulator/wire.hpp"
#include "json/json_read.hpp"

namespace {

using ctct::emulator::ApiError;
using Errors = std::vector<ApiError>;

struct Reply {
  CURLcode code = CURLE_OK;
  long status = 0;
  std::string body;
};

size_t append(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

// One easy handle: requests on it reuse its connection, as a keep-alive client does.
class Http {
 public:
  Http() : handle_(curl_easy_init()) {}
  ~Http() { curl_easy_cleanup(handle_); }
  Http(const Http&) = delete;
  Http& operator=(const Http&) = delete;

  Reply send(const std::string& method, const std::string& url, const std::string& body = "",
      const std::vector<std::string>& headers = {}) {
    Reply reply;
    curl_slist* list = nullptr;
    for (const auto& header : headers) list = curl_slist_append(list, header.c_str());
    curl_easy_reset(handle_);
    curl_easy_setopt(handle_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle_, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, append);
    curl_easy_setopt(handle_, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(handle_, CURLOPT_TIMEOUT_MS, 10000L);
    curl_easy_setopt(handle_, CURLOPT_NOSIGNAL, 1L);
    if (method == "POST" || method == "PUT") {
      curl_easy_setopt(handle_, CURLOPT_POSTFIELDS, body.c_str());
      curl_easy_setopt(handle_, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    reply.code = curl_easy_perform(handle_);
    curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &reply.status);
    curl_slist_free_all(list);
    return reply;
  }

 private:
  CURL* handle_;
};

template <class T>
T parse(const std::string& body) {
  auto read = ctct::json::read<T>(body);
  EXPECT_TRUE(read) << (read.error ? read.error->message : "") << " in " << body;
  return read ? *read.value : T{};
}

bool is_iso_utc(const std::string& text) {
  return text.size() == 20 && text[4] == '-' && text[10] == 'T' && text[19] == 'Z';
}

// The names of 0.1 still compile, with a deprecation warning, for one minor version.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
static_assert(std::is_same_v<ctct::Emulator, ctct::testing::Emulator>);
static_assert(std::is_same_v<ctct::EmulatorOptions, ctct::testing::EmulatorOptions>);
#pragma GCC diagnostic pop

constexpr const char* list_a = "6f2e8d4a-1c3b-4e5f-9a7b-2d1c0e9f8a6b";
constexpr const char* list_b = "0b7c3a2e-5d4f-4a1b-8c9d-7e6f5a4b3c2d";

class EmulatorTest : public ::testing::Test {
 protected:
  static ctct::testing::EmulatorOptions options() {
    ctct::testing::EmulatorOptions options;
    options.access_token = "test-token";
    options.api_key = "test-key";
    return options;
  }

  void SetUp() override { emulator.start(); }

  // A v3 call with the bearer token and a JSON body.
  Reply v3(const std::string& method, const std::string& path, const std::string& body = "") {
    return http.send(method, emulator.v3_url() + path, body,
        {"Authorization: Bearer test-token", "Content-Type: application/json"});
  }
  Reply v2(const std::string& method, const std::string& path_and_query, const std::string& body = "") {
    return http.send(method, emulator.v2_url() + path_and_query, body,
        {"Authorization: Bearer test-token", "Content-Type: application/json"});
  }
  Reply control(const std::string& method, const std::string& path, const std::string& body = "") {
    return http.send(method, emulator.url() + "/__emulator/" + path, body, {"Content-Type: application/json"});
  }
  void seed_lists() {
    ASSERT_EQ(control("POST", "seed",
                  std::string(R"({"lists":[{"list_id":")") + list_a + R"(","name":"Leads"},{"list_id":")" + list_b +
                      R"(","name":"Customers"}]})")
                  .status,
        200);
  }
  ctct::Contact create(const std::string& body) {
    auto reply = v3("POST", "/contacts", body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return parse<ctct::Contact>(reply.body);
  }

  ctct::testing::Emulator emulator{options()};
  Http http;
};

TEST_F(EmulatorTest, RefusesRequestsWithoutTheBearerToken) {
  auto missing = http.send("GET", emulator.v3_url() + "/contacts");
  EXPECT_EQ(missing.status, 401);
  auto error = parse<ApiError>(missing.body);  // a single object, not an array
  EXPECT_EQ(error.error_key, "unauthorized");
  EXPECT_EQ(error.error_message, "Unauthorized");
  EXPECT_EQ(http.send("GET", emulator.v3_url() + "/contacts", "", {"Authorization: Bearer other"}).status, 401);
  EXPECT_EQ(v3("GET", "/contacts").status, 200);
}

TEST_F(EmulatorTest, CreatesContactsAndRefusesTakenAddressesEvenWhenDeleted) {
  seed_lists();
  auto contact = create(std::string(R"({"email_address":{"address":"ada@example.com"},"first_name":"Ada",)") +
                        R"("create_source":"Contact","list_memberships":[")" + list_a + R"("]})");
  ASSERT_TRUE(contact.contact_id);
  EXPECT_EQ(contact.contact_id->size(), 36u);
  EXPECT_EQ((*contact.contact_id)[14], '4');
  EXPECT_EQ(contact.create_source, "Contact");
  EXPECT_TRUE(is_iso_utc(contact.created_at.value_or(""))) << *contact.created_at;
  ASSERT_TRUE(contact.email_address);
  EXPECT_EQ(contact.email_address->permission_to_send, "implicit");
  EXPECT_EQ(contact.email_address->opt_in_source, "Account");
  EXPECT_EQ(contact.email_address->confirm_status, "off");
  EXPECT_TRUE(contact.email_address->opt_in_date);

  const std::string again = R"({"email_address":{"address":"ADA@example.com"},"create_source":"Account"})";
  auto conflict = v3("POST", "/contacts", again);
  EXPECT_EQ(conflict.status, 409);
  auto errors = parse<Errors>(conflict.body);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].error_key, "contacts.api.conflict");
  EXPECT_EQ(errors[0].error_message, "Validation failed: Email already exists for contact " + *contact.contact_id);

  EXPECT_EQ(v3("DELETE", "/contacts/" + *contact.contact_id).status, 204);
  EXPECT_TRUE(parse<ctct::Contact>(v3("GET", "/contacts/" + *contact.contact_id).body).deleted_at);
  EXPECT_EQ(v3("POST", "/contacts", again).status, 409);

  // PUT replaces core fields, keeps sub-resources it is not given, and revives.
  auto put = v3("PUT", "/contacts/" + *contact.contact_id,
      R"({"email_address":{"address":"ada@example.com"},"last_name":"Lovelace","update_source":"Account"})");
  ASSERT_EQ(put.status, 200) << put.body;
  auto revived = parse<ctct::Contact>(v3("GET", "/contacts/" + *contact.contact_id + "?include=list_memberships").body);
  EXPECT_FALSE(revived.deleted_at);
  EXPECT_FALSE(revived.first_name);
  EXPECT_EQ(revived.last_name, "Lovelace");
  EXPECT_EQ(revived.list_memberships, std::vector<std::string>{list_a});
  EXPECT_TRUE(parse<ctct::Contact>(v3("GET", "/contacts/" + *contact.contact_id).body).list_memberships.empty());

  EXPECT_EQ(v3("GET", "/contacts/not-a-uuid").status, 404);
  EXPECT_EQ(v3("GET", "/contacts/00000000-0000-4000-8000-000000000000").status, 404);
  EXPECT_EQ(v3("PUT", "/contacts/" + *contact.contact_id, R"({"first_name":"A"})").status, 400);
}

TEST_F(EmulatorTest, RefusesInvalidBodiesWithErrorArrays) {
  auto expect_400 = [&](const std::string& body, const std::string& key) {
    auto reply = v3("POST", "/contacts", body);
    EXPECT_EQ(reply.status, 400) << body;
    auto errors = parse<Errors>(reply.body);
    ASSERT_EQ(errors.size(), 1u) << reply.body;
    EXPECT_EQ(errors[0].error_key, key) << reply.body;
    EXPECT_TRUE(errors[0].error_message && !errors[0].error_message->empty());
  };
  expect_400(R"({"email_address":{"address":"a@example.com"}})", "json.field.required");
  expect_400(R"({"create_source":"Account"})", "json.field.required");
  expect_400(R"({"first_name":")" + std::string(51, 'x') + R"(","create_source":"Account"})", "json.field.invalid");
  expect_400(R"({"email_address":{"address":"not an address"},"create_source":"Account"})", "json.field.invalid");
  expect_400(R"({"first_name":"A","create_source":"Somebody"})", "json.field.invalid");
  expect_400(std::string(R"({"first_name":"A","create_source":"Account","list_memberships":[")") + list_a + "\"]}",
      "json.field.lists.value.invalid");
  expect_400(R"({"first_name":)", "json.request.invalid");
  expect_400(R"({"first_name":7,"create_source":"Account"})", "json.request.invalid");
  auto text = http.send("POST", emulator.v3_url() + "/contacts", R"({"first_name":"A","create_source":"Account"})",
      {"Authorization: Bearer test-token", "Content-Type: text/plain"});
  EXPECT_EQ(text.status, 415);
  EXPECT_EQ(parse<Errors>(text.body).size(), 1u);
}

TEST_F(EmulatorTest, SignUpFormCreatesThenUpdates) {
  seed_lists();
  auto first = v3("POST", "/contacts/sign_up_form",
      std::string(R"({"email_address":"grace@example.com","list_memberships":[")") + list_a + R"("]})");
  ASSERT_EQ(first.status, 201) << first.body;
  auto created = parse<ctct::SignUpResult>(first.body);
  EXPECT_EQ(created.action, "created");

  auto second = v3("POST", "/contacts/sign_up_form",
      std::string(R"({"email_address":"grace@example.com","first_name":"Grace","list_memberships":[")") + list_b +
          R"("]})");
  ASSERT_EQ(second.status, 200) << second.body;
  auto updated = parse<ctct::SignUpResult>(second.body);
  EXPECT_EQ(updated.action, "updated");
  EXPECT_EQ(updated.contact_id, created.contact_id);

  auto contact = parse<ctct::Contact>(v3("GET", "/contacts/" + *created.contact_id + "?include=list_memberships").body);
  EXPECT_EQ(contact.first_name, "Grace");
  EXPECT_EQ(contact.list_memberships, (std::vector<std::string>{list_a, list_b}));
  EXPECT_EQ(contact.email_address->permission_to_send, "explicit");

  EXPECT_EQ(v3("POST", "/contacts/sign_up_form",
                R"({"email_address":"x@example.com","list_memberships":["00000000-0000-4000-8000-000000000000"]})")
                .status,
      404);
  EXPECT_EQ(v3("POST", "/contacts/sign_up_form", R"({"email_address":"x@example.com","list_memberships":[]})").status,
      400);
  EXPECT_EQ(v3("POST", "/contacts/sign_up_form", R"({"email_address":"x@example.com"})").status, 400);
}

TEST_F(EmulatorTest, CursorsListEverySeededContactExactlyOnce) {
  std::string seed = R"({"contacts":[)";
  for (int i = 0; i < 23; ++i)
    seed += (i ? "," : "") + std::string(R"({"email_address":{"address":"c)") + std::to_string(i) +
            R"(@example.com"}})";
  auto seeded = parse<ctct::emulator::SeedIds>(control("POST", "seed", seed + "]}").body);
  ASSERT_TRUE(seeded.contacts);
  ASSERT_EQ(seeded.contacts->size(), 23u);

  std::multiset<std::string> listed;
  std::string path = "/v3/contacts?limit=5&include_count=true";
  int pages = 0;
  while (!path.empty()) {
    auto reply = http.send("GET", emulator.url() + path, "", {"Authorization: Bearer test-token"});
    ASSERT_EQ(reply.status, 200) << reply.body;
    auto page = parse<ctct::emulator::ContactsPage>(reply.body);
    EXPECT_EQ(page.contacts_count, 23);
    for (const auto& contact : page.contacts.value()) listed.insert(*contact.contact_id);
    path = page._links && page._links->next ? *page._links->next->href : "";
    ASSERT_LT(++pages, 10);
  }
  EXPECT_EQ(pages, 5);
  EXPECT_EQ(listed, std::multiset<std::string>(seeded.contacts->begin(), seeded.contacts->end()));

  EXPECT_EQ(v3("GET", "/contacts?limit=0").status, 400);
  EXPECT_EQ(v3("GET", "/contacts?limit=501").status, 400);
  EXPECT_EQ(v3("GET", "/contacts?cursor=nonsense!").status, 400);
  EXPECT_EQ(v3("GET", "/contacts?status=gone").status, 400);
  auto one = parse<ctct::emulator::ContactsPage>(v3("GET", "/contacts?email=C7@example.com").body);
  ASSERT_EQ(one.contacts->size(), 1u);
  EXPECT_EQ(one.contacts->front().email_address->address, "c7@example.com");
}

TEST_F(EmulatorTest, ListDeleteAnswersAnActivityToPoll) {
  auto created = v3("POST", "/contact_lists", R"({"name":"Webinar","description":"May"})");
  ASSERT_EQ(created.status, 201) << created.body;
  auto list = parse<ctct::ContactList>(created.body);
  EXPECT_EQ(list.favorite, false);
  EXPECT_EQ(v3("POST", "/contact_lists", R"({"name":"webinar"})").status, 409);
  EXPECT_EQ(v3("POST", "/contact_lists", R"({"description":"no name"})").status, 400);
  EXPECT_EQ(v3("POST", "/contact_lists", R"({"name":")" + std::string(256, 'n') + "\"}").status, 400);

  auto deleted = v3("DELETE", "/contact_lists/" + *list.list_id);
  ASSERT_EQ(deleted.status, 202) << deleted.body;
  auto accepted = parse<ctct::emulator::LinkedActivity>(deleted.body);
  EXPECT_EQ(accepted.state, "initialized");
  ASSERT_TRUE(accepted._links && accepted._links->self);
  EXPECT_EQ(accepted._links->self->href, "/v3/activities/" + *accepted.activity_id);

  auto polled = http.send("GET", emulator.url() + *accepted._links->self->href, "",
      {"Authorization: Bearer test-token"});
  ASSERT_EQ(polled.status, 200);
  EXPECT_EQ(parse<ctct::Activity>(polled.body).state, "completed");
  EXPECT_EQ(v3("GET", "/contact_lists/" + *list.list_id).status, 404);
  EXPECT_TRUE(parse<ctct::emulator::ListsPage>(v3("GET", "/contact_lists").body).lists->empty());
}

TEST_F(EmulatorTest, V2ListsAndContacts) {
  ASSERT_EQ(control("POST", "seed", R"({"v2_lists":[{"id":"1","name":"Leads"}]})").status, 200);
  EXPECT_EQ(v2("GET", "/lists").status, 401);                                              // no api_key
  EXPECT_EQ(http.send("GET", emulator.v2_url() + "/lists?api_key=test-key").status, 401);  // no token
  auto lists = parse<std::vector<ctct::v2::ContactList>>(v2("GET", "/lists?api_key=test-key").body);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].id, "1");
  EXPECT_EQ(lists[0].status, "ACTIVE");
  EXPECT_EQ(lists[0].contact_count, 0);

  const std::string body =
      R"({"email_addresses":[{"email_address":"lin@example.com"}],"lists":[{"id":"1"}],"first_name":"Lin"})";
  auto created = v2("POST", "/contacts?api_key=test-key&action_by=ACTION_BY_VISITOR", body);
  ASSERT_EQ(created.status, 201) << created.body;
  auto contact = parse<ctct::v2::Contact>(created.body);
  EXPECT_EQ(contact.status, "ACTIVE");
  EXPECT_EQ(contact.confirmed, false);
  EXPECT_EQ(contact.source, "Website");
  EXPECT_EQ(contact.source_details, "ctct");
  EXPECT_EQ(contact.first_name, "Lin");
  ASSERT_EQ(contact.email_addresses.size(), 1u);
  EXPECT_EQ(contact.email_addresses[0].confirm_status, "NO_CONFIRMATION_REQUIRED");
  EXPECT_EQ(contact.email_addresses[0].opt_in_source, "ACTION_BY_VISITOR");
  EXPECT_TRUE(contact.email_addresses[0].id && contact.email_addresses[0].opt_in_date);
  ASSERT_EQ(contact.lists.size(), 1u);
  EXPECT_EQ(contact.lists[0].status, "ACTIVE");

  auto conflict = v2("POST", "/contacts?api_key=test-key&action_by=ACTION_BY_OWNER", body);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_EQ(parse<Errors>(conflict.body).at(0).error_key, "http.status.email_address.conflict");
  auto unknown = v2("POST", "/contacts?api_key=test-key",
      R"({"email_addresses":[{"email_address":"new@example.com"}],"lists":[{"id":"99"}]})");
  EXPECT_EQ(unknown.status, 400);
  auto owner = parse<ctct::v2::Contact>(v2("POST", "/contacts?api_key=test-key&action_by=ACTION_BY_OWNER",
      R"({"email_addresses":[{"email_address":"own@example.com"}],"lists":[{"id":"1"}]})")
                                            .body);
  EXPECT_EQ(owner.source, "API");
  EXPECT_EQ(parse<std::vector<ctct::v2::ContactList>>(v2("GET", "/lists?api_key=test-key").body)[0].contact_count, 2);
}

// limits() as Python's Emulator.limits and Node's: a daily count on /v3 and /v2, 0 switching it off.
TEST_F(EmulatorTest, IdXrefsAnswerSeededV2IdsAscendingAndRefuseWhatTheSpecDoesNot) {
  emulator.control("POST", "seed",
      std::string(R"({"lists":[{"list_id":")") + list_a + R"(","name":"Leads"},{"list_id":")" + list_b +
          R"(","name":"Staff"}],"v2_lists":[{"id":"900","name":"Staff"},{"id":"80","name":"Leads"}]})");
  auto found = v3("GET", "/contact_lists/list_id_xrefs?sequence_ids=900,080,7");
  EXPECT_EQ(found.status, 200);
  EXPECT_EQ(found.body, std::string(R"({"xrefs":[{"sequence_id":"80","list_id":")") + list_a +
                            R"("},{"sequence_id":"900","list_id":")" + list_b + R"("}]})");
  std::string too_many = "1";
  for (int i = 2; i <= 501; ++i) too_many += "," + std::to_string(i);
  // None between the commas, one not digits, more than 500. (What the spec itself refuses, an
  // absent or empty sequence_ids, is not sent: the OpenAPI check would count it.)
  for (const auto& query :
      {std::string("?sequence_ids=,"), std::string("?sequence_ids=12a"), "?sequence_ids=" + too_many}) {
    SCOPED_TRACE(query);
    auto refused = v3("GET", "/contacts/contact_id_xrefs" + query);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(parse<Errors>(refused.body).size(), 1u);
  }
}

TEST_F(EmulatorTest, LimitsAnswerQuotaExceededBeyondTheDailyCountUntilSwitchedOff) {
  emulator.limits(0, 2);
  EXPECT_EQ(v3("GET", "/contacts").status, 200);
  EXPECT_EQ(v2("GET", "/lists?api_key=test-key").status, 200);
  auto refused = v3("GET", "/contacts");
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(parse<ApiError>(refused.body).error_key, "quota_exceeded");
  EXPECT_EQ(v2("GET", "/lists?api_key=test-key").status, 429);
  emulator.limits(0, 0);
  EXPECT_EQ(v3("GET", "/contacts").status, 200);
  EXPECT_THROW(emulator.limits(-1, 0), std::invalid_argument);
  EXPECT_THROW(emulator.limits(0, -1), std::invalid_argument);
}

TEST_F(EmulatorTest, FaultAnswersWithStatusAndBodyThenStops) {
  ASSERT_EQ(
      control("POST", "faults",
          R"({"method":"GET","path":"/v3/contacts","status":429,"body":"{\"error_key\":\"throttled\",\"error_message\":\"Too Many Requests\"}"})")
          .status,
      200);
  auto throttled = v3("GET", "/contacts");
  EXPECT_EQ(throttled.status, 429);
  EXPECT_EQ(parse<ApiError>(throttled.body).error_key, "throttled");
  EXPECT_EQ(v3("GET", "/contacts").status, 200);  // times defaults to 1
  EXPECT_EQ(control("POST", "faults", R"({"path":"v3","status":500})").status, 400);
}

TEST_F(EmulatorTest, FaultDropClosesTheConnectionWithoutAnswer) {
  // Every time: libcurl retries once by itself when a reused connection closes unanswered.
  control("POST", "faults", R"({"path":"/v3/contacts","action":"drop","times":0})");
  auto dropped = v3("GET", "/contacts");
  EXPECT_EQ(dropped.code, CURLE_GOT_NOTHING);
  EXPECT_EQ(dropped.status, 0);
  control("DELETE", "faults");
  EXPECT_EQ(v3("GET", "/contacts").status, 200);
}

TEST_F(EmulatorTest, FaultMalformedAnswersInvalidJson) {
  control("POST", "faults", R"({"path":"/v3/contacts","action":"malformed"})");
  auto reply = v3("GET", "/contacts");
  EXPECT_EQ(reply.status, 200);
  EXPECT_FALSE(ctct::json::read<ctct::emulator::ContactsPage>(reply.body));
}

TEST_F(EmulatorTest, FaultTruncateEndsTheBodyShortOfItsLength) {
  control("POST", "faults", R"({"path":"/v3/contacts","action":"truncate"})");
  auto reply = v3("GET", "/contacts");
  EXPECT_EQ(reply.code, CURLE_PARTIAL_FILE);
  EXPECT_EQ(v3("GET", "/contacts").code, CURLE_OK);
}

TEST_F(EmulatorTest, FaultDelaysAndPrefixesUntilCleared) {
  control("POST", "faults", R"({"path":"/v3/contacts","delay_ms":150})");
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(v3("GET", "/contacts").status, 200);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(150));

  control("POST", "faults", R"({"path":"/v3/*","status":503,"times":0})");
  EXPECT_EQ(v3("GET", "/contacts").status, 503);
  EXPECT_EQ(v3("GET", "/contact_lists").status, 503);
  EXPECT_EQ(v3("GET", "/contact_lists").status, 503);
  EXPECT_EQ(parse<std::vector<ctct::emulator::FaultSpec>>(control("GET", "faults").body).size(), 1u);
  EXPECT_EQ(control("DELETE", "faults").status, 200);
  EXPECT_EQ(v3("GET", "/contact_lists").status, 200);
}

TEST_F(EmulatorTest, StatsCountRequestsConnectionsAndRoutes) {
  v3("GET", "/contacts");
  control("POST", "reset");
  v3("GET", "/contacts");
  v3("GET", "/contacts");
  v3("GET", "/contacts/00000000-0000-4000-8000-000000000000");
  {
    Http other;
    other.send("GET", emulator.v3_url() + "/contact_lists", "", {"Authorization: Bearer test-token"});
  }
  const auto stats = control("GET", "stats").body;
  EXPECT_EQ(stats, R"({"requests":4,"connections":2,"by_route":{"GET /v3/contact_lists":1,"GET /v3/contacts":2,)"
                   R"("GET /v3/contacts/{contact_id}":1},"throttled":0,"grants":{},"refused_grants":{}})");
}

TEST_F(EmulatorTest, SeedKeepsIdsAndResetClearsEverything) {
  seed_lists();
  auto seeded = parse<ctct::emulator::SeedIds>(control("POST", "seed",
      R"({"contacts":[{"contact_id":"11111111-2222-4333-8444-555555555555","first_name":"Kept",)"
      R"("email_address":{"address":"kept@example.com","permission_to_send":"unsubscribed"}}]})")
                                                   .body);
  EXPECT_EQ(seeded.contacts, std::vector<std::string>{"11111111-2222-4333-8444-555555555555"});
  auto contact = parse<ctct::Contact>(v3("GET", "/contacts/11111111-2222-4333-8444-555555555555").body);
  EXPECT_EQ(contact.first_name, "Kept");
  EXPECT_EQ(contact.email_address->permission_to_send, "unsubscribed");
  EXPECT_EQ(parse<ctct::ContactsCounts>(v3("GET", "/contacts/counts").body).unsubscribed, 1);

  auto state = parse<ctct::emulator::StateDump>(control("GET", "state").body);
  EXPECT_EQ(state.lists->size(), 2u);
  EXPECT_EQ(state.contacts->size(), 1u);
  EXPECT_EQ(
      control("POST", "seed", R"({"lists":[{"list_id":")" + std::string(list_a) + R"(","name":"Again"}]})").status,
      409);

  EXPECT_EQ(control("POST", "reset").status, 200);
  state = parse<ctct::emulator::StateDump>(control("GET", "state").body);
  EXPECT_TRUE(state.lists->empty());
  EXPECT_TRUE(state.contacts->empty());
  EXPECT_EQ(v3("GET", "/contacts/11111111-2222-4333-8444-555555555555").status, 404);
}

TEST_F(EmulatorTest, InProcessControlRunsTheSameHandlers) {
  emulator.control("POST", "/seed", R"({"lists":[{"name":"In process"}]})");
  auto state = parse<ctct::emulator::StateDump>(emulator.control("GET", "state"));
  ASSERT_EQ(state.lists->size(), 1u);
  EXPECT_EQ(state.lists->front().name, "In process");
  EXPECT_EQ(http.send("GET", emulator.url() + "/__emulator/state").body, emulator.control("GET", "state"));
  emulator.control("POST", "reset");
  EXPECT_TRUE(parse<ctct::emulator::StateDump>(emulator.control("GET", "state")).lists->empty());
}

TEST_F(EmulatorTest, ParallelCreatesAllLand) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      Http own;
      for (int i = 0; i < 10; ++i)
        own.send("POST", emulator.v3_url() + "/contacts",
            R"({"email_address":{"address":"p)" + std::to_string(t * 100 + i) +
                R"(@example.com"},"create_source":"Account"})",
            {"Authorization: Bearer test-token", "Content-Type: application/json"});
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(parse<ctct::ContactsCounts>(v3("GET", "/contacts/counts").body).total, 40);
}

}  // namespace
