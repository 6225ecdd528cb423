// Thousands of calls in flight never block the event loop nor take libuv's worker pool: the
// network runs on the core's I/O thread and Promises settle through one thread-safe function.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { MISSING_ID, useEmulator } from './support.mjs';

const emulator = useEmulator();

const IN_FLIGHT = 1000;
const TICK_MS = 10;
const WINDOW_MS = 1500;

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

test(`${IN_FLIGHT} calls in flight on a slow route leave the event loop and the pool free`, async () => {
  emulator.fault({ method: 'GET', path: '/v3/contacts/*', delay_ms: 300, times: 0 });
  // No client-side limit: the point is a thousand requests really in flight at once.
  const client = emulator.client({ rateLimit: { perSecond: 0 } });

  let settled = 0;
  const calls = Array.from({ length: IN_FLIGHT }, () =>
    client.contacts.get(MISSING_ID).then((outcome) => {
      settled += 1;
      return outcome;
    }),
  );

  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), TICK_MS);
  const readStarted = performance.now();
  const files = await Promise.all(Array.from({ length: 8 }, () => readFile(new URL(import.meta.url))));
  const readMs = performance.now() - readStarted;
  await sleep(WINDOW_MS);
  clearInterval(timer);

  const expected = WINDOW_MS / TICK_MS;
  assert.ok(files.every((file) => file.length > 0));
  assert.ok(readMs < 500, `fs.readFile took ${readMs.toFixed(0)} ms with the calls in flight`);
  assert.ok(ticks >= 0.8 * expected, `setInterval got ${ticks} of ${expected} ticks`);
  assert.ok(IN_FLIGHT - settled >= IN_FLIGHT / 2, `${IN_FLIGHT - settled} calls were still in flight`);

  // Closing settles every call still in flight with an error outcome; none rejects.
  client.close();
  const outcomes = await Promise.all(calls);
  assert.equal(outcomes.length, IN_FLIGHT);
  for (const outcome of outcomes) assert.ok(['failure', 'error'].includes(outcome.outcome));
  assert.ok(outcomes.some((outcome) => outcome.outcome === 'error' && outcome.status === 0));
});
