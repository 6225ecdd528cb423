// Progress on standard error: a bar redrawn in place on a terminal, plain lines otherwise
// (a log or a pipe gets one line per phase and per tenth done, no control characters).
#pragma once

#include <mutex>
#include <string>

namespace ctct::cli {

class Progress {
 public:
  explicit Progress(bool terminal);
  static Progress for_stderr();  // a bar when standard error is a terminal
  ~Progress();

  // Thread-safe: bulk operations report from the client's I/O thread.
  void update(const std::string& phase, long done, long total);
  void finish();  // ends the bar's line

 private:
  void draw(const std::string& phase, long done, long total);

  std::mutex mutex_;
  bool terminal_;
  bool drawn_ = false;
  std::string phase_;
  long shown_ = -1;  // terminal: the count drawn; lines: the tenth printed
};

}  // namespace ctct::cli
