// Rate limits belong to the API key: clients of one key (the apiKey option here; managed
// tokens' clientId and the token's cid claim are tested in C++) share one limiter and one daily
// count, and a key out of quota ends its clients' calls unsent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from 'ctct';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const QUOTA = JSON.stringify({ error_key: 'quota_exceeded', error_message: 'Limit Exceeded' });

// The reset time a reason may name now, either side of a midnight passing during a test.
function nextUtcMidnights() {
  const day = 24 * 3600 * 1000;
  const today = Math.floor(Date.now() / day) * day;
  return [today + day, today + 2 * day].map((t) => `${new Date(t).toISOString().slice(0, 10)} 00:00 UTC`);
}

function expectRefusedUnsent(outcome) {
  assert.equal(outcome.outcome, 'failure');
  assert.equal(outcome.error_key, 'quota_exceeded');
  assert.equal(outcome.attempts, 0);
  assert.ok(
    nextUtcMidnights().some((midnight) => outcome.reason.includes(midnight)),
    outcome.reason,
  );
}

test('perDay is a rate limit option', () => {
  assert.deepEqual(new RateLimiter({ perDay: 250_000 }).limit, { perSecond: 4, burst: 1, perDay: 250_000 });
});

test('clients of one apiKey draw no 429 at 4 a second', async () => {
  emulator.limits({ perSecond: 4 });
  const clients = Array.from({ length: 4 }, () => emulator.client({ apiKey: 'js-app-shared' }));
  const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => clients[i % 4].lists.list()));
  for (const client of clients) client.close();
  for (const outcome of outcomes) assert.equal(outcome.attempts, 1);
  assert.equal(emulator.stats().throttled, 0);
  assert.equal(emulator.stats().by_route['GET /v3/contact_lists'], 12);
});

test('clients of different keys count apart, clients of one key together', async () => {
  async function sent(keys) {
    emulator.reset();
    const clients = keys.map((apiKey) => emulator.client({ apiKey, rateLimit: { perSecond: 0, perDay: 2 } }));
    await Promise.all([...clients, ...clients].map((client) => client.lists.list()));
    for (const client of clients) client.close();
    return emulator.stats().requests;
  }
  assert.equal(await sent(['js-app-a', 'js-app-b', 'js-app-c']), 6);
  assert.equal(await sent(['js-app-one', 'js-app-one', 'js-app-one']), 2);
});

test('a key out of quota ends its clients calls unsent; another key goes on', async () => {
  emulator.fault({ path: '/v3/contact_lists', status: 429, body: QUOTA });
  const [first, second, other] = ['js-app-out', 'js-app-out', 'js-app-in'].map((apiKey) => emulator.client({ apiKey }));
  assert.equal((await first.lists.list()).error_key, 'quota_exceeded');
  expectRefusedUnsent(await first.lists.list());
  expectRefusedUnsent(await second.lists.list());
  assert.equal((await other.lists.list()).outcome, 'success');
  for (const client of [first, second, other]) client.close();
  assert.equal(emulator.stats().requests, 2);
});

test('perDay refuses past the budget', async () => {
  const client = emulator.client({ apiKey: 'js-app-budget', rateLimit: { perSecond: 0, perDay: 1 } });
  assert.equal((await client.lists.list()).outcome, 'success');
  const refused = await client.lists.list();
  client.close();
  expectRefusedUnsent(refused);
  assert.ok(refused.reason.includes('daily budget of 1 requests'), refused.reason);
  assert.equal(emulator.stats().requests, 1);
});
