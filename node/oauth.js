'use strict';
// OAuth 2.0 with Constant Contact: the authorization URL (with PKCE for public clients), the
// code exchange, refresh and the device flow. Token-endpoint answers are outcomes, as elsewhere.
const { inspect } = require('node:util');
const native = require('./binding.js');
const { settle } = require('./arguments.js');

// Tokens stay readable (a token store saves them) and JSON.stringify keeps them, but
// console.log and util.inspect show them hidden, so they do not end up in logs.
function hideTokensWhenInspected(outcome) {
  const tokens = outcome && outcome.value;
  if (tokens && typeof tokens === 'object' && 'access_token' in tokens) {
    Object.defineProperty(tokens, inspect.custom, {
      enumerable: false,
      value: (depth, options, show) => show({
        ...tokens,
        access_token: '<hidden>',
        ...('refresh_token' in tokens ? { refresh_token: '<hidden>' } : {}),
      }, options),
    });
  }
  return outcome;
}

// new oauth.OAuthClient({ client_id, client_secret?, token_url?, device_url?, timeoutMs?, ... }).
class OAuthClient {
  #native;
  constructor(oauthOptions) {
    this.#native = new native.oauth.OAuthClient(oauthOptions);
  }
  // grant_type=authorization_code; codeVerifier for PKCE clients.
  exchangeCode(code, redirectUri, codeVerifier) {
    return settle(() => this.#native.exchangeCode(code, redirectUri, codeVerifier)).then(hideTokensWhenInspected);
  }
  // With rotating refresh tokens the answer holds a new one: save it.
  refresh(refreshToken) {
    return settle(() => this.#native.refresh(refreshToken)).then(hideTokensWhenInspected);
  }
  startDevice(scopes) {
    return settle(() => this.#native.startDevice(scopes));
  }
  // Polls at the server's interval until the user approves, denies, or the code expires.
  pollDevice(device) {
    return settle(() => this.#native.pollDevice(device)).then(hideTokensWhenInspected);
  }
  close() {
    this.#native.close();
  }
}

module.exports = {
  OAuthClient,
  authorizationUrl: native.oauth.authorizationUrl,
  makePkce: native.oauth.makePkce,
  makeState: native.oauth.makeState,
};
