#include "loop_doorbell.hpp"

#include <cerrno>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

#include <sys/eventfd.h>
#include <unistd.h>

namespace ctct::python {

namespace {

// The doorbells of the loops that awaited a call, each with its loop: guarded by the GIL. A loop
// is held until it is closed and another loop makes its doorbell, so its address cannot be reused
// meanwhile; a closed loop's doorbell drops its jobs then.
struct Entry {
  py::object loop;
  std::shared_ptr<LoopDoorbell> doorbell;
};
std::vector<Entry>*& registry() {
  static auto* entries = new std::vector<Entry>;  // outlives the interpreter's teardown
  return entries;
}

// The loop's reader: a plain CPython function, as pybind11's dispatcher cost about 700
// instructions a ring (measured), once for every answer a sequential caller awaits. Its self is
// a capsule holding the doorbell weakly.
constexpr const char* reader_capsule = "ctct.LoopDoorbell";

PyObject* read_doorbell(PyObject* self, PyObject*) {
  auto* doorbell = static_cast<std::weak_ptr<LoopDoorbell>*>(PyCapsule_GetPointer(self, reader_capsule));
  if (!doorbell) return nullptr;
  try {
    if (auto alive = doorbell->lock()) alive->ring_off();
  } catch (py::error_already_set& error) {  // settling a future failed: asyncio reports it
    error.restore();
    return nullptr;
  } catch (const std::exception& error) {
    PyErr_SetString(PyExc_RuntimeError, error.what());
    return nullptr;
  }
  Py_RETURN_NONE;
}

PyMethodDef read_doorbell_def{"read_doorbell", read_doorbell, METH_NOARGS, nullptr};

py::object reader_of(const std::shared_ptr<LoopDoorbell>& doorbell) {
  auto* weak = new std::weak_ptr<LoopDoorbell>(doorbell);
  PyObject* capsule = PyCapsule_New(weak, reader_capsule, [](PyObject* self) {
    delete static_cast<std::weak_ptr<LoopDoorbell>*>(PyCapsule_GetPointer(self, reader_capsule));
  });
  if (!capsule) {
    delete weak;
    throw py::error_already_set();
  }
  const auto self = py::reinterpret_steal<py::object>(capsule);
  PyObject* reader = PyCFunction_New(&read_doorbell_def, self.ptr());
  if (!reader) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(reader);
}

}  // namespace

std::shared_ptr<LoopDoorbell> LoopDoorbell::of(const py::object& loop) {
  std::vector<Entry>& entries = *registry();
  for (const auto& entry : entries)
    if (entry.loop.is(loop)) return entry.doorbell;
  std::erase_if(entries, [](const Entry& entry) {
    if (!entry.loop.attr("is_closed")().cast<bool>()) return false;
    entry.doorbell->close();
    return true;
  });
  const int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (fd < 0)
    throw std::runtime_error("ctct could not make an eventfd for the event loop: errno " + std::to_string(errno));
  auto doorbell = std::make_shared<LoopDoorbell>(fd, getpid());
  loop.attr("add_reader")(fd, reader_of(doorbell));
  entries.push_back({loop, doorbell});
  return doorbell;
}

// The parent's entries are left as they are: their loops' objects may not be released here.
void LoopDoorbell::forget_all_in_child() { registry() = new std::vector<Entry>; }

LoopDoorbell::~LoopDoorbell() {
  if (getpid() == pid_) ::close(fd_);
}

void LoopDoorbell::post(std::function<void()> job) {
  bool ring = false;
  {
    std::lock_guard lock(mutex_);
    if (closed_) return;
    ring = jobs_.empty();  // else a ring is already on its way
    jobs_.push_back(std::move(job));
  }
  if (ring) {
    const std::uint64_t one = 1;
    while (::write(fd_, &one, sizeof one) < 0 && errno == EINTR) {
    }
  }
}

void LoopDoorbell::ring_off() {
  // The count first, then the jobs: a job posted in between finds the queue not empty and is
  // taken with this batch; one posted after rings again.
  std::uint64_t count = 0;
  while (::read(fd_, &count, sizeof count) < 0 && errno == EINTR) {
  }
  std::vector<std::function<void()>> batch;
  {
    std::lock_guard lock(mutex_);
    batch.swap(jobs_);
  }
  for (auto& job : batch) job();
}

void LoopDoorbell::close() {
  std::vector<std::function<void()>> dropped;
  std::lock_guard lock(mutex_);
  closed_ = true;
  dropped.swap(jobs_);
}

}  // namespace ctct::python
