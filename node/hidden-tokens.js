'use strict';
// Tokens stay readable (a token store saves them) and JSON.stringify keeps them, but
// console.log and util.inspect show them hidden, so they do not end up in logs.
const { inspect } = require('node:util');

function hideWhenInspected(tokens) {
  Object.defineProperty(tokens, inspect.custom, {
    enumerable: false,
    value: (depth, options, show) =>
      show(
        {
          ...tokens,
          access_token: '<hidden>',
          ...('refresh_token' in tokens ? { refresh_token: '<hidden>' } : {}),
        },
        options,
      ),
  });
  return tokens;
}

// An outcome of the token endpoint, its tokens hidden when inspected.
function hideTokensWhenInspected(outcome) {
  const tokens = outcome?.value;
  if (tokens && typeof tokens === 'object' && 'access_token' in tokens) hideWhenInspected(tokens);
  return outcome;
}

// Client options whose managedTokens.store, if any, gets tokens hidden when inspected too
// (under either spelling of managedTokens: the addon reads both).
function withHiddenStoredTokens(clientOptions) {
  for (const key of ['managedTokens', 'managed_tokens']) {
    const managed = clientOptions?.[key];
    if (!managed || typeof managed !== 'object' || typeof managed.store !== 'function') continue;
    const { store } = managed;
    clientOptions = { ...clientOptions, [key]: { ...managed, store: (tokens) => store(hideWhenInspected(tokens)) } };
  }
  return clientOptions;
}

module.exports = { hideTokensWhenInspected, withHiddenStoredTokens };
