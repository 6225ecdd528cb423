// The policies every request goes through: the client-side rate limit keeps a client within the
// server's limit, and requests safe to repeat are retried after a transient error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from 'ctct';
import { LIST_ID, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();

async function timed(calls) {
  const started = performance.now();
  const outcomes = await Promise.all(calls());
  return { outcomes, ms: performance.now() - started };
}

test('the default rate limit keeps 9 concurrent calls within 4 a second, with no 429', async () => {
  seedList(emulator);
  emulator.limits({ perSecond: 4 });
  const client = emulator.client();
  const { outcomes, ms } = await timed(() => Array.from({ length: 9 }, () => client.lists.get(LIST_ID)));
  client.close();
  // One at once, then a slot every 250 ms: the ninth starts at 2 s.
  assert.ok(ms >= 1900, `9 calls took ${ms.toFixed(0)} ms`);
  for (const outcome of outcomes) {
    assert.equal(outcome.outcome, 'success');
    assert.equal(outcome.attempts, 1);
  }
  assert.equal(emulator.stats().by_route['GET /v3/contact_lists/{list_id}'], 9);
});

test('clients sharing a RateLimiter stay within its limit together', async () => {
  seedList(emulator);
  emulator.limits({ perSecond: 4 });
  const limiter = new RateLimiter({ perSecond: 4, burst: 1 });
  assert.deepEqual(limiter.limit, { perSecond: 4, burst: 1, perDay: 0 });
  const clients = [emulator.client({ rateLimiter: limiter }), emulator.v2Client({ rateLimiter: limiter })];
  const { outcomes, ms } = await timed(() =>
    Array.from({ length: 6 }, (_, i) => (i % 2 ? clients[1].lists() : clients[0].lists.get(LIST_ID))),
  );
  for (const client of clients) client.close();
  assert.ok(ms >= 1150, `6 calls took ${ms.toFixed(0)} ms`);
  assert.deepEqual(
    outcomes.map((outcome) => outcome.outcome),
    Array(6).fill('success'),
  );
});

test('a GET answered 503 twice is retried and succeeds at the third attempt', async () => {
  seedList(emulator);
  emulator.fault({ method: 'GET', path: `/v3/contact_lists/${LIST_ID}`, status: 503, times: 2 });
  const client = emulator.client({ retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 10 } });
  const outcome = await client.lists.get(LIST_ID);
  client.close();
  assert.equal(outcome.outcome, 'success');
  assert.equal(outcome.attempts, 3);
  assert.equal(outcome.value.name, 'Newsletter');
});

test('retry maxAttempts 1 answers the first 503', async () => {
  seedList(emulator);
  emulator.fault({ method: 'GET', path: `/v3/contact_lists/${LIST_ID}`, status: 503, times: 2 });
  const client = emulator.client({ retry: { maxAttempts: 1 } });
  const outcome = await client.lists.get(LIST_ID);
  client.close();
  assert.equal(outcome.outcome, 'error');
  assert.equal(outcome.status, 503);
  assert.equal(outcome.attempts, 1);
});
