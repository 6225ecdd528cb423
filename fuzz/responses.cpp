// Every 2xx body the client reads, through the parsers the operations use. The first byte picks
// the model (models.hpp); its top bit whether the body has simdjson's padding after it, so both
// of the reader's paths run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/call.hpp"
#include "models.hpp"

namespace {

constexpr char contacts_key[] = "contacts", contacts_count_key[] = "contacts_count";
constexpr char lists_key[] = "lists", lists_count_key[] = "lists_count";

template <class T>
ctct::detail::Parser<T> parser_of() {
  using namespace ctct;
  if constexpr (std::is_same_v<T, Page<Contact>>)
    return detail::page_body<Contact, contacts_key, contacts_count_key, 500>();
  else if constexpr (std::is_same_v<T, Page<ContactList>>)
    return detail::page_body<ContactList, lists_key, lists_count_key, 1000>();
  else
    return detail::json_body<T>();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  ctct::http::Response response;
  response.status = 200;
  if (data[0] & 0x80) response.body.reserve(size + 64);
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  ctct::fuzz::with_model(data[0] & 0x7f, [&]<class T>(std::type_identity<T>) {
    std::string why;
    auto value = parser_of<T>()(response, why);
    // A body that cannot be read says why; one that can says nothing.
    if (value.has_value() == !why.empty()) ctct::fuzz::broken();
  });
  return 0;
}
