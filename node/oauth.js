'use strict';
// OAuth 2.0 with Constant Contact: the authorization URL (with PKCE for public clients), the
// code exchange, refresh and the device flow. Token-endpoint answers are outcomes, as elsewhere.
const { inspect } = require('node:util');
const native = require('./binding.js');
const { settle } = require('./arguments.js');
const { hideTokensWhenInspected } = require('./hidden-tokens.js');

// new oauth.OAuthClient({ clientId, clientSecret?, tokenUrl?, deviceUrl?, timeoutMs?, ... }).
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
  // The token endpoint without any password it was given with.
  get tokenUrl() {
    return this.#native.tokenUrl;
  }
  [inspect.custom](depth, inspectOptions) {
    return `OAuthClient ${inspect({ tokenUrl: this.tokenUrl }, inspectOptions)}`;
  }
  toString() {
    return `OAuthClient(${this.tokenUrl})`;
  }
}

module.exports = {
  OAuthClient,
  authorizationUrl: native.oauth.authorizationUrl,
  makePkce: native.oauth.makePkce,
  makeState: native.oauth.makeState,
};
