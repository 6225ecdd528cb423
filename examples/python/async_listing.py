"""List every contact with AsyncClient, page after page, and create a few concurrently.

Runs against ctct.testing.Emulator; with a real account build AsyncClient(access_token=...).
"""

from __future__ import annotations

import asyncio

import ctct
from ctct.testing import Emulator


async def main() -> None:
    with Emulator() as emulator:
        async with emulator.async_client() as client:
            created = await asyncio.gather(
                *(
                    client.contacts.create(
                        ctct.Contact(
                            email_address=ctct.EmailAddress(address=f"lead{i}@example.com"), create_source="Account"
                        )
                    )
                    for i in range(5)
                )
            )
            print("created:", sum(outcome.ok for outcome in created))
            async for contact in client.contacts.iter(limit=2):
                if contact.email_address is not None:
                    print(contact.contact_id, contact.email_address.address)


if __name__ == "__main__":
    asyncio.run(main())
