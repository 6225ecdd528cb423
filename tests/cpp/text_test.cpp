#include "ctct/text.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace ctct {
namespace {

using namespace std::string_literals;

// Text of every size around the change from in place to the heap, with a NUL inside.
std::vector<std::string> sizes_around_the_heap() {
  std::vector<std::string> out;
  for (std::size_t size = 0; size <= Text::kept_in_place + 3; ++size) {
    std::string text;
    for (std::size_t i = 0; i < size; ++i) text += static_cast<char>(i == 3 ? '\0' : 'a' + i % 26);
    out.push_back(text);
  }
  out.push_back(std::string(1000, 'z'));
  return out;
}

TEST(Text, HoldsEveryByteOfTextOfEverySize) {
  for (const auto& bytes : sizes_around_the_heap()) {
    const Text text(bytes);
    EXPECT_EQ(text.size(), bytes.size());
    EXPECT_EQ(std::string(text.data(), text.size()), bytes);
    EXPECT_EQ(text.c_str()[text.size()], '\0');  // NUL-terminated, in place and on the heap
    EXPECT_EQ(text, bytes);
    EXPECT_EQ(text.str(), bytes);
    EXPECT_EQ(text.empty(), bytes.empty());
  }
}

TEST(Text, CopiesMovesAndAssignmentsKeepTheirOwnBytes) {
  for (const auto& first : sizes_around_the_heap()) {
    for (const auto& second : {""s, "short"s, std::string(Text::kept_in_place + 1, 'h'), std::string(300, 'q')}) {
      Text a(first);
      Text copy(a);
      a = second;  // in place or on the heap, over in place or the heap
      EXPECT_EQ(copy, first);
      EXPECT_EQ(a, second);
      Text moved(std::move(a));
      EXPECT_EQ(moved, second);
      EXPECT_TRUE(a.empty());  // a moved-from Text is empty
      a = std::move(copy);
      EXPECT_EQ(a, first);
      copy = a;
      EXPECT_EQ(copy, first);
      copy = copy;  // assigning a Text to itself keeps it
      EXPECT_EQ(copy, first);
      copy = std::move(copy);  // so does moving it to itself
      EXPECT_EQ(copy, first);
    }
  }
}

TEST(Text, EmptiesAsStdStringDoes) {
  for (const auto& bytes : sizes_around_the_heap()) {
    Text text(bytes);
    text = {};  // the empty list, not a null const char*
    EXPECT_TRUE(text.empty());
    text = bytes;
    text.clear();
    EXPECT_EQ(text, "");
  }
}

TEST(Text, TakesTextFromWithinItself) {
  for (const auto& bytes : sizes_around_the_heap()) {
    Text text(bytes);
    text = text.view().substr(bytes.size() / 2);
    EXPECT_EQ(text, bytes.substr(bytes.size() / 2));
  }
}

TEST(Text, ComparesJoinsAndHashesAsStdStringDoes) {
  const Text ada("ada@example.com");
  const std::string same = "ada@example.com";
  EXPECT_EQ(ada, same);
  EXPECT_EQ(same, ada);
  EXPECT_EQ(ada, "ada@example.com");
  EXPECT_NE(ada, "bob@example.com");
  EXPECT_LT(ada, Text("b"));
  EXPECT_GT(ada, std::string("a"));
  EXPECT_EQ(std::optional<Text>(ada), std::optional<std::string>(same));
  EXPECT_EQ("<" + ada + ">", "<ada@example.com>");
  EXPECT_EQ(ada + "!" + ada, same + "!" + same);
  EXPECT_EQ(std::hash<Text>()(ada), std::hash<std::string>()(same));
  std::unordered_set<Text> seen{ada};
  EXPECT_EQ(seen.count(Text(same)), 1u);
  std::ostringstream out;
  out << ada;
  EXPECT_EQ(out.str(), same);
  const std::string converted = ada;
  EXPECT_EQ(converted, same);
}

}  // namespace
}  // namespace ctct
