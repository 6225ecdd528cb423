'use strict';
// What every Node client of the benchmarks shares: arguments, the timing loop and the JSON line
// it prints. Each client gives one async function per scenario (get, create, page) answering
// true when the answer is what the scenario expects; inflight keeps `inFlight` GETs going.
const path = require('node:path');
const { createRequire } = require('node:module');

const TOKEN = process.env.CTCT_BENCH_TOKEN; // run.py's (clients.TOKEN)
if (!TOKEN) throw new Error('CTCT_BENCH_TOKEN is not set: run the clients through bench/run.py');
// The contact every create sends: what POST /contacts needs, as Constant Contact documents it.
const NEW_CONTACT = {
  email_address: { address: 'ada.lovelace@example.com' },
  first_name: 'Ada',
  last_name: 'Lovelace',
  create_source: 'Contact',
};

// Packages come from the bench's own npm folder (CTCT_BENCH_NODE), never from the repository.
const benchRequire = createRequire(path.join(process.env.CTCT_BENCH_NODE, 'package.json'));

function args() {
  const [scenario, baseUrl, contactId, seconds, warmup, inFlight = '64'] = process.argv.slice(2);
  return { scenario, baseUrl, contactId, seconds: Number(seconds), warmup: Number(warmup), inFlight: Number(inFlight) };
}

function cpuSeconds() {
  const { user, system } = process.cpuUsage(); // every thread of the process, in microseconds
  return (user + system) / 1e6;
}

// Nearest rank, the same rule as the C++ and Python clients.
function percentile(values, p) {
  if (values.length === 0) return 0;
  const ordered = Float64Array.from(values).sort();
  return ordered[Math.max(Math.ceil(p * ordered.length), 1) - 1];
}

const nowMs = () => performance.now();

async function timed(call, deadline, figures) {
  let now = nowMs();
  while (now < deadline) {
    if (!(await call())) figures.errors += 1;
    const end = nowMs();
    figures.latencies.push(end - now);
    now = end;
  }
}

async function run(a, calls) {
  const call = calls[a.scenario === 'inflight' ? 'get' : a.scenario];
  if (!call) throw new Error(`unknown scenario ${a.scenario}`);
  for (let i = 0; i < a.warmup; i++) await call();
  const workers = a.scenario === 'inflight' ? a.inFlight : 1;
  const figures = { latencies: [], errors: 0 };
  const cpu0 = cpuSeconds();
  const start = nowMs();
  const deadline = start + a.seconds * 1000;
  await Promise.all(Array.from({ length: workers }, () => timed(call, deadline, figures)));
  const wall = (nowMs() - start) / 1000;
  const cpu = cpuSeconds() - cpu0;
  console.log(
    JSON.stringify({
      calls: figures.latencies.length,
      errors: figures.errors,
      wall_s: wall,
      cpu_s: cpu,
      p50_ms: percentile(figures.latencies, 0.5),
      p99_ms: percentile(figures.latencies, 0.99),
    }),
  );
}

module.exports = { TOKEN, NEW_CONTACT, benchRequire, args, run };
