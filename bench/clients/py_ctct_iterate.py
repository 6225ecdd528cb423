"""ctct's sync Python client iterating contacts with iter() over pages of 500, up to COUNT of
them; prints one JSON line (run.py's iterate row adds the process's peak RSS).
    py_ctct_iterate.py BASE_URL COUNT"""

import json
import sys
import time

import bench_common as bench
import ctct

base_url, count = sys.argv[1], int(sys.argv[2])
client = ctct.Client(access_token=bench.TOKEN, base_url=base_url, rate_limit=ctct.RateLimit(per_second=0))
cpu0, start = bench.cpu_seconds(), time.perf_counter()
contacts = errors = 0
for contact in client.contacts.iter(limit=500):
    errors += not contact.email_address.address
    contacts += 1
    if contacts == count:
        break
print(
    json.dumps(
        {
            "contacts": contacts,
            "errors": errors,
            "wall_s": time.perf_counter() - start,
            "cpu_s": bench.cpu_seconds() - cpu0,
        }
    )
)
client.close()
