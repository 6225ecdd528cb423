"""ctct's sync Python client iterating contacts with iter() over pages of 500, up to COUNT of
them; prints one JSON line with its peak RSS (the iterate row of run.py).
    py_ctct_iterate.py BASE_URL COUNT"""

import json
import sys
import time

import bench_common as bench
import ctct

base_url, count = sys.argv[1], int(sys.argv[2])
client = ctct.Client(access_token=bench.token(), base_url=base_url, rate_limit=ctct.RateLimit(per_second=0))
cpu0, start = bench.cpu_seconds(), time.perf_counter()
contacts = errors = 0
for contact in client.contacts.iter(limit=500):
    errors += not contact.email_address.address
    contacts += 1
    if contacts == count:
        break
wall_s, cpu_s = time.perf_counter() - start, bench.cpu_seconds() - cpu0
# The peak resident memory (VmHWM) as the process itself sees it at its end, as the C++ and Node
# programs report it: a short run can end between two of run.py's samples.
with open("/proc/self/status") as status:
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"contacts": contacts, "errors": errors, "wall_s": wall_s, "cpu_s": cpu_s, "rss_mb": peak_kib / 1024}))
client.close()
