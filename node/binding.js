'use strict';
// Loads the native addon: build/Release/*.node when this package was built from source
// (node/install.js), else the prebuilt prebuilds/<platform>-<arch>/ctct.napi.glibc.node that the
// package ships (prebuildify's layout, found by node-gyp-build). No install script is needed
// for the prebuilt one, so `npm install --ignore-scripts` and pnpm work.
const path = require('node:path');
const nodeGypBuild = require('node-gyp-build');
const { buildNeeds, platformName } = require('./platform');
const { unpacker } = require('./unpack.js');

const root = path.join(__dirname, '..');

function load() {
  let file;
  try {
    file = nodeGypBuild.resolve(root);
  } catch (cause) {
    throw new Error(
      `ctct: no prebuilt addon for ${platformName()}; build it from source with ` +
        `\`CTCT_BUILD_FROM_SOURCE=1 npm rebuild ctct\` (it needs ${buildNeeds})`,
      { cause },
    );
  }
  try {
    return require(file);
  } catch (cause) {
    throw new Error(`ctct: the native addon ${file} could not be loaded on ${platformName()}`, { cause });
  }
}

const binding = load();
// Every result reaches JS packed, and is made into objects here (node/unpack.js).
binding.useUnpacker(unpacker(binding.packedType));

// At exit JS can no longer run: settle nothing more and stop the clients' threads first.
process.once('exit', () => binding.shutdown());

module.exports = binding;
