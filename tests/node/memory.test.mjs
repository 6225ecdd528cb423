// Reading a big page costs memory in proportion to its body: the peak RSS growth of a fresh
// process reading a ~20 MB page stays within 3 times the body plus a fixed allowance, whether
// the page holds too many items (an error outcome: the API sends at most 500 contacts a page)
// or 500 contacts with big unknown fields, converted to JS objects.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { useEmulator, useHostileServer } from './support.mjs';

const hostile = await useHostileServer();
const emulator = useEmulator();
const run = promisify(execFile);
const MIB = 1024 * 1024;
// What a process may grow by beside the page: heap pages V8 and the allocator keep, a thread's stack.
const ALLOWANCE = 32 * MIB;

// Runs fixtures/read-page.mjs on the hostile behaviour; answers what it printed, with the
// page's body size and its peak RSS growth in bytes.
async function readPage(behaviour) {
  const body = (await (await fetch(`${hostile.url(behaviour)}/contacts`)).arrayBuffer()).byteLength;
  const script = new URL('fixtures/read-page.mjs', import.meta.url).pathname;
  const printed = execFileSync(process.execPath, [script, hostile.url(behaviour), hostile.url('contacts-page-1-0')], {
    encoding: 'utf8',
  });
  const result = JSON.parse(printed);
  assert.equal(result.warmUp, 'success');
  return { ...result, body, growth: (result.after - result.before) * 1024 };
}

function withinBound({ body, growth }) {
  const bound = 3 * body + ALLOWANCE;
  assert.ok(
    growth <= bound,
    `peak RSS grew by ${(growth / MIB).toFixed(1)} MiB for a ${(body / MIB).toFixed(1)} MiB body (bound ${(bound / MIB).toFixed(1)} MiB)`,
  );
}

test('a ~20 MB page of 160,000 contacts is an error outcome within the memory bound', async () => {
  const result = await readPage('contacts-page-160000-0');
  assert.ok(result.body > 19 * MIB);
  assert.equal(result.outcome, 'error', JSON.stringify({ ...result, reason: result.reason?.slice(0, 200) }));
  withinBound(result);
});

test('a ~20 MB page of 500 contacts with big unknown fields converts within the memory bound', async () => {
  const result = await readPage('contacts-page-500-40000');
  assert.ok(result.body > 19 * MIB);
  assert.equal(result.outcome, 'success', result.reason ?? '');
  assert.equal(result.items, 500);
  withinBound(result);
});

// A large result's C++ form is freed a little after its Promise resumes (the settler's
// release_later), not at once: page after page, what each page leaves must still go.
test('pages read one after another free what each left behind', async () => {
  emulator.seed({
    contacts: Array.from({ length: 500 }, (_, i) => ({ email_address: { address: `r${i}@example.com` } })),
  });
  const script = new URL('fixtures/read-pages.mjs', import.meta.url).pathname;
  const reads = 150;
  const { stdout } = await run(process.execPath, [script, emulator.v3Url, emulator.accessToken, String(reads)]);
  const { succeeded, afterTen, after } = JSON.parse(stdout);
  assert.equal(succeeded, reads);
  // Kept, the 140 pages' contacts would take over 70 MiB.
  const growth = (after - afterTen) * 1024;
  assert.ok(growth <= ALLOWANCE, `peak RSS grew by ${(growth / MIB).toFixed(1)} MiB over ${reads - 10} pages`);
});
