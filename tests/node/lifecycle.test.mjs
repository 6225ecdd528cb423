// Lifecycle: an idle client lets the process exit, exiting with calls in flight is clean,
// calls in flight keep the process alive until they settle, and clients work in workers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { MISSING_ID, useEmulator } from './support.mjs';

const emulator = useEmulator();

function runFixture(name) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [new URL(`fixtures/${name}`, import.meta.url).pathname], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { ...result, ms: performance.now() - started };
}

test('a process holding an idle client exits on its own', () => {
  const result = runFixture('idle-client.mjs');
  assert.equal(result.signal, null, `ended by ${result.signal} after ${result.ms} ms: ${result.stderr}`);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'success');
});

test('process.exit with a thousand calls in flight exits cleanly', () => {
  const result = runFixture('exit-in-flight.mjs');
  assert.equal(result.signal, null, result.stderr);
  assert.equal(result.status, 3, result.stderr);
  assert.equal(result.stderr, '');
});

test('calls in flight keep the process alive until they settle', () => {
  const result = runFixture('settle-before-exit.mjs');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'settled 20');
});

function startWorker(data) {
  return new Worker(new URL('fixtures/worker-client.mjs', import.meta.url), {
    workerData: { accessToken: emulator.accessToken, v3Url: emulator.v3Url, ...data },
  });
}

test('a client works inside a worker thread', async () => {
  const worker = startWorker({});
  const [message] = await once(worker, 'message');
  assert.equal(JSON.parse(message).outcome, 'success');
  const [code] = await once(worker, 'exit');
  assert.equal(code, 0);
});

test('terminating workers while their calls settle leaves the process sound', async () => {
  // No delay: completions are being delivered to the worker as it is torn down.
  for (let round = 0; round < 12; round += 1) {
    const worker = startWorker({ calls: 400, contactId: MISSING_ID });
    await once(worker, 'message');
    await new Promise((resolve) => setTimeout(resolve, round * 5));
    await worker.terminate();
  }
  const client = emulator.client();
  const outcome = await client.lists.list();
  assert.equal(outcome.outcome, 'success');
  client.close();
});
