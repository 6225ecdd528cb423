// The shipped declarations: models.d.ts and operations.d.ts are what the C++ descriptions and
// the operations registry generate, and the examples and the typing test compile with
// `tsc --noEmit --strict`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

test('node/models.d.ts and node/operations.d.ts are up to date with the C++ descriptions', () => {
  const { generate } = require('../../bindings/node/generate-types.js');
  const folder = new URL('node/', new URL('./', pathToFileURL(require.resolve('ctct/package.json'))));
  for (const [name, text] of Object.entries(generate())) {
    assert.equal(readFileSync(new URL(name, folder), 'utf8'), text, `run \`npm run types\` and commit node/${name}`);
  }
});

test('examples/node and the typing test pass tsc --noEmit --strict', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const project = new URL('tsconfig.json', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '-p', project], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
