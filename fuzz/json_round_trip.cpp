// The JSON writer against the reader: whatever the reader accepts, the writer writes as valid
// UTF-8 that is valid JSON, and reading that back gives an equal struct. The first byte picks
// the model (models.hpp).
#include <cstddef>
#include <cstdint>
#include <string>

#include <simdjson.h>

#include "json/json_read.hpp"
#include "json/json_write.hpp"
#include "models.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  ctct::fuzz::with_model(data[0], [&]<class T>(std::type_identity<T>) {
    auto first = ctct::json::read<T>(text);
    if (!first) return;
    auto written = ctct::json::write(*first.value);
    if (!written || !ctct::json::valid_utf8(*written)) ctct::fuzz::broken();
    // An independent check of the syntax: simdjson's DOM parser validates the whole document.
    simdjson::dom::parser dom;
    if (dom.parse(simdjson::padded_string(*written)).error()) ctct::fuzz::broken();
    auto second = ctct::json::read<T>(*written);
    if (!second || !(*second.value == *first.value)) ctct::fuzz::broken();
    if (ctct::json::write(*second.value) != written) ctct::fuzz::broken();
  });
  return 0;
}
