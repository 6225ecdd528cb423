// Settling asyncio futures from other threads, raising outcome exceptions, and closing what is
// still open at exit.
#include <mutex>
#include <utility>
#include <vector>

#include "calls.hpp"
#include "lifetime.hpp"
#include "outcomes.hpp"

namespace ctct::python {

namespace {

bool finalizing() {
#if PY_VERSION_HEX >= 0x030D0000
  return Py_IsFinalizing();
#else
  return _Py_IsFinalizing();
#endif
}

// Runs on the loop's thread: a future cancelled meanwhile takes nothing.
py::object settle_on_loop() {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
  return storage
      .call_once_and_store_result([] {
        return py::cpp_function([](py::object future, py::object value, bool failed) {
          if (future.attr("done")().cast<bool>()) return;
          future.attr(failed ? "set_exception" : "set_result")(value);
        });
      })
      .get_stored();
}

struct Open {
  std::weak_ptr<void> object;
  std::function<void()> close;
};

std::mutex open_mutex;
std::vector<Open> open_objects;

}  // namespace

Settle::Settle() {
  loop_ = py::module_::import("asyncio").attr("get_running_loop")();
  future_ = loop_.attr("create_future")();
}

Settle::~Settle() {
  if (!future_ || finalizing()) {
    loop_.release();
    future_.release();
    return;
  }
  py::gil_scoped_acquire gil;
  loop_ = py::object();
  future_ = py::object();
}

void Settle::resolve(const std::function<py::object()>& make_value) { settle(make_value, false); }
void Settle::fail(const std::function<py::object()>& make_exception) { settle(make_exception, true); }

void Settle::settle(const std::function<py::object()>& make, bool failed) {
  if (!future_ || finalizing()) return;
  py::gil_scoped_acquire gil;
  try {
    loop_.attr("call_soon_threadsafe")(settle_on_loop(), future_, make(), failed);
  } catch (py::error_already_set& closed_loop) {
    // The loop was closed before the answer came: nobody awaits it.
    if (!closed_loop.matches(PyExc_RuntimeError)) closed_loop.discard_as_unraisable(__func__);
  }
  loop_ = py::object();
  future_ = py::object();
}

py::object error_for(py::handle outcome) {
  return py::module_::import("ctct.errors").attr("error_for")(outcome);
}

void raise_for(py::handle outcome) {
  py::object error = error_for(outcome);
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())), error.ptr());
  throw py::error_already_set();
}

void close_at_exit(std::weak_ptr<void> object, std::function<void()> close) {
  std::lock_guard lock(open_mutex);
  std::erase_if(open_objects, [](const Open& open) { return open.object.expired(); });
  open_objects.push_back({std::move(object), std::move(close)});
}

void register_exit_hook() {
  py::module_::import("atexit").attr("register")(py::cpp_function([] {
    std::vector<Open> still_open;
    {
      std::lock_guard lock(open_mutex);
      still_open.swap(open_objects);
    }
    py::gil_scoped_release release;
    for (auto& open : still_open) open.close();
  }));
}

}  // namespace ctct::python
