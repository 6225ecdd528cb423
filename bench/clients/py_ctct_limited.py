"""ctct's asyncio Python client on one API key with a limit too high to bind, kept by the key's
in-process limiter or, given a Redis URL, by the limiter shared through Redis: what the limiter
costs each call (bench/redis_limiter.py). Prints "ready" after the untimed calls, then the JSON
line of bench_common.

    py_ctct_limited.py SCENARIO BASE_URL CONTACT_ID SECONDS WARMUP IN_FLIGHT [REDIS_URL]
"""

import argparse
import asyncio

import bench_common as bench
import ctct

UNBOUND = ctct.RateLimit(per_second=1_000_000)  # paced, never waiting


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=["get", "inflight"])
    parser.add_argument("base_url")
    parser.add_argument("contact_id")
    parser.add_argument("seconds", type=float)
    parser.add_argument("warmup", type=int)
    parser.add_argument("in_flight", type=int)
    parser.add_argument("redis_url", nargs="?", help="none: the in-process limiter")
    return parser.parse_args()


async def main() -> None:
    args = arguments()
    async with ctct.AsyncClient(
        access_token=bench.token(),
        base_url=args.base_url,
        api_key="bench-app",
        rate_limit=UNBOUND,
        rate_limiter=args.redis_url,
        max_connections=args.in_flight,
    ) as client:

        async def get() -> bool:
            outcome = await client.contacts.get(args.contact_id)
            return bool(outcome) and outcome.value.email_address.address is not None

        for _ in range(args.warmup):
            await get()
        print("ready", flush=True)  # the Redis connection is made and the script loaded
        args.warmup = 0
        await bench.run_async(args, {"get": get})


asyncio.run(main())
