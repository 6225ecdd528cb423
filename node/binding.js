'use strict';
// Loads the native addon that `npm install` builds with cmake-js into build/node/Release (its own
// folder: cmake-js wipes its build folder when a compile fails).
const path = require('node:path');

const file = path.join(__dirname, '..', 'build', 'node', 'Release', 'ctct.node');

function load() {
  try {
    return require(file);
  } catch (cause) {
    throw new Error(
      'ctct: the native addon could not be loaded; run `npm install` in the ctct package ' +
        'to build it (it needs cmake, a C++20 compiler, libcurl and simdjson)',
      { cause },
    );
  }
}

const binding = load();

// At exit JS can no longer run: settle nothing more and stop the clients' threads first.
process.once('exit', () => binding.shutdown());

module.exports = binding;
