"""Adds a lead to a Constant Contact list and prints what happened, field by field.

Set CTCT_ACCESS_TOKEN and CTCT_LIST_ID (and CTCT_BASE_URL to use an emulator). Without
CTCT_ACCESS_TOKEN it runs on ctct.testing.Emulator, an in-memory Constant Contact.
"""

from __future__ import annotations

import os
import sys

import ctct
from ctct.testing import Emulator


def add_lead(client: ctct.Client, list_id: str) -> ctct.DeliveryOutcome:
    return client.add_contact_to_list(
        list_id,
        email="ada.lovelace@example.com",
        first_name="Ada",
        last_name="Lovelace",
        company_name="Analytical Engines",
        title="Programmer",
    )


def main() -> int:
    token = os.environ.get("CTCT_ACCESS_TOKEN")
    if token:
        base_url = os.environ.get("CTCT_BASE_URL", "https://api.cc.email/v3")
        with ctct.Client(access_token=token, base_url=base_url) as client:
            outcome = add_lead(client, os.environ["CTCT_LIST_ID"])
    else:
        with Emulator() as emulator, emulator.client() as client:
            list_id = emulator.seed(lists=[ctct.ContactList(name="Leads")])["lists"][0]
            outcome = add_lead(client, list_id)
    # outcome: success, failure (fix the input) or error (try again later); reason says why.
    print(outcome.to_json())
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
