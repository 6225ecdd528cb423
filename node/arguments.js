'use strict';
// The options objects the JS layer unpacks itself (testing), settle() and settleOperations();
// the operations' arguments are read by the addon (bindings/node/operations.hpp).
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

// Replaces each of the addon's `methods` (describeMethods()) of `prototype` by one that answers
// a rejected Promise for a TypeError thrown before the call starts; `then`, when given, maps
// the outcome.
function settleOperations(prototype, methods, then) {
  for (const { name } of methods) {
    const start = prototype[name];
    prototype[name] = {
      [name](...args) {
        const outcome = settle(() => start.apply(this, args));
        return then ? outcome.then(then) : outcome;
      },
    }[name];
  }
}

module.exports = { options, settle, settleOperations };
