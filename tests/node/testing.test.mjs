// ctct/testing: the in-process emulator's start, seed, faults, limits, state, stats and stop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Emulator, EmulatorError } from 'ctct/testing';

test('an emulator starts on a free loopback port with generated credentials', () => {
  const first = Emulator.start();
  const second = Emulator.start({ accessToken: 'token-of-the-test' });
  assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.notEqual(first.port, second.port);
  assert.equal(first.v3Url, `${first.url}/v3`);
  assert.equal(first.v2Url, `${first.url}/v2`);
  assert.ok(first.accessToken.length > 0);
  assert.ok(first.apiKey.length > 0);
  assert.equal(second.accessToken, 'token-of-the-test');
  first.stop();
  second.stop();
  second.stop();
});

test('seed, state, faults, stats and reset drive the emulator', async () => {
  const emulator = Emulator.start();
  const ids = emulator.seed({ lists: [{ name: 'Newsletter' }] });
  assert.equal(ids.lists.length, 1);
  assert.deepEqual(
    emulator.state().lists.map((list) => list.name),
    ['Newsletter'],
  );

  emulator.fault({ method: 'GET', path: '/v3/contact_lists', status: 503 });
  assert.equal(emulator.faults().length, 1);
  const client = emulator.client({ timeoutMs: 5000, retry: { maxAttempts: 1 } });
  const faulted = await client.lists.list();
  assert.equal(faulted.outcome, 'error');
  assert.equal(faulted.status, 503);
  const listed = await client.lists.list();
  assert.equal(listed.outcome, 'success');
  const stats = emulator.stats();
  assert.ok(stats.requests >= 2);
  assert.ok(stats.by_route['GET /v3/contact_lists'] >= 2);
  client.close();

  emulator.reset();
  assert.deepEqual(emulator.state().lists ?? [], []);
  assert.deepEqual(emulator.faults(), []);
  emulator.stop();
});

test('a refused control call throws an EmulatorError', () => {
  const emulator = Emulator.start();
  assert.throws(() => emulator.fault({ action: 'explode' }), EmulatorError);
  assert.throws(() => emulator.control('POST', 'seed', { lists: 'none' }), EmulatorError);
  emulator.stop();
});
