// ctct.LeadQueue: the delivery queue (ctct/lead_queue.hpp) on a Client, whose submit, flush and
// close block, or on an AsyncClient, whose submit, flush and close are awaitables.
#include <map>
#include <memory>
#include <string>

#include "bind.hpp"
#include "calls.hpp"
#include "client_init.hpp"
#include "ctct/client.hpp"
#include "ctct/lead_queue.hpp"
#include "ops.hpp"

namespace ctct::python {

namespace {

struct PyLeadQueue {
  std::shared_ptr<void> client;  // keeps the client alive while the queue is
  std::shared_ptr<LeadQueue> queue;
  bool async = false;

  // Runs the callback form `start` in the client's mode: waits for R, or answers an awaitable.
  template <class R, class Start>
  py::object run_in_mode(Start start) const {
    const std::function<void(std::function<void(R)>)> begin = start;
    if (async) return start_future<R>(begin);
    return py::cast(wait_for<R>(begin));
  }
};

template <class Mode>
bool take_client(py::handle client, PyLeadQueue& out) {
  if (!py::isinstance<Handle<Client, Mode>>(client)) return false;
  const auto& handle = client.cast<const Handle<Client, Mode>&>();
  out.client = handle.owner;
  out.async = std::is_same_v<Mode, Async>;
  return true;
}

}  // namespace

[[gnu::cold]] void bind_lead_queue(py::module_& m) {
  const LeadQueueOptions defaults;
  Class<PyLeadQueue>(m, "LeadQueue",
      "The delivery in batches: submit() takes one lead at a time and answers its own DeliveryOutcome, while the "
      "leads of each list go together (max_leads, or after max_wait_ms) as one JSON import and one listing. "
      "Blocking on a Client (submit from many threads), awaitables on an AsyncClient.")
      .def(py::init([](py::object client, int max_leads, int max_wait_ms, int poll_interval_ms) {
        PyLeadQueue out;
        if (!take_client<Sync>(client, out) && !take_client<Async>(client, out))
          throw py::type_error("client must be a ctct.Client or a ctct.AsyncClient");
        Client& api = out.async ? client.cast<const Handle<Client, Async>&>().api()
                                : client.cast<const Handle<Client, Sync>&>().api();
        auto queue = std::make_unique<LeadQueue>(api, LeadQueueOptions{max_leads, max_wait_ms, poll_interval_ms});
        out.queue = own(std::move(queue), static_cast<void (LeadQueue::*)()>(&LeadQueue::close));
        return out;
      }),
          py::arg("client"), py::kw_only(), py::arg("max_leads") = defaults.max_leads,
          py::arg("max_wait_ms") = defaults.max_wait_ms, py::arg("poll_interval_ms") = defaults.poll_interval_ms)
      .def(
          "submit",
          [](const PyLeadQueue& self, const Lead& lead, const std::string& list_id, bool fail_on_duplicate,
              std::map<std::string, std::string> custom_field_ids, bool read_back) {
            DeliveryOptions options{fail_on_duplicate, std::move(custom_field_ids), read_back};
            auto queue = self.queue;
            return self.run_in_mode<DeliveryOutcome>([queue, lead, list_id, options](auto done) {
              queue->submit(lead, list_id, options, std::move(done));
            });
          },
          "Queues the lead for the list; answers its DeliveryOutcome (an awaitable on an AsyncClient).",
          py::arg("lead"), py::arg("list_id"), py::kw_only(), py::arg("fail_on_duplicate") = false,
          py::arg("custom_field_ids") = std::map<std::string, std::string>{}, py::arg("read_back") = true)
      .def(
          "flush",
          [](const PyLeadQueue& self) {
            auto queue = self.queue;
            return self.run_in_mode<std::nullptr_t>([queue](auto done) { queue->flush([done] { done(nullptr); }); });
          },
          "Sends every queued batch and waits until every lead submitted so far is answered.")
      .def(
          "close",
          [](const PyLeadQueue& self) {
            auto queue = self.queue;
            return self.run_in_mode<std::nullptr_t>([queue](auto done) { queue->close([done] { done(nullptr); }); });
          },
          "Refuses new leads, then flush(): nothing queued is dropped.")
      .def(
          "__enter__", [](PyLeadQueue& self) -> PyLeadQueue& { return self; }, py::return_value_policy::reference)
      .def("__exit__",
          [](const PyLeadQueue& self, py::args) {
            wait_for<std::nullptr_t>([&](auto done) { self.queue->close([done] { done(nullptr); }); });
          })
      .def("__aenter__", [](py::object self) { return settled(self); })
      .def("__aexit__", [](const PyLeadQueue& self, py::args) {
        auto queue = self.queue;
        return start_future<std::nullptr_t>([queue](auto done) { queue->close([done] { done(nullptr); }); });
      });
}

}  // namespace ctct::python
