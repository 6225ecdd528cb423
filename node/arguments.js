'use strict';
// Checks of the options objects the JS layer unpacks itself; everything else is checked (with
// the same TypeError messages) by the addon's generic conversion.

// The type a TypeError names: typeof, but null and arrays apart. Never the value itself, which
// may be a secret.
function typeName(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// `value` as the options object of `callable` with only `known` keys; undefined is an empty one.
function options(value, known, callable) {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`options must be an object, not ${typeName(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new TypeError(`unknown option '${key}' for ${callable}`);
  }
  return value;
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
