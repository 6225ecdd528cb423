'use strict';
// The package's install script. With a prebuilt addon for this machine there is nothing to do
// (and with --ignore-scripts this never runs). Otherwise, or when asked to, it
// builds the addon with CMake into build/Release, where node/binding.js looks first; the
// headers it needs (node-addon-api, node-api-headers) are fetched for the build only, so an
// install that uses the prebuilt addon carries no build tool.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const nodeGypBuild = require('node-gyp-build');
const { buildNeeds, platformName } = require('./platform');

const root = path.join(__dirname, '..');
// CTCT_BUILD_FROM_SOURCE=1, or npm's --build-from-source (which npm 11 passes on with a warning).
const fromSource = [process.env.CTCT_BUILD_FROM_SOURCE, process.env.npm_config_build_from_source].some((value) =>
  /^(true|1|ctct)$/.test(value || ''),
);

function hasPrebuild() {
  try {
    nodeGypBuild.resolve(root);
    return true;
  } catch {
    return false;
  }
}

if (!fromSource && hasPrebuild()) process.exit(0);

console.log(`ctct: building the addon from source for ${platformName()}; this needs ${buildNeeds}`);
const pkg = require('../package.json');
const headers = ['node-addon-api', 'node-api-headers'].map((name) => `${name}@${pkg.devDependencies[name]}`);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
try {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', [
    'install',
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    ...headers,
  ]);
  const build = path.join(root, 'build', 'source');
  run('cmake', [
    '-S',
    root,
    '-B',
    build,
    '-DCMAKE_BUILD_TYPE=Release',
    '-DCTCT_BUILD_NODE=ON',
    '-DCTCT_BUILD_TESTS=OFF',
    '-DCTCT_BUILD_CLI=OFF',
    '-DCTCT_BUILD_EXAMPLES=OFF',
    `-DCTCT_NODE_ADDON_DIR=${path.join(root, 'build', 'Release')}`,
  ]);
  run('cmake', ['--build', build, '--target', 'ctct_node', '--parallel']);
} catch (error) {
  console.error(`ctct: the build from source failed (${error.message}); it needs ${buildNeeds}`);
  process.exit(1);
}
