"""Add a lead to a Constant Contact list and print the outcome.

    CTCT_ACCESS_TOKEN=... CTCT_LIST_ID=... python quickstart.py ann@example.com Ann

Without CTCT_ACCESS_TOKEN it runs against ctct.testing.Emulator, an in-memory Constant Contact.
"""

from __future__ import annotations

import os
import sys

import ctct
from ctct.testing import Emulator


def add_lead(client: ctct.Client, list_id: str, email: str, first_name: str) -> ctct.DeliveryOutcome:
    outcome = client.add_contact_to_list(list_id, email=email, first_name=first_name)
    if not outcome.ok:
        # failure: fix the input; error: try again later. The reason says which, in a sentence.
        print(f"{outcome.outcome}: {outcome.reason}", file=sys.stderr)
    return outcome


def main() -> int:
    email = sys.argv[1] if len(sys.argv) > 1 else "ann@example.com"
    first_name = sys.argv[2] if len(sys.argv) > 2 else "Ann"
    token = os.environ.get("CTCT_ACCESS_TOKEN")
    if token:
        with ctct.Client(access_token=token) as client:
            outcome = add_lead(client, os.environ["CTCT_LIST_ID"], email, first_name)
    else:
        with Emulator() as emulator, emulator.client() as client:
            list_id = emulator.seed(lists=[ctct.ContactList(name="Leads")])["lists"][0]
            outcome = add_lead(client, list_id, email, first_name)
    print(outcome.to_json())
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
