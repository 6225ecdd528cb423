// The API of ctct for Node. The models (Contact, Lead, Outcome<T>, ...) are generated from the
// C++ descriptions into models.d.ts.
import type * as models from './models';
import type {
  Activity,
  ActivityQuery,
  BulkProgress,
  BulkResult,
  ContactDelete,
  ContactExport,
  ExcludeContacts,
  ExportFile,
  ImportContact,
  MembershipSource,
  Contact,
  ContactList,
  ContactQuery,
  ContactSignUp,
  ContactsCounts,
  CustomField,
  CustomFieldQuery,
  DeliveryOutcome,
  Empty,
  Lead,
  ListQuery,
  Outcome,
  Page,
  SignUpResult,
  Tag,
  TagQuery,
  TagSource,
  Tokens,
  DeviceAuthorization,
} from './models';

export * from './models';

export declare const version: string;

/** Options of the HTTP transport, shared by both clients. */
export interface HttpOptions {
  /** whole request, connect included; default 30000 */
  timeoutMs?: number;
  /** default 10000 */
  connectTimeoutMs?: number;
  /** CA bundle file; default: SSL_CERT_FILE, then CURL_CA_BUNDLE, then the system's */
  caBundle?: string;
  /** larger bodies are an error outcome; default 64 MiB */
  maxResponseBytes?: number;
  /** plain http:// to a host that is not loopback is refused unless true; default false */
  allowInsecureHttp?: boolean;
  /** requests sent at once, each on its own kept-alive connection (1-256); more wait in the
   * client's queue; default 8 */
  maxConnections?: number;
}

/** Retries of requests safe to repeat (GET, PUT, DELETE, sign-up form) after 429, 500, 502,
 * 503, 504, a failed connection or a timeout, with exponential backoff and full jitter. */
export interface RetryOptions {
  /** requests sent at most, the first included; 1 disables retries; default 4 */
  maxAttempts?: number;
  /** default 500 */
  baseDelayMs?: number;
  /** the longest wait; a longer Retry-After ends the retries; default 30000 */
  maxDelayMs?: number;
  /** @deprecated write maxAttempts */
  max_attempts?: number;
  /** @deprecated write baseDelayMs */
  base_delay_ms?: number;
  /** @deprecated write maxDelayMs */
  max_delay_ms?: number;
}

/** A client-side token bucket; Constant Contact allows 4 requests a second per API key. */
export interface RateLimit {
  /** default 4; 0 turns the limit off */
  perSecond?: number;
  /** requests the bucket holds; default 1 (sends evenly) */
  burst?: number;
  /** @deprecated write perSecond */
  per_second?: number;
}

/** One token bucket: give the same one to every client of one API key (option rateLimiter). */
export declare class RateLimiter {
  constructor(limit?: RateLimit);
  readonly limit: { perSecond: number; burst: number };
  /** @deprecated read limit.perSecond */
  readonly per_second: number;
  /** @deprecated read limit.burst */
  readonly burst: number;
}

