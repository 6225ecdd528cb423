// What the Node suites share: one in-process emulator per test file, reset before each test, and
// the hostile server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, beforeEach } from 'node:test';
import { Emulator } from 'ctct/testing';

const require = createRequire(import.meta.url);
// The addon of the installed package, for what the public API does not show: the operations
// registry (describeOperations()) and the one snake_case -> camelCase rule (camelCase()).
export const native = require(join(dirname(require.resolve('ctct/package.json')), 'node', 'binding.js'));

// An options object of snake_case keys (as the vectors and the core name them) under the
// camelCase keys Node takes; the values (data) as they are.
export function camelKeys(object) {
  return object && Object.fromEntries(Object.entries(object).map(([key, value]) => [native.camelCase(key), value]));
}

export const LIST_ID = '11111111-1111-4111-8111-000000000001';
export const MISSING_ID = 'cccccccc-cccc-4ccc-8ccc-00000000dead';

export function useEmulator() {
  const emulator = Emulator.start();
  beforeEach(() => emulator.reset());
  after(() => emulator.stop());
  return emulator;
}

export function seedList(emulator, name = 'Newsletter') {
  emulator.seed({ lists: [{ list_id: LIST_ID, name }] });
}

// tests/hostile/server.py on a free loopback port for the whole file, stopped by its pid after
// it; base(behaviour) is http://127.0.0.1:PORT/<behaviour>, url(behaviour) that with /v3.
export async function useHostileServer() {
  const script = new URL('../hostile/server.py', import.meta.url).pathname;
  const server = spawn('python3', [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  after(() => process.kill(server.pid));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`the hostile server exited (${code})`)));
    server.stdout.on('data', (data) => {
      out += data;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
  });
  server.stdout.destroy();
  server.removeAllListeners('exit');
  const base = (behaviour) => `http://127.0.0.1:${port}/${behaviour}`;
  return { base, url: (behaviour) => `${base(behaviour)}/v3` };
}
