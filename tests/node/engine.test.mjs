// Clients share the process-wide engine's I/O loop unless given an Engine of their own: its
// thread count spreads them over that many loops, which start with their first client and end
// with their last.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Client, Engine } from 'ctct';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const unlimited = { rateLimit: { perSecond: 0 } };

// The process's ctct I/O threads, by the name the core gives them. A thread that ends between
// the listing and the read of its name is not counted.
function threadName(task) {
  try {
    return readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim();
  } catch (error) {
    if (error.code === 'ENOENT') return '';
    throw error;
  }
}

function ioThreads() {
  return readdirSync('/proc/self/task').filter((task) => threadName(task) === 'ctct-io').length;
}

test('an engine of two threads spreads its clients over two loops', async () => {
  const shared = emulator.client(unlimited);
  assert.equal((await shared.lists.list()).outcome, 'success');
  const before = ioThreads();
  const engine = new Engine({ threads: 2 });
  assert.equal(engine.threads, 2);
  assert.equal(engine.liveLoops, 0);
  const clients = Array.from({ length: 6 }, () => emulator.client({ ...unlimited, engine }));
  for (const outcome of await Promise.all(clients.map((c) => c.lists.list()))) assert.equal(outcome.outcome, 'success');
  assert.equal(engine.liveLoops, 2);
  assert.equal(ioThreads(), before + 2);
  for (const client of clients) client.close();
  assert.equal(engine.liveLoops, 0);
  // A closed loop's thread ends on its own, a moment after: once seen still running (Node 18).
  const deadline = Date.now() + 5000;
  while (ioThreads() !== before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(ioThreads(), before);
  assert.equal((await shared.lists.list()).outcome, 'success'); // the process-wide engine's clients run on
  shared.close();
});

test('the v2 client takes an engine, and clients given none leave it unused', async () => {
  const engine = new Engine();
  const plain = emulator.client(unlimited);
  assert.equal((await plain.lists.list()).outcome, 'success');
  plain.close();
  assert.equal(engine.liveLoops, 0);
  const v2 = emulator.v2Client({ ...unlimited, engine });
  assert.equal((await v2.lists()).outcome, 'success');
  assert.equal(engine.liveLoops, 1);
  v2.close();
  assert.equal(engine.liveLoops, 0);
});

test('a wrong engine is a TypeError', () => {
  for (const threads of [0, 65])
    assert.throws(() => new Engine({ threads }), { name: 'TypeError', message: /threads/ });
  assert.throws(() => new Engine({ threads: '2' }), { name: 'TypeError', message: /threads/ });
  assert.throws(() => new Engine({ thread: 2 }), { name: 'TypeError', message: /unknown option 'thread'/ });
  assert.throws(() => new Client({ accessToken: 't', engine: 'process' }), { name: 'TypeError', message: /engine/ });
});
