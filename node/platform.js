'use strict';
// What the loader and the source build say about this machine and about a build from source.
const fs = require('node:fs');

function libc() {
  // glibc's Node reports its version; musl's does not.
  const report = process.report?.getReport?.();
  if (report?.header?.glibcVersionRuntime) return 'glibc';
  return fs.existsSync('/etc/alpine-release') ? 'musl' : 'unknown libc';
}

// npm's cross-install settings, which node-gyp-build's lookup honours too.
function platformName() {
  const platform = process.env.npm_config_platform || process.platform;
  const arch = process.env.npm_config_arch || process.arch;
  const c = platform === 'linux' ? libc() : '';
  return `${platform}-${arch}${c ? ` (${c})` : ''} with Node ${process.versions.node}`;
}

const buildNeeds =
  'cmake 3.18 or newer, a C++20 compiler, and the development files of libcurl, OpenSSL, ' + 'simdjson and cpp-httplib';

module.exports = { buildNeeds, platformName };
