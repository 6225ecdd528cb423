// The shipped declarations: models.d.ts is what the C++ descriptions generate, and the
// examples and the typing test compile with `tsc --noEmit --strict`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

const require = createRequire(import.meta.url);

test('node/models.d.ts is up to date with the C++ descriptions', () => {
  const { generate } = require('../../bindings/node/generate-types.js');
  const shipped = new URL('node/models.d.ts', new URL('./', pathToFileURL(require.resolve('ctct/package.json'))));
  const committed = readFileSync(shipped, 'utf8');
  assert.equal(committed, generate(), 'run `npm run types` and commit node/models.d.ts');
});

test('examples/node and the typing test pass tsc --noEmit --strict', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const project = new URL('tsconfig.json', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '-p', project], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
