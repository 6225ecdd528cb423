'use strict';
// OAuth 2.0 with Constant Contact: the authorization URL (with PKCE for public clients), the
// code exchange, refresh and the device flow. Token-endpoint answers are outcomes, as elsewhere.
const { inspect } = require('node:util');
const native = require('./binding.js');
const { settleOperations } = require('./arguments.js');
const { hideTokensWhenInspected } = require('./hidden-tokens.js');

const NativeOAuthClient = native.oauth.OAuthClient;
settleOperations(NativeOAuthClient.prototype, native.describeMethods().oauthClient, hideTokensWhenInspected);

// The forms before the options object, until the next minor version (CTCT_DEP0005):
// exchangeCode(code, redirectUri, codeVerifier) and startDevice(scopes).
function oldForm(value, key, oldCall, newCall) {
  if (typeof value !== 'string' && !Array.isArray(value)) return value;
  native.deprecated(oldCall, newCall, 'CTCT_DEP0005');
  return { [key]: value };
}

// new oauth.OAuthClient({ clientId, clientSecret?, tokenUrl?, deviceUrl?, timeoutMs?, ... }); its
// operations (exchangeCode, refresh, startDevice, pollDevice), close() and tokenUrl are the
// addon's. Tokens in its answers show hidden when inspected.
class OAuthClient extends NativeOAuthClient {
  exchangeCode(code, redirectUri, exchangeOptions) {
    const given = oldForm(
      exchangeOptions,
      'codeVerifier',
      'oauth.OAuthClient.exchangeCode(code, redirectUri, codeVerifier)',
      'exchangeCode(code, redirectUri, { codeVerifier })',
    );
    return super.exchangeCode(code, redirectUri, given);
  }
  startDevice(deviceOptions) {
    const given = oldForm(deviceOptions, 'scopes', 'oauth.OAuthClient.startDevice(scopes)', 'startDevice({ scopes })');
    return super.startDevice(given);
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
