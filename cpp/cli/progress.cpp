#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace ctct::cli {

Progress::Progress(bool terminal) : terminal_(terminal) {}

Progress Progress::for_stderr() { return Progress(isatty(STDERR_FILENO) == 1); }

Progress::~Progress() { finish(); }

void Progress::update(const std::string& phase, long done, long total) {
  std::lock_guard lock(mutex_);
  total = std::max(total, 0L);
  done = std::clamp(done, 0L, total);
  if (terminal_) {
    if (phase == phase_ && done == shown_) return;
    if (phase != phase_ && drawn_) std::fputc('\n', stderr);  // keep the finished phase's bar
    shown_ = done;
  } else {
    // One line per phase start and per tenth done (the last tenth is the end).
    const long tenth = total > 0 ? done * 10 / total : 10;
    if (phase == phase_ && tenth == shown_) return;
    shown_ = tenth;
  }
  phase_ = phase;
  draw(phase, done, total);
}

void Progress::draw(const std::string& phase, long done, long total) {
  const long percent = total > 0 ? done * 100 / total : 100;
  if (!terminal_) {
    std::fprintf(stderr, "%s: %ld/%ld (%ld%%)\n", phase.c_str(), done, total, percent);
    return;
  }
  constexpr int width = 30;
  const int filled = static_cast<int>(percent * width / 100);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(width - filled), '.');
  // \r and clear-to-end-of-line: redraw in place, whatever was longer before.
  std::fprintf(stderr, "\r%-10s [%s] %3ld%%  %ld/%ld\x1b[K", phase.c_str(), bar.c_str(), percent, done, total);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  std::lock_guard lock(mutex_);
  if (terminal_ && drawn_) std::fputc('\n', stderr);
  drawn_ = false;
  phase_.clear();
  shown_ = -1;
}

}  // namespace ctct::cli
