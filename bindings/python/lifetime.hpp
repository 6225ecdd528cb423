// Client and emulator lifetimes. Their destructors join threads that may be waiting for the
// GIL, so they run with the GIL released; and those still open when the interpreter exits are
// closed first, while Python can still take their last callbacks.
#pragma once

#include <functional>
#include <memory>

#include "casters.hpp"

namespace ctct::python {

void close_at_exit(std::weak_ptr<void> object, std::function<void()> close);

// Registers the atexit hook that closes what is still open.
void register_exit_hook();

// Registers the os.register_at_fork hooks: clients made before fork() work in the child
// (ctct/internal/fork.hpp), and so do async calls, settled by a new courier there.
void register_fork_hooks();

// Owns `object`; deletes it with the GIL released; closes it at exit through `close`.
template <class T>
std::shared_ptr<T> own(std::unique_ptr<T> object, void (T::*close)()) {
  std::shared_ptr<T> shared(object.release(), [](T* doomed) {
    if (PyGILState_Check()) {
      py::gil_scoped_release release;
      delete doomed;
    } else {
      delete doomed;
    }
  });
  close_at_exit(shared, [weak = std::weak_ptr<T>(shared), close] {
    if (auto alive = weak.lock()) ((*alive).*close)();
  });
  return shared;
}

}  // namespace ctct::python
