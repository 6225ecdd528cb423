'use strict';
// Checks of the options objects the JS layer unpacks itself; everything else is checked (with
// the same TypeError messages) by the addon's generic conversion.

// `value` as an options object with only `known` keys; undefined is an empty one.
function options(value, known, name = 'options') {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object`);
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && value[key] !== undefined) {
      throw new TypeError(`${name}.${key} is not a known option (known: ${known.join(', ')})`);
    }
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

module.exports = { options, settle };
