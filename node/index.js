'use strict';
// ctct for Node: every operation answers a Promise of its outcome, a plain object with the
// same snake_case fields as in C++ and Python. Promises reject only for programmer errors
// (a TypeError naming the argument); API and network conditions are outcomes.
const { inspect } = require('node:util');
const native = require('./binding.js');
const { settleOperations } = require('./arguments.js');
const { PageError, FailureError, IncompleteError, pages, items } = require('./pages.js');
const { withHiddenStoredTokens } = require('./hidden-tokens.js');
const oauth = require('./oauth.js');

// The addon makes the client's classes from the operations registry: one method per operation
// (describeMethods() lists them). Here each becomes one whose TypeError, thrown before the call
// starts, rejects the Promise instead (settleOperations), and the native pages() and iter()
// cursors become async iterators.
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
settleOperations(native.V2Client.prototype, described.v2Client);
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
// maxDelayMs }, rateLimit?: { perSecond, burst, perDay }, rateLimiter?, apiKey?, log?: (level, message) => ...,
// logLevel?, engine? }), or managedTokens: { tokens, oauth: { clientId, clientSecret?, tokenUrl? }, store?,
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
// and policy options as Client; its operations (lists, createContact, addContactToList) and
// close() and baseUrl are the addon's.
class V2Client extends native.V2Client {
  [inspect.custom](depth, inspectOptions) {
    return `v2.Client ${inspect({ baseUrl: this.baseUrl }, inspectOptions)}`;
  }
  toString() {
    return `v2.Client(${this.baseUrl})`;
  }
}

// The delivery queue: new LeadQueue(client, { maxLeads, maxWaitMs, pollIntervalMs }). submit(lead,
// listId, options) answers a Promise of the lead's own outcome while leads go in batches per list;
// flush() and close() settle once every lead submitted is answered. A programmer error (a closed
// queue, a wrong argument) rejects the Promise, as the operations' do.
class LeadQueue extends native.LeadQueue {
  async submit(lead, listId, options) {
    return super.submit(lead, listId, options);
  }
  async flush() {
    await super.flush();
  }
  async close() {
    await super.close();
  }
}

module.exports = {
  Client,
  LeadQueue,
  v2: { Client: V2Client },
  PageError,
  FailureError,
  IncompleteError,
  // One token bucket and daily count, for clients sharing it: new RateLimiter({ perSecond, burst, perDay }).
  RateLimiter: native.RateLimiter,
  // I/O loops shared by the clients given it (option engine): new Engine({ threads }). Clients
  // given none share the process-wide engine.
  Engine: native.Engine,
  oauth,
  version: native.version,
};
