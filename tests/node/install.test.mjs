// The installed package as npm leaves it: the prebuilt addon loads with no install script, the
// install script has nothing to do when a prebuild fits, no build tool is a dependency, and a
// platform without a prebuild is told how to build one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('ctct/package.json'));
const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

function node(args, env = {}) {
  return spawnSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8', env: { ...process.env, ...env } });
}

test('the package depends on no build tool: only its bundled loader', () => {
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}), ['node-gyp-build']);
  assert.deepEqual(manifest.bundleDependencies, ['node-gyp-build']);
  assert.ok(
    existsSync(path.join(packageDir, 'prebuilds', `${process.platform}-${process.arch}`, 'ctct.napi.glibc.node')),
  );
});

test('the install script does nothing when a prebuild fits', () => {
  const result = node(['node/install.js']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
  assert.equal(existsSync(path.join(packageDir, 'build', 'source')), false);
});

test('without a prebuild for the platform, loading says which platform and how to build', () => {
  const result = node(['-e', "require('ctct')"], { npm_config_arch: 'riscv64' });
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /no prebuilt addon for linux-riscv64 \(glibc\) with Node /);
  assert.match(result.stderr, /CTCT_BUILD_FROM_SOURCE=1 npm rebuild ctct/);
  assert.match(result.stderr, /cmake 3\.18 or newer, a C\+\+20 compiler/);
});
