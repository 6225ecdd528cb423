'use strict';
// The options objects the JS layer unpacks itself (v2, oauth, testing), and settle(); the
// operations' arguments are read by the addon (bindings/node/operations.hpp).
const native = require('./binding.js');

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

module.exports = { options, settle };