/** What every request goes through, shared by both clients. */
export interface PolicyOptions {
  retry?: RetryOptions;
  /** this client's own limit, when no rateLimiter is given */
  rateLimit?: RateLimit;
  /** @deprecated write rateLimit */
  rate_limit?: RateLimit;
  /** a limiter shared with other clients of the same API key */
  rateLimiter?: RateLimiter;
  /** receives requests, retries, refreshes and rate-limit waits; never a secret */
  log?: (level: LogLevel, message: string) => void;
  /** the lowest level passed to log; default 'info' */
  logLevel?: LogLevel;
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

/** Where the client refreshes its tokens. */
export type OAuthOptions = ClientId & {
  /** confidential clients; left out for public (PKCE) clients */
  clientSecret?: string;
  /** default Constant Contact's token endpoint */
  tokenUrl?: string;
  /** @deprecated write clientSecret */
  client_secret?: string;
  /** @deprecated write tokenUrl */
  token_url?: string;
};

/** clientId, or its deprecated spelling client_id. */
export type ClientId = { clientId: string; client_id?: undefined } | {
  clientId?: undefined;
  /** @deprecated write clientId */
  client_id: string;
};

/** Tokens the client keeps fresh by itself: it refreshes before the access token expires and
 * once after a 401. */
export interface ManagedTokens {
  tokens: Tokens & { access_token: string };
  oauth: OAuthOptions;
  /** receives every new pair (called on the event loop): save both, the old refresh token stops working */
  store?: (tokens: Tokens) => void;
  /** refresh this many seconds before expiry; default 300 */
  refreshMarginS?: number;
  /** @deprecated write refreshMarginS */
  refresh_margin_s?: number;
}

interface ClientOptionsBase extends HttpOptions, PolicyOptions {
  /** default https://api.cc.email/v3 */
  baseUrl?: string;
}

/** A fixed access token, or managed tokens that the client refreshes itself. */
export type ClientOptions =
  | (ClientOptionsBase & { accessToken: string; managedTokens?: undefined; managed_tokens?: undefined })
  | (ClientOptionsBase & { accessToken?: undefined; managedTokens: ManagedTokens; managed_tokens?: undefined })
  | (ClientOptionsBase & {
      accessToken?: undefined;
      managedTokens?: undefined;
      /** @deprecated write managedTokens */
      managed_tokens: ManagedTokens;
    });

/** Thrown by iter() at a page that is not a success; pages() yields that outcome instead. */
export declare class PageError extends Error {
  readonly outcome: Outcome<Page<unknown>>;
}

export declare class Contacts {
  private constructor();
  /** POST /contacts: create_source and an email address are required; 409 if it exists. */
  create(contact: Contact): Promise<Outcome<Contact>>;
  /** POST /contacts/sign_up_form: create, or update by email and add to the lists. */
  createOrUpdate(contact: ContactSignUp): Promise<Outcome<SignUpResult>>;
  get(contactId: string, options?: { include?: ContactQuery['include'] }): Promise<Outcome<Contact>>;
  /** One page of GET /contacts. */
  list(query?: ContactQuery): Promise<Outcome<Page<Contact>>>;
  /** Every page's outcome, up to the last page or the first that is not a success. */
  pages(query?: ContactQuery): AsyncGenerator<Outcome<Page<Contact>>, void, undefined>;
  /** Every contact of every page; throws a PageError at a page that is not a success. */
  iter(query?: ContactQuery): AsyncGenerator<Contact, void, undefined>;
  /** PUT /contacts/{id}: update_source required; a full update. */
  update(contactId: string, contact: Contact): Promise<Outcome<Contact>>;
  remove(contactId: string): Promise<Outcome<Empty>>;
  counts(options?: {
    includeNewSubscriber?: boolean;
    /** @deprecated write includeNewSubscriber */
    include_new_subscriber?: boolean;
  }): Promise<Outcome<ContactsCounts>>;
  resubscribe(contactId: string, listIds: string[]): Promise<Outcome<Empty>>;
}

export declare class Lists {
  private constructor();
  create(list: ContactList): Promise<Outcome<ContactList>>;
  get(listId: string): Promise<Outcome<ContactList>>;
  list(query?: ListQuery): Promise<Outcome<Page<ContactList>>>;
  pages(query?: ListQuery): AsyncGenerator<Outcome<Page<ContactList>>, void, undefined>;
  iter(query?: ListQuery): AsyncGenerator<ContactList, void, undefined>;
  update(listId: string, list: ContactList): Promise<Outcome<ContactList>>;
  /** DELETE /contact_lists/{id}: answers the activity that deletes it. */
  remove(listId: string): Promise<Outcome<Activity>>;
}

export declare class Activities {
  private constructor();
  get(activityId: string): Promise<Outcome<Activity>>;
  /** GET /activities: one page of the last 10 days' activities. */
  list(query?: ActivityQuery): Promise<Outcome<Page<Activity>>>;
}

/** How a bulk operation runs. */
export interface BulkOptions {
  /** false: answer once every activity is started; default true (poll until each ends) */
  wait?: boolean;
  /** between rounds of polls; default 1000 */
  pollIntervalMs?: number;
  /** called on the JS thread after each poll, before the Promise settles; what it throws
   * becomes a process warning (CtctProgressWarning) and the operation carries on */
  onProgress?: (progress: BulkProgress) => void;
}

/** Where imported contacts go: 1-50 lists. */
export interface ImportOptions extends BulkOptions {
  lists: string[];
  smsPermissionToSend?: 'not_set' | 'explicit';
  /** @deprecated write smsPermissionToSend */
  sms_permission_to_send?: 'not_set' | 'explicit';
}

/** The target lists of a membership change, and contacts to leave out. */
export interface MembershipOptions extends BulkOptions {
  lists: string[];
  exclude?: ExcludeContacts;
}

/** The tags a tagging activity adds or removes; exclude applies to the list_ids and
 * all_active_contacts sources. */
export interface TaggingOptions extends BulkOptions {
  tags: string[];
  exclude?: ExcludeContacts;
}

/** Bulk activities: any amount of input split into the fewest activities, polled until each
 * ends, answered as one outcome whose value lists every activity (chunks) and their totals. */
export declare class Bulk {
  private constructor();
  /** POST /activities/contacts_json_import, 40,000 rows (4 MB) per activity. */
  importContacts(rows: ImportContact[], options: ImportOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/contacts_file_import: CSV text with a header row, split by 40,000 lines. */
  importFile(
    csv: string,
    options: ImportOptions & {
      fileName?: string;
      /** @deprecated write fileName */
      file_name?: string;
    },
  ): Promise<Outcome<BulkResult>>;
  /** POST /activities/add_list_memberships: the source's contacts join the lists (at most 50). */
  addToLists(source: MembershipSource, options: MembershipOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/remove_list_memberships: the source's contacts leave the lists. */
  removeFromLists(source: MembershipSource, options: MembershipOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/contact_delete: these contacts, or every member of these lists. */
  deleteContacts(input: ContactDelete, options?: BulkOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/list_delete, 100 lists per activity. */
  deleteLists(lists: string[], options?: BulkOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/contact_exports: one CSV file per activity; fetch each with downloadExport. */
  exportContacts(query?: ContactExport, options?: BulkOptions): Promise<Outcome<BulkResult>>;
  /** GET /contact_exports/{activityId}: the CSV of a completed export. */
  downloadExport(activityId: string): Promise<Outcome<ExportFile>>;
  /** Polls activities already started until each ends. */
  wait(activityIds: string[], options?: Omit<BulkOptions, 'wait'>): Promise<Outcome<BulkResult>>;
}

export declare class Tags {
  private constructor();
  /** POST /contact_tags: name (1-255 characters) required and unique. */
  create(tag: Tag): Promise<Outcome<Tag>>;
  /** GET /contact_tags/{id}; includeCount adds contacts_count. */
  get(tagId: string, options?: {
    includeCount?: boolean;
    /** @deprecated write includeCount */
    include_count?: boolean;
  }): Promise<Outcome<Tag>>;
  list(query?: TagQuery): Promise<Outcome<Page<Tag>>>;
  pages(query?: TagQuery): AsyncGenerator<Outcome<Page<Tag>>, void, undefined>;
  iter(query?: TagQuery): AsyncGenerator<Tag, void, undefined>;
  /** PUT /contact_tags/{id}: renames the tag. */
  update(tagId: string, tag: Tag): Promise<Outcome<Tag>>;
  /** DELETE /contact_tags/{id}: answers the activity that untags the contacts and deletes it. */
  remove(tagId: string): Promise<Outcome<Activity>>;
  /** POST /activities/contacts_taggings_add: the source's contacts get the tags (split by 50
   * tags, 500 contact ids, 50 list ids), as the operations of client.bulk. */
  addToContacts(source: TagSource, options: TaggingOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/contacts_taggings_remove: the source's contacts lose the tags. */
  removeFromContacts(source: TagSource, options: TaggingOptions): Promise<Outcome<BulkResult>>;
  /** POST /activities/contacts_tags_delete: untags every contact and deletes the tags (500 per activity). */
  deleteMany(tags: string[], options?: BulkOptions): Promise<Outcome<BulkResult>>;
}

export declare class CustomFields {
  private constructor();
  /** POST /contact_custom_fields: label (<=50) and type (<=20) required. */
  create(customField: CustomField): Promise<Outcome<CustomField>>;
  get(customFieldId: string): Promise<Outcome<CustomField>>;
  list(query?: CustomFieldQuery): Promise<Outcome<Page<CustomField>>>;
  pages(query?: CustomFieldQuery): AsyncGenerator<Outcome<Page<CustomField>>, void, undefined>;
  iter(query?: CustomFieldQuery): AsyncGenerator<CustomField, void, undefined>;
  /** PUT /contact_custom_fields/{id}: sends the label and the choices. */
  update(customFieldId: string, customField: CustomField): Promise<Outcome<CustomField>>;
  /** DELETE /contact_custom_fields/{id}: contacts lose their values of it. */
  remove(customFieldId: string): Promise<Outcome<Empty>>;
}

/** The v3 client. Promises reject only for programmer errors (a TypeError naming the argument). */
export declare class Client {
  constructor(options: ClientOptions);
  readonly contacts: Contacts;
  readonly lists: Lists;
  readonly activities: Activities;
  readonly tags: Tags;
  readonly customFields: CustomFields;
  readonly bulk: Bulk;
  /** The delivery: adds the lead to the list and reads the contact back for the append fields. */
  addContactToList(listId: string, lead: Lead, options?: DeliveryOptions): Promise<DeliveryOutcome>;
  /** Settles every call in flight with an error outcome; later calls reject with a TypeError. */
  close(): void;
  /** The base URL without any password it was given with. */
  readonly baseUrl: string;
}

export interface V2ClientOptions extends HttpOptions, PolicyOptions {
  apiKey: string;
  accessToken: string;
  /** default https://api.constantcontact.com/v2 */
  baseUrl?: string;
}

/** Who the v2 API records as adding the contact. */
export type ActionBy = 'owner' | 'visitor';

/** How the delivery adds a lead. */
export interface DeliveryOptions {
  /** true: an existing contact is a failure (POST /contacts); default false: it is updated */
  failOnDuplicate?: boolean;
  /** Lead fields v3 has no place for, keyed by Lead field name: the custom field id for each */
  customFieldIds?: Record<string, string>;
  /** @deprecated write failOnDuplicate */
  fail_on_duplicate?: boolean;
  /** @deprecated write customFieldIds */
  custom_field_ids?: Record<string, string>;
}

/** Options of the v2 calls that add a contact. */
export interface V2AddOptions {
  actionBy?: ActionBy;
  /** @deprecated write actionBy */
  action_by?: ActionBy;
}

export declare namespace v2 {
  type EmailAddress = models.v2.EmailAddress;
  type ListRef = models.v2.ListRef;
  type Address = models.v2.Address;
  type Contact = models.v2.Contact;
  type ContactList = models.v2.ContactList;

  /** The legacy v2 client, for users who still hold a v2 API key. */
  class Client {
    constructor(options: V2ClientOptions);
    lists(): Promise<Outcome<ContactList[]>>;
    createContact(contact: Contact, options?: V2AddOptions): Promise<Outcome<Contact>>;
    addContactToList(listId: string, lead: Lead, options?: V2AddOptions): Promise<DeliveryOutcome>;
    close(): void;
    /** The base URL without any password it was given with. */
    readonly baseUrl: string;
  }
}

/** OAuth 2.0 with Constant Contact: authorization URL, code exchange, refresh, device flow. */
export declare namespace oauth {
  type AuthorizationRequest = ClientId & {
    redirectUri?: string;
    /** default ['contact_data', 'offline_access'] (offline_access: a refresh token) */
    scopes?: string[];
    /** required: compare it on the redirect (makeState()) */
    state: string;
    /** PKCE public clients */
    codeChallenge?: string;
    authorizeUrl?: string;
    /** @deprecated write redirectUri */
    redirect_uri?: string;
    /** @deprecated write codeChallenge */
    code_challenge?: string;
    /** @deprecated write authorizeUrl */
    authorize_url?: string;
  } & ({ redirectUri: string } | { redirect_uri: string });
  type OAuthClientOptions = HttpOptions & OAuthOptions & {
    deviceUrl?: string;
    /** @deprecated write deviceUrl */
    device_url?: string;
  };
  /** The URL to send the user to; a TypeError when clientId, redirectUri or state is missing. */
  function authorizationUrl(request: AuthorizationRequest): string;
  /** PKCE S256: keep code_verifier until the code exchange; send code_challenge. */
  function makePkce(): { code_verifier: string; code_challenge: string };
  function makeState(): string;

  class OAuthClient {
    constructor(options: OAuthClientOptions);
    exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<Outcome<Tokens>>;
    /** With rotating refresh tokens the answer holds a new one: save it. */
    refresh(refreshToken: string): Promise<Outcome<Tokens>>;
    startDevice(scopes?: string[]): Promise<Outcome<DeviceAuthorization>>;
    /** Polls at the server's interval until the user approves, denies, or the code expires. */
    pollDevice(device: DeviceAuthorization): Promise<Outcome<Tokens>>;
    close(): void;
    /** The token endpoint without any password it was given with. */
    readonly tokenUrl: string;
  }
}
