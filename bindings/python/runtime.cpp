// Settling asyncio futures from other threads, raising outcome exceptions, and closing what is
// still open at exit.
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "calls.hpp"
#include "ctct/internal/fork.hpp"
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

// Async results reach Python through this one thread: it takes the GIL once for every batch of
// answers and settles them all. A client's I/O thread thus never waits for the GIL (an event
// loop may hold it for milliseconds, stalling every transfer), and thousands of answers in
// flight cost one GIL hand-off per batch rather than one each.
class Courier {
 public:
  static Courier& instance() { return *current(); }

  // In a child after fork(): the parent's courier, whose thread is not here and whose lock it
  // may have held, is left as it is; a new one settles the child's futures.
  static void renew_in_child() { current() = new Courier; }

  // Any thread, no GIL needed. `job` runs with the GIL; after stop() it is dropped unrun.
  void post(std::function<void()> job) {
    {
      std::lock_guard lock(mutex_);
      if (stopped_) return;
      if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
      jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
  }

  // At exit, with the GIL released: jobs still queued are dropped, the thread joined.
  void stop() {
    std::vector<std::function<void()>> dropped;
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
      dropped.swap(jobs_);
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void run() {
    std::vector<std::function<void()>> batch;
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return stopped_ || !jobs_.empty(); });
        if (stopped_) return;
        batch.swap(jobs_);
      }
      if (finalizing()) return;
      py::gil_scoped_acquire gil;
      for (auto& job : batch) job();
      batch.clear();  // the jobs hold Python objects: released with the GIL held
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::function<void()>> jobs_;  // guarded by mutex_
  bool stopped_ = false;                     // guarded by mutex_
  std::thread thread_;

  static Courier*& current() {
    static auto* courier = new Courier;  // never destroyed: stop() at exit ends its thread
    return courier;
  }
};

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

void Settle::resolve(std::function<py::object()> make_value) { settle(std::move(make_value), false); }
void Settle::fail(std::function<py::object()> make_exception) { settle(std::move(make_exception), true); }

void Settle::settle(std::function<py::object()> make, bool failed) {
  if (!future_ || finalizing()) return;
  Courier::instance().post([self = shared_from_this(), make = std::move(make), failed] {
    self->deliver(make, failed);
  });
}

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
  try {
    loop_.attr("call_soon_threadsafe")(settle_on_loop(), future_, value, failed);
  } catch (py::error_already_set& closed_loop) {
    // The loop was closed before the answer came: nobody awaits it.
    if (!closed_loop.matches(PyExc_RuntimeError)) closed_loop.discard_as_unraisable(__func__);
  }
  loop_ = py::object();
  future_ = py::object();
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
    Courier::instance().stop();  // after the clients: their last answers are dropped with it
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
      "after_in_child"_a = py::cpp_function([] { Courier::renew_in_child(); }));
}

}  // namespace ctct::python
