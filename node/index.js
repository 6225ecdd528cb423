'use strict';
// ctct for Node: every operation answers a Promise of its outcome, a plain object with the
// same snake_case fields as in C++ and Python. Promises reject only for programmer errors
// (a TypeError naming the argument); API and network conditions are outcomes.
const { inspect } = require('node:util');
const native = require('./binding.js');
const { options, settle, typeName } = require('./arguments.js');
const { PageError, pages, items } = require('./pages.js');
const oauth = require('./oauth.js');
const { withHiddenStoredTokens } = require('./hidden-tokens.js');

class Contacts {
  #native;
  constructor(client) {
    this.#native = client;
  }
  create(contact) {
    return settle(() => this.#native.contactsCreate(contact));
  }
  createOrUpdate(contact) {
    return settle(() => this.#native.contactsCreateOrUpdate(contact));
  }
  get(contactId, getOptions) {
    return settle(() => {
      const { include } = options(getOptions, ['include'], 'contacts.get');
      return this.#native.contactsGet(contactId, include);
    });
  }
  list(query) {
    return settle(() => this.#native.contactsList(query));
  }
  pages(query) {
    return pages(this.#native.contactsPages(query));
  }
  iter(query) {
    return items(this.#native.contactsPages(query));
  }
  update(contactId, contact) {
    return settle(() => this.#native.contactsUpdate(contactId, contact));
  }
  remove(contactId) {
    return settle(() => this.#native.contactsRemove(contactId));
  }
  counts(countOptions) {
    return settle(() => {
      const { includeNewSubscriber } = options(countOptions, ['includeNewSubscriber'], 'contacts.counts');
      return this.#native.contactsCounts(includeNewSubscriber);
    });
  }
  resubscribe(contactId, listIds) {
    return settle(() => this.#native.contactsResubscribe(contactId, listIds));
  }
}

class Lists {
  #native;
  constructor(client) {
    this.#native = client;
  }
  create(list) {
    return settle(() => this.#native.listsCreate(list));
  }
  get(listId) {
    return settle(() => this.#native.listsGet(listId));
  }
  list(query) {
    return settle(() => this.#native.listsList(query));
  }
  pages(query) {
    return pages(this.#native.listsPages(query));
  }
  iter(query) {
    return items(this.#native.listsPages(query));
  }
  update(listId, list) {
    return settle(() => this.#native.listsUpdate(listId, list));
  }
  remove(listId) {
    return settle(() => this.#native.listsRemove(listId));
  }
}

class Activities {
  #native;
  constructor(client) {
    this.#native = client;
  }
  get(activityId) {
    return settle(() => this.#native.activitiesGet(activityId));
  }
  list(query) {
    return settle(() => this.#native.activitiesList(query));
  }
}

// The bulk options { wait, pollIntervalMs, onProgress } as the addon reads them. What
// onProgress throws cannot reach the caller (the operation is in flight): it becomes a process
// warning and the operation carries on.
function bulkOptions({ wait, pollIntervalMs, onProgress }) {
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`onProgress must be a function (progress), not ${typeName(onProgress)}`);
  }
  const reported = onProgress && ((progress) => {
    try {
      onProgress(progress);
    } catch (error) {
      process.emitWarning(`ctct: onProgress threw: ${error?.message ?? error}`, 'CtctProgressWarning');
    }
  });
  return { wait, pollIntervalMs, onProgress: reported };
}

// Starts the bulk operation `op` of the addon for `callable`. `given` holds the bulk options and
// the operation's own `extra` keys (checked here too); `input(read)` makes the operation's input
// from the options read.
function runBulk(native, op, input, given, extra, callable) {
  return settle(() => {
    const read = options(given, ['wait', 'pollIntervalMs', 'onProgress', ...extra], callable);
    return native.bulk(op, input(read), bulkOptions(read));
  });
}

// client.bulk: any amount of input split into the fewest activities, polled until each ends
// (unless wait is false), answered as one outcome whose value lists every activity.
class Bulk {
  #native;
  constructor(client) {
    this.#native = client;
  }
  #run(op, input, given, extra = []) {
    return runBulk(this.#native, op, input, given, extra, `bulk.${op}`);
  }
  importContacts(rows, given) {
    return this.#run('importContacts', (read) => ({
      import_data: rows,
      list_ids: read.lists,
      sms_permission_to_send: read.smsPermissionToSend,
    }), given, ['lists', 'smsPermissionToSend']);
  }
  importFile(csv, given) {
    return this.#run('importFile', (read) => ({
      csv,
      list_ids: read.lists,
      file_name: read.fileName,
      sms_permission_to_send: read.smsPermissionToSend,
    }), given, ['lists', 'fileName', 'smsPermissionToSend']);
  }
  addToLists(source, given) {
    return this.#run('addToLists', ({ lists, exclude }) => ({ source, list_ids: lists, exclude }), given,
      ['lists', 'exclude']);
  }
  removeFromLists(source, given) {
    return this.#run('removeFromLists', ({ lists, exclude }) => ({ source, list_ids: lists, exclude }), given,
      ['lists', 'exclude']);
  }
  deleteContacts(input, given) {
    return this.#run('deleteContacts', () => input, given);
  }
  deleteLists(lists, given) {
    return this.#run('deleteLists', () => ({ list_ids: lists }), given);
  }
  exportContacts(query, given) {
    return this.#run('exportContacts', () => query ?? {}, given);
  }
  downloadExport(activityId) {
    return settle(() => this.#native.bulk('downloadExport', activityId));
  }
  wait(activityIds, given) {
    return this.#run('wait', () => activityIds, given);
  }
}

class Tags {
  #native;
  constructor(client) {
    this.#native = client;
  }
  create(tag) {
    return settle(() => this.#native.tagsCreate(tag));
  }
  get(tagId, getOptions) {
    return settle(() => {
      const { includeCount } = options(getOptions, ['includeCount'], 'tags.get');
      return this.#native.tagsGet(tagId, includeCount);
    });
  }
  list(query) {
    return settle(() => this.#native.tagsList(query));
  }
  pages(query) {
    return pages(this.#native.tagsPages(query));
  }
  iter(query) {
    return items(this.#native.tagsPages(query));
  }
  update(tagId, tag) {
    return settle(() => this.#native.tagsUpdate(tagId, tag));
  }
  remove(tagId) {
    return settle(() => this.#native.tagsRemove(tagId));
  }
  // The tag bulk activities, split and waited for as client.bulk's operations.
  addToContacts(source, given) {
    return runBulk(this.#native, 'tagsAddToContacts', ({ tags, exclude }) => ({ source, tag_ids: tags, exclude }),
      given, ['tags', 'exclude'], 'tags.addToContacts');
  }
  removeFromContacts(source, given) {
    return runBulk(this.#native, 'tagsRemoveFromContacts',
      ({ tags, exclude }) => ({ source, tag_ids: tags, exclude }), given, ['tags', 'exclude'],
      'tags.removeFromContacts');
  }
  deleteMany(tags, given) {
    return runBulk(this.#native, 'tagsDeleteMany', () => ({ tag_ids: tags }), given, [], 'tags.deleteMany');
  }
}

class CustomFields {
  #native;
  constructor(client) {
    this.#native = client;
  }
  create(customField) {
    return settle(() => this.#native.customFieldsCreate(customField));
  }
  get(customFieldId) {
    return settle(() => this.#native.customFieldsGet(customFieldId));
  }
  list(query) {
    return settle(() => this.#native.customFieldsList(query));
  }
  pages(query) {
    return pages(this.#native.customFieldsPages(query));
  }
  iter(query) {
    return items(this.#native.customFieldsPages(query));
  }
  update(customFieldId, customField) {
    return settle(() => this.#native.customFieldsUpdate(customFieldId, customField));
  }
  remove(customFieldId) {
    return settle(() => this.#native.customFieldsRemove(customFieldId));
  }
}

// The v3 client: new Client({ accessToken, baseUrl?, timeoutMs?, connectTimeoutMs?, caBundle?,
// maxResponseBytes?, allowInsecureHttp?, maxConnections?, retry?: { maxAttempts, baseDelayMs,
// maxDelayMs }, rateLimit?: { perSecond, burst }, rateLimiter?, log?: (level, message) => ...,
// logLevel? }), or managedTokens: { tokens, oauth: { clientId, clientSecret?, tokenUrl? }, store?,
// refreshMarginS? } in place of accessToken: the client refreshes its tokens itself.
class Client {
  #native;
  constructor(clientOptions) {
    this.#native = new native.Client(withHiddenStoredTokens(clientOptions));
    this.contacts = new Contacts(this.#native);
    this.lists = new Lists(this.#native);
    this.activities = new Activities(this.#native);
    this.tags = new Tags(this.#native);
    this.customFields = new CustomFields(this.#native);
    this.bulk = new Bulk(this.#native);
  }
  // The delivery: adds the lead to the list and reads the contact back for the append fields.
  // deliveryOptions: { failOnDuplicate, customFieldIds }.
  addContactToList(listId, lead, deliveryOptions) {
    return settle(() => this.#native.addContactToList(listId, lead, deliveryOptions));
  }
  // Settles every call in flight with an error outcome; later calls reject with a TypeError.
  close() {
    this.#native.close();
  }
  // The base URL without any password it was given with.
  get baseUrl() {
    return this.#native.baseUrl;
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
  // One token bucket for the clients of one API key: new RateLimiter({ perSecond, burst }).
  RateLimiter: native.RateLimiter,
  oauth,
  version: native.version,
};
