'use strict';
// ctct for Node: every operation answers a Promise of its outcome, a plain object with the
// same snake_case fields as in C++ and Python. Promises reject only for programmer errors
// (a TypeError naming the argument); API and network conditions are outcomes.
const { inspect } = require('node:util');
const native = require('./binding.js');
const { options, settle } = require('./arguments.js');
const { PageError, FailureError, IncompleteError, pages, items } = require('./pages.js');
const oauth = require('./oauth.js');
const { withHiddenStoredTokens } = require('./hidden-tokens.js');

// The addon makes the client's classes from the operations registry: one method per operation
// (describeMethods() lists them). Here each becomes one whose TypeError, thrown before the call
// starts, rejects the Promise instead, and the native pages() and iter() cursors become async
// iterators.
function settleOperations(prototype, methods) {
  for (const { name } of methods) {
    const start = prototype[name];
    prototype[name] = {
      [name](...args) {
        return settle(() => start.apply(this, args));
      },
    }[name];
  }
}
function iterate(prototype, name, iterator) {
  const cursor = prototype[name];
  prototype[name] = {
    [name](...args) {
      return iterator(cursor.apply(this, args));
    },
  }[name];
}
const described = native.describeMethods();
settleOperations(native.Client.prototype, described.client);
for (const group of described.groups) {
  const { prototype } = native.groups[group.className];
  settleOperations(prototype, group.methods);
  if (group.pages) {
    iterate(prototype, 'pages', pages);
    iterate(prototype, 'iter', items);
  }
}

// The v3 client: new Client({ accessToken, baseUrl?, timeoutMs?, connectTimeoutMs?, caBundle?,
// maxResponseBytes?, allowInsecureHttp?, maxConnections?, retry?: { maxAttempts, baseDelayMs,
// maxDelayMs }, rateLimit?: { perSecond, burst }, rateLimiter?, log?: (level, message) => ...,
// logLevel? }), or managedTokens: { tokens, oauth: { clientId, clientSecret?, tokenUrl? }, store?,
// refreshMarginS? } in place of accessToken: the client refreshes its tokens itself. Its groups
// (contacts, lists, activities, tags, customFields, bulk) and close() and baseUrl are the addon's.
class Client extends native.Client {
  constructor(clientOptions) {
    super(withHiddenStoredTokens(clientOptions));
  }
  [inspect.custom](depth, inspectOptions) {
    return `Client ${inspect({ baseUrl: this.baseUrl }, inspectOptions)}`;
  }
  toString() {
    return `Client(${this.baseUrl})`;
  }
}

// The legacy v2 client: new v2.Client({ apiKey, accessToken, baseUrl?, ... }), the same transport
// and policy options as Client.
class V2Client {
  #native;
  constructor(clientOptions) {
    this.#native = new native.V2Client(clientOptions);
  }
  lists() {
    return settle(() => this.#native.lists());
  }
  createContact(contact, createOptions) {
    return settle(() => {
      const { actionBy } = options(createOptions, ['actionBy'], 'v2.Client.createContact');
      return this.#native.createContact(contact, actionBy);
    });
  }
  addContactToList(listId, lead, deliveryOptions) {
    return settle(() => {
      const { actionBy } = options(deliveryOptions, ['actionBy'], 'v2.Client.addContactToList');
      return this.#native.addContactToList(listId, lead, actionBy);
    });
  }
  close() {
    this.#native.close();
  }
  // The base URL without any password it was given with.
  get baseUrl() {
    return this.#native.baseUrl;
  }
  [inspect.custom](depth, inspectOptions) {
    return `v2.Client ${inspect({ baseUrl: this.baseUrl }, inspectOptions)}`;
  }
  toString() {
    return `v2.Client(${this.baseUrl})`;
  }
}

module.exports = {
  Client,
  v2: { Client: V2Client },
  PageError,
  FailureError,
  IncompleteError,
  // One token bucket for the clients of one API key: new RateLimiter({ perSecond, burst }).
  RateLimiter: native.RateLimiter,
  oauth,
  version: native.version,
};
