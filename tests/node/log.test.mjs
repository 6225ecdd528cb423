// The log and logLevel options: log(level, message) gets the lines of requests, answers and
// retries at or above the level, in the order they were written; a throwing log is ignored; a log
// may call the client it logs for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client } from 'ctct';
import { seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();
const QUICK = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
// Lines reach JS through the event loop, after the outcome that follows them may have settled.
const settle = () => new Promise((resolve) => setImmediate(resolve));

test('log gets the lines at or above logLevel', async () => {
  seedList(emulator);
  emulator.fault({ path: '/v3/contact_lists', status: 503, times: 1 });
  const lines = [];
  const client = emulator.client({
    retry: QUICK,
    log: (level, message) => lines.push([level, message]),
    logLevel: 'debug',
  });
  assert.equal((await client.lists.list()).outcome, 'success');
  client.close();
  await settle();
  assert.ok(lines.every(([level]) => ['debug', 'info', 'warning', 'error'].includes(level)));
  assert.match(lines[0][1], /^sending GET /);
  assert.ok(lines.some(([, message]) => message.includes('retrying GET')));

  const quiet = [];
  const errorsOnly = emulator.client({ log: (level, message) => quiet.push([level, message]), logLevel: 'error' });
  assert.equal((await errorsOnly.lists.list()).outcome, 'success');
  errorsOnly.close();
  await settle();
  assert.deepEqual(quiet, []);
});

test('a throwing log does not stop the client', async () => {
  seedList(emulator);
  let calls = 0;
  const client = emulator.client({
    log: () => {
      calls += 1;
      throw new Error('log disk full');
    },
    logLevel: 'debug',
  });
  assert.equal((await client.lists.list()).outcome, 'success');
  assert.equal((await client.lists.list()).outcome, 'success');
  client.close();
  await settle();
  assert.ok(calls > 0);
});

test('log may call the same client', async () => {
  seedList(emulator);
  const calls = [];
  const client = emulator.client({
    log: (level, message) => {
      if (message.startsWith('sending GET') && calls.length === 0) calls.push(client.lists.list());
    },
    logLevel: 'debug',
  });
  assert.equal((await client.lists.list()).outcome, 'success');
  await settle();
  assert.equal(calls.length, 1);
  assert.equal((await calls[0]).outcome, 'success');
  client.close();
});

test('bad log options are TypeErrors', () => {
  assert.throws(() => new Client({ accessToken: 'token', logLevel: 'loud' }), {
    name: 'TypeError',
    message: /logLevel/,
  });
  assert.throws(() => new Client({ accessToken: 'token', log: 3 }), {
    name: 'TypeError',
    message: 'log must be a function (level, message), not number',
  });
});
