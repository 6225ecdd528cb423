// Every 2xx body the client reads, through the parsers the operations use. The first byte picks
// the model (models.hpp); its top bit whether the body has simdjson's padding after it, so both
// of the reader's paths run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/call.hpp"
#include "models.hpp"

namespace {

// A listing's page is read as the operations read it (page_traits.hpp); the rest as JSON.
template <class T>
struct parser_of {
  static ctct::detail::Parser<T> make() { return ctct::detail::json_body<T>(); }
};
template <class Item>
struct parser_of<ctct::Page<Item>> {
  static ctct::detail::Parser<ctct::Page<Item>> make() { return ctct::detail::page_body<Item>(); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  ctct::http::Response response;
  response.status = 200;
  if (data[0] & 0x80) response.body.reserve(size + 64);
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  ctct::fuzz::with_model(data[0] & 0x7f, [&]<class T>(std::type_identity<T>) {
    std::string why;
    auto value = parser_of<T>::make()(response, why);
    // A body that cannot be read says why; one that can says nothing.
    if (value.has_value() == !why.empty()) ctct::fuzz::broken();
  });
  return 0;
}
