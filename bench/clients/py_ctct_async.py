"""ctct's asyncio Python client."""

import asyncio

import bench_common as bench
import ctct


async def main() -> None:
    args = bench.arguments()
    new_contact = ctct.Contact(bench.NEW_CONTACT)
    # One connection per request in flight, as aiohttp opens in S3 (its default limit is 100).
    async with ctct.AsyncClient(
        access_token=bench.token(),
        base_url=args.base_url,
        rate_limit=ctct.RateLimit(per_second=0),
        max_connections=args.in_flight,
    ) as client:

        async def get() -> bool:
            outcome = await client.contacts.get(args.contact_id)
            return bool(outcome) and outcome.value.email_address.address is not None

        async def create() -> bool:
            outcome = await client.contacts.create(new_contact)
            return outcome.status == 201 and outcome.value.contact_id is not None

        async def page() -> bool:
            outcome = await client.contacts.list(limit=500)
            return bool(outcome) and sum(1 for c in outcome.value.items if c.email_address.address) == 500

        await bench.run_async(args, {"get": get, "create": create, "page": page})


asyncio.run(main())
