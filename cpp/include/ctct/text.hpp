// The text of a model's field: UTF-8 bytes kept inside the object up to 46 bytes (ids, timestamps,
// most addresses and names) and on the heap beyond. libstdc++'s std::string keeps 15 bytes in
// place, so a page of 500 contacts made about 4,000 heap strings, whose allocating and freeing
// cost a third of the page's read (bench/findings_pages.md). It converts to std::string_view
// (view()) and to std::string where one is wanted.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctct {

class alignas(8) Text {
 public:
  static constexpr std::size_t kept_in_place = 46;  // bytes; one more holds the NUL

  // Implicit, as the conversions to std::string_view and std::string below: a field takes and
  // gives text as a std::string field did.
  Text() noexcept { set_in_place(0); }
  Text(std::string_view text) { make(text); }
  Text(const char* text) : Text(std::string_view(text)) {}
  Text(const std::string& text) : Text(std::string_view(text)) {}
  Text(const char* text, std::size_t size) : Text(std::string_view(text, size)) {}
  Text(const Text& other) : Text(other.view()) {}
  Text(Text&& other) noexcept { take(other); }
  Text(std::nullptr_t) = delete;
  Text& operator=(const Text& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  Text& operator=(Text&& other) noexcept {
    if (this != &other) {
      release();
      take(other);
    }
    return *this;
  }
  Text& operator=(std::string_view text) {
    assign(text);
    return *this;
  }
  Text& operator=(const char* text) { return *this = std::string_view(text); }
  Text& operator=(const std::string& text) { return *this = std::string_view(text); }
  // `text = {}` empties it, as it empties a std::string (not a null const char*).
  Text& operator=(std::initializer_list<char> chars) { return *this = std::string_view(chars.begin(), chars.size()); }
  Text& operator=(std::nullptr_t) = delete;
  void clear() noexcept { *this = Text(); }
  ~Text() { release(); }

  const char* data() const noexcept { return on_heap() ? heap().data : bytes_; }
  const char* c_str() const noexcept { return data(); }
  std::size_t size() const noexcept { return on_heap() ? heap().size : in_place_size_; }
  std::size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return size() == 0; }
  char operator[](std::size_t at) const noexcept { return data()[at]; }

  std::string_view view() const noexcept { return {data(), size()}; }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const noexcept { return view(); }
  operator std::string() const { return str(); }

  friend bool operator==(const Text& a, const Text& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const Text& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const Text& a, const char* b) noexcept { return a.view() == b; }
  friend bool operator==(const Text& a, const std::string& b) noexcept { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Text& a, const Text& b) noexcept { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const Text& a, std::string_view b) noexcept { return a.view() <=> b; }
  friend std::strong_ordering operator<=>(const Text& a, const char* b) noexcept { return a.view() <=> b; }
  friend std::strong_ordering operator<=>(const Text& a, const std::string& b) noexcept { return a.view() <=> b; }
  // Joined into a std::string, as two std::strings are.
  friend std::string operator+(const Text& a, const Text& b) { return a.str().append(b.view()); }
  friend std::string operator+(const Text& a, const char* b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const std::string& b) { return a.str().append(b); }
  friend std::string operator+(const char* a, const Text& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const std::string& a, const Text& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(std::string&& a, const Text& b) { return std::move(a.append(b.view())); }
  friend std::ostream& operator<<(std::ostream& out, const Text& text) { return out << text.view(); }

 private:
  struct Heap {
    char* data;
    std::size_t size;
  };
  static constexpr unsigned char on_heap_tag = 0xFF;

  bool on_heap() const noexcept { return in_place_size_ == on_heap_tag; }
  Heap heap() const noexcept {
    Heap held;
    std::memcpy(&held, bytes_, sizeof held);
    return held;
  }
  void set_in_place(std::size_t size) noexcept {
    in_place_size_ = static_cast<unsigned char>(size);
    bytes_[size] = '\0';
  }
  // Takes the bytes (and with them any heap text) of `other`, which is left empty.
  void take(Text& other) noexcept {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    in_place_size_ = other.in_place_size_;
    other.set_in_place(0);
  }
  void release() noexcept {
    if (on_heap()) delete[] heap().data;
  }
  // Fills a Text that holds nothing yet.
  void make(std::string_view text) {
    if (text.size() <= kept_in_place) {
      if (!text.empty()) std::memcpy(bytes_, text.data(), text.size());
      set_in_place(text.size());
      return;
    }
    const Heap held{new char[text.size() + 1], text.size()};
    std::memcpy(held.data, text.data(), text.size());
    held.data[text.size()] = '\0';
    std::memcpy(bytes_, &held, sizeof held);
    in_place_size_ = on_heap_tag;
  }
  // `text` may lie within this Text's own bytes: what it held is let go only once copied.
  void assign(std::string_view text) {
    if (!on_heap() && text.size() <= kept_in_place) {
      if (!text.empty()) std::memmove(bytes_, text.data(), text.size());
      set_in_place(text.size());
      return;
    }
    Text made(text);
    *this = std::move(made);
  }

  char bytes_[kept_in_place + 1];  // the text and its NUL, or a Heap
  unsigned char in_place_size_;    // the text's size, or on_heap_tag
};

static_assert(sizeof(Text) == 48);

// A model's list of ids compares with a list of std::string.
inline bool operator==(const std::vector<Text>& texts, const std::vector<std::string>& strings) {
  return std::equal(texts.begin(), texts.end(), strings.begin(), strings.end(),
      [](const Text& text, const std::string& string) { return text == string; });
}

}  // namespace ctct

template <>
struct std::hash<ctct::Text> {
  std::size_t operator()(const ctct::Text& text) const noexcept { return std::hash<std::string_view>()(text.view()); }
};
