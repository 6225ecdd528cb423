// Settling asyncio futures from other threads (through the loop's doorbell), raising outcome
// exceptions, and closing what is still open at exit.
#include <mutex>
#include <utility>
#include <vector>

#include "calls.hpp"
#include "ctct/internal/fork.hpp"
#include "lifetime.hpp"
#include "loop_doorbell.hpp"
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

// An attribute name looked up on every async call, made and interned once (pybind11's
// attr("name") makes and hashes a new str each time). Kept for the life of the process.
PyObject* interned(const char* name) {
  PyObject* text = PyUnicode_InternFromString(name);
  if (!text) throw py::error_already_set();
  return text;
}

// `object.name()`, or `object.name(argument)`, without the argument tuple pybind11 builds.
py::object call_method(py::handle object, PyObject* name, PyObject* argument = nullptr) {
  PyObject* result = argument ? PyObject_CallMethodOneArg(object.ptr(), name, argument)
                              : PyObject_CallMethodNoArgs(object.ptr(), name);
  if (!result) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(result);
}

struct Open {
  std::weak_ptr<void> object;
  std::function<void()> close;
};

std::mutex open_mutex;
std::vector<Open> open_objects;

}  // namespace

Settle::Settle() {
  // Found once: importing asyncio for it on every call cost as much as the rest of this.
  static PyObject* const get_running_loop =
      py::object(py::module_::import("asyncio").attr("get_running_loop")).release().ptr();
  static PyObject* const create_future = interned("create_future");
  PyObject* running = PyObject_CallNoArgs(get_running_loop);  // RuntimeError outside a running loop
  if (!running) throw py::error_already_set();
  const auto loop = py::reinterpret_steal<py::object>(running);
  doorbell_ = LoopDoorbell::of(loop);
  future_ = call_method(loop, create_future);
}

Settle::~Settle() {
  if (!future_ || finalizing()) {
    future_.release();
    return;
  }
  py::gil_scoped_acquire gil;
  future_ = py::object();
}

void Settle::resolve(std::function<py::object()> make_value) { settle(std::move(make_value), false); }
void Settle::fail(std::function<py::object()> make_exception) { settle(std::move(make_exception), true); }

void Settle::settle(std::function<py::object()> make, bool failed) {
  if (!future_ || finalizing()) return;
  doorbell_->post([self = shared_from_this(), make = std::move(make), failed] { self->deliver(make, failed); });
}

// On the loop's thread: a future cancelled meanwhile takes nothing.
void Settle::deliver(const std::function<py::object()>& make, bool failed) {
  if (!future_) return;
  py::object value;
  try {  // a value that cannot be built still settles the future, with the reason
    value = make();
  } catch (py::error_already_set& error) {
    value = error.value();
    failed = true;
  } catch (const std::exception& error) {
    value = py::reinterpret_borrow<py::object>(PyExc_RuntimeError)(error.what());
    failed = true;
  }
  static PyObject* const done = interned("done");
  static PyObject* const set_result = interned("set_result");
  static PyObject* const set_exception = interned("set_exception");
  py::object future = std::move(future_);
  const int settled = PyObject_IsTrue(call_method(future, done).ptr());
  if (settled < 0) throw py::error_already_set();
  if (!settled) call_method(future, failed ? set_exception : set_result, value.ptr());
}

py::object error_for(py::handle outcome, bool page) {
  return py::module_::import("ctct.errors").attr("error_for")(outcome, page);
}

void raise_for(py::handle outcome, bool page) {
  py::object error = error_for(outcome, page);
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

void register_fork_hooks() {
  using namespace py::literals;
  py::module_::import("os").attr("register_at_fork")(
      // The loops rest before fork() with the GIL released: a log line or progress report in
      // flight may need it to finish.
      "before"_a = py::cpp_function([] {
        py::gil_scoped_release release;
        rest_loops_for_fork();
      }),
      "after_in_parent"_a = py::cpp_function([] { resume_after_fork(); }),
      "after_in_child"_a = py::cpp_function([] { LoopDoorbell::forget_all_in_child(); }));
}

}  // namespace ctct::python
