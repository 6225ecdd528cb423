// Listings as Python iterators. pages() iterates page outcomes and ends after the last page or
// after the first page that is not a success (which it still yields); iter() iterates the items
// and raises a ctct.PageError when a page is not a success. Async versions iterate with
// `async for`, each page fetched by the client's I/O thread.
#pragma once

#include <deque>
#include <memory>
#include <string>

#include "ctct/client.hpp"
#include "ops.hpp"
#include "outcomes.hpp"

namespace ctct::python {

template <class Item, class Mode>
struct PagesIterator {
  std::shared_ptr<void> owner;  // the client
  std::shared_ptr<Pages<Item>> pages;
};

template <class Item>
struct ItemsState {
  std::shared_ptr<Pages<Item>> pages;
  std::deque<Item> buffered;
};

template <class Item, class Mode>
struct ItemsIterator {
  std::shared_ptr<void> owner;  // the client
  std::shared_ptr<ItemsState<Item>> state;
};

inline py::object stop_async_iteration() { return py::reinterpret_borrow<py::object>(PyExc_StopAsyncIteration)(); }

// A future that ends an `async for`.
template <class R>
Awaitable<R> ended() {
  auto target = std::make_shared<Settle>();
  Awaitable<R> future(target->future());
  target->fail(stop_async_iteration);
  return future;
}

// Asks for the next page; the callback keeps `pages` alive until the answer comes, even when
// the Python iterator is gone by then (an interrupted wait, an abandoned async for).
template <class Item>
void fetch_next(const std::shared_ptr<Pages<Item>>& pages, Callback<Page<Item>> done) {
  pages->next([pages, done = std::move(done)](Outcome<Page<Item>> outcome) { done(std::move(outcome)); });
}

template <class Item>
Outcome<Page<Item>> next_page(const std::shared_ptr<Pages<Item>>& pages) {
  return wait_for<Outcome<Page<Item>>>([&](Callback<Page<Item>> done) { fetch_next(pages, std::move(done)); });
}

// Asks for pages until one has items, the listing ends, or a page is not a success; then settles
// `target` (from the I/O thread, or at once when nothing needs fetching).
template <class Item>
void settle_next_item(const std::shared_ptr<ItemsState<Item>>& state, const std::shared_ptr<Settle>& target) {
  if (!state->buffered.empty()) {
    Item item = std::move(state->buffered.front());
    state->buffered.pop_front();
    target->resolve([item = std::move(item)]() mutable { return py::cast(std::move(item)); });
  } else if (state->pages->done()) {
    target->fail(stop_async_iteration);
  } else {
    fetch_next<Item>(state->pages, [state, target](Outcome<Page<Item>> outcome) {
      if (!outcome.ok()) {
        target->fail([outcome = std::move(outcome)]() mutable {
          return error_for(py::cast(std::move(outcome)), true);
        });
        return;
      }
      for (auto& item : outcome.value->items) state->buffered.push_back(std::move(item));
      settle_next_item(state, target);
    });
  }
}

// __iter__ and __aiter__: the iterator itself (the same Python object).
template <class Iterator>
Iterator& itself(Iterator& self) {
  return self;
}

template <class Item>
[[gnu::cold]] void bind_pages(py::module_& m, const std::string& item_name) {
  using SyncPages = PagesIterator<Item, Sync>;
  Class<SyncPages>(m, (item_name + "Pages").c_str())
      .def("__iter__", &itself<SyncPages>, py::return_value_policy::reference)
      .def("__next__", [](SyncPages& self) {
        if (self.pages->done()) throw py::stop_iteration();
        return next_page(self.pages);
      });

  using AsyncPages = PagesIterator<Item, Async>;
  Class<AsyncPages>(m, ("Async" + item_name + "Pages").c_str())
      .def("__aiter__", &itself<AsyncPages>, py::return_value_policy::reference)
      .def("__anext__", [](AsyncPages& self) {
        auto pages = self.pages;
        if (pages->done()) return ended<Outcome<Page<Item>>>();
        return start_future<Outcome<Page<Item>>>([&](Callback<Page<Item>> done) {
          fetch_next(pages, std::move(done));
        });
      });

  using SyncItems = ItemsIterator<Item, Sync>;
  Class<SyncItems>(m, (item_name + "Iterator").c_str())
      .def("__iter__", &itself<SyncItems>, py::return_value_policy::reference)
      .def("__next__", [](py::object self) -> Item {
        auto& state = *self.cast<SyncItems&>().state;
        while (state.buffered.empty()) {
          if (state.pages->done()) throw py::stop_iteration();
          auto outcome = next_page(state.pages);
          if (!outcome.ok()) raise_for(py::cast(std::move(outcome)), true);
          for (auto& item : outcome.value->items) state.buffered.push_back(std::move(item));
        }
        Item item = std::move(state.buffered.front());
        state.buffered.pop_front();
        return item;
      });

  using AsyncItems = ItemsIterator<Item, Async>;
  Class<AsyncItems>(m, ("Async" + item_name + "Iterator").c_str())
      .def("__aiter__", &itself<AsyncItems>, py::return_value_policy::reference)
      .def("__anext__", [](AsyncItems& self) {
        auto target = std::make_shared<Settle>();
        py::object future = target->future();
        {
          py::gil_scoped_release release;
          settle_next_item(self.state, target);
        }
        return Awaitable<Item>(std::move(future));
      });
}

}  // namespace ctct::python
