"""Import 100,000 contacts with client.bulk, showing progress: a tqdm bar when tqdm is installed,
a line per poll otherwise.

The operation splits the rows into activities of at most 40,000 contacts, polls each until it
ends and answers one outcome. on_progress(p) is called after every poll, on the client's I/O thread
with the GIL held: p.done and p.total count contacts over every activity (p.chunk of p.chunks is
the activity just polled), so a bar only needs `bar.total = p.total; bar.update(p.done - bar.n)`.
An exception raised in on_progress goes to sys.unraisablehook; the import carries on.

Runs against ctct.testing.Emulator; with a real account build Client(access_token=...).
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

import ctct
from ctct.testing import Emulator


def progress_display() -> tuple[Callable[[ctct.BulkProgress], None], Callable[[], None]]:
    """A progress callable and the function that ends the display."""
    try:
        tqdm: Any = importlib.import_module("tqdm").tqdm
    except ImportError:

        def show(p: ctct.BulkProgress) -> None:
            print(f"activity {p.chunk + 1}/{p.chunks} {p.state} {p.percent_done}%: {p.done}/{p.total} contacts")

        return show, lambda: None
    bar = tqdm(unit="contacts")

    def update(p: ctct.BulkProgress) -> None:
        bar.total = p.total
        bar.update(p.done - bar.n)

    return update, bar.close


def main() -> None:
    with Emulator() as emulator:
        # Activities here advance one step per poll; the real service takes its own time.
        emulator.control("POST", "activities", {"duration_ms": 0, "polls_to_complete": 2})
        list_id = emulator.seed(lists=[{"name": "Imported"}])["lists"][0]
        rows = [ctct.ImportContact(email=f"lead{n}@example.com", first_name="Lead") for n in range(100_000)]
        progress, close = progress_display()
        with emulator.client() as client:
            outcome = client.bulk.import_contacts(rows, lists=[list_id], on_progress=progress, poll_interval_ms=100)
        close()
        print(outcome.outcome, outcome.reason or "")
        if outcome.value is not None:
            for chunk in outcome.value.chunks:
                print(chunk.activity_id, chunk.state, chunk.items, "contacts")


if __name__ == "__main__":
    main()
