'use strict';
// Checks of the options objects the JS layer unpacks itself; everything else is checked (with
// the same TypeError messages) by the addon's generic conversion.
const native = require('./binding.js');

// The type a TypeError names: typeof, but null and arrays apart. Never the value itself, which
// may be a secret.
function typeName(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// `value` as the options object of `callable` with only the `known` (camelCase) keys, read by
// the addon as every other options object is: an old snake_case spelling is answered under its
// new name with a DeprecationWarning. undefined is an empty one.
function options(value, known, callable) {
  return native.options(value, known, callable);
}

// Runs a native start that may throw a TypeError synchronously, answering a Promise either way.
function settle(start) {
  try {
    return start();
  } catch (error) {
    return Promise.reject(error);
  }
}

module.exports = { options, settle, typeName };
