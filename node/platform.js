'use strict';
// What the loader and the source build say about this machine and about a build from source.
const fs = require('node:fs');

function libc() {
  if (process.platform !== 'linux') return '';
  // glibc's Node reports its version; musl's does not.
  const report = process.report && process.report.getReport ? process.report.getReport() : null;
  if (report && report.header && report.header.glibcVersionRuntime) return 'glibc';
  return fs.existsSync('/etc/alpine-release') ? 'musl' : 'unknown libc';
}

function platformName() {
  const c = libc();
  return `${process.platform}-${process.arch}${c ? ` (${c})` : ''} with Node ${process.versions.node}`;
}

const buildNeeds =
  'cmake 3.18 or newer, a C++20 compiler, and the development files of libcurl, OpenSSL, ' +
  'simdjson and cpp-httplib';

module.exports = { buildNeeds, platformName };
