'use strict';
// ctct's Node client iterating contacts with iter() over pages of 500, up to COUNT of them;
// prints one JSON line with its peak RSS (the iterate row of run.py).
//   node node_ctct_iterate.js BASE_URL COUNT
const fs = require('node:fs');
const bench = require('./bench_common.js');
const { Client } = bench.benchRequire('ctct');

async function main() {
  const [baseUrl, count] = [process.argv[2], Number(process.argv[3])];
  const client = new Client({ accessToken: bench.TOKEN, baseUrl, rateLimit: { perSecond: 0 } });
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let contacts = 0;
  let errors = 0;
  for await (const contact of client.contacts.iter({ limit: 500 })) {
    if (!contact.email_address.address) errors += 1;
    contacts += 1;
    if (contacts === count) break;
  }
  const cpu = process.cpuUsage(cpu0);
  // The peak resident memory (VmHWM) as the process itself sees it at its end, as the C++ and
  // Python programs report it.
  const peakKib = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]);
  const figures = {
    contacts,
    errors,
    wall_s: (performance.now() - start) / 1000,
    cpu_s: (cpu.user + cpu.system) / 1e6,
    rss_mb: peakKib / 1024,
  };
  console.log(JSON.stringify(figures));
  client.close();
}

main();
