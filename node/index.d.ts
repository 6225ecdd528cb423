// The API of ctct for Node. The models (Contact, Lead, Outcome<T>, ...) are generated from the
// C++ descriptions into models.d.ts, and the group classes (Contacts, ..., Bulk) with their
// options from the operations registry into operations.d.ts.
import type * as models from './models';
import type { BulkProgress, DeviceAuthorization, Outcome, Page, Tokens } from './models';
import type {
  AddContactToListOptions,
  BulkAddToListsOptions,
  BulkImportContactsOptions,
  ClientOperations,
  OAuthClientExchangeCodeOptions,
  OAuthClientOperations,
  OAuthClientStartDeviceOptions,
  TagsAddToContactsOptions,
  V2ClientAddContactToListOptions,
  V2ClientOperations,
} from './operations';

export * from './models';
export * from './operations';

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

/** A client-side token bucket; Constant Contact allows 4 requests a second and 10,000 a day per API key. */
export interface RateLimit {
  /** default 4; 0 turns the limit off */
  perSecond?: number;
  /** requests the bucket holds; default 1 (sends evenly) */
  burst?: number;
  /** requests a UTC day for all clients of the key, then calls end unsent until 00:00 UTC; default 0: no count */
  perDay?: number;
  /** @deprecated write perSecond */
  per_second?: number;
}

/** One token bucket and daily count; clients of one API key share one by default (option rateLimiter: your own sharing). */
export declare class RateLimiter {
  constructor(limit?: RateLimit);
  readonly limit: { perSecond: number; burst: number; perDay: number };
  /** @deprecated read limit.perSecond */
  readonly per_second: number;
  /** @deprecated read limit.burst */
  readonly burst: number;
}

/** I/O loops (threads with their connection pools) shared by the clients given it (option engine).
 * Clients given none share the process-wide engine of one loop. A loop starts with its first
 * client and ends with its last. */
export declare class Engine {
  /** threads: loops per set of transport options, 1 to 64 (default 1); clients are spread over them in turn */
  constructor(options?: { threads?: number });
  readonly threads: number;
  /** the loops running now, each with its thread */
  readonly liveLoops: number;
}

/** What every request goes through, shared by both clients. */
export interface PolicyOptions {
  retry?: RetryOptions;
  /** the limit of the limiter the clients of the API key share, when no rateLimiter is given */
  rateLimit?: RateLimit;
  /** @deprecated write rateLimit */
  rate_limit?: RateLimit;
  /** a limiter of your own choosing, in place of the API key's shared one */
  /** or the URL of a Redis server (redis://host:port/db?..., unix:///path?...) through which every
   * process using the API key shares one pace and daily count (README "One API key, many processes") */
  rateLimiter?: RateLimiter | string;
  /** receives requests, retries, refreshes and rate-limit waits; never a secret */
  log?: (level: LogLevel, message: string) => void;
  /** the lowest level passed to log; default 'info' */
  logLevel?: LogLevel;
  /** the I/O loops to run on; default the process-wide engine */
  engine?: Engine;
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
export type ClientId =
  | { clientId: string; client_id?: undefined }
  | {
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
  /**
   * a Redis server shared by every process holding these tokens (redis://[:password@]host[:port][/db]
   * or unix:///path): one refresh across all of them, the others adopt its pair; no refresh while
   * Redis cannot be reached. Redis holds the pair: protect it
   */
  sharedStore?: string;
  /** which chain of tokens of the client id (one per authorized account), the same in every process */
  chain?: string;
}

interface ClientOptionsBase extends HttpOptions, PolicyOptions {
  /** default https://api.cc.email/v3 */
  baseUrl?: string;
  /**
   * the application's client id: clients of one key share one rate limiter and daily count;
   * default the managed tokens' clientId, else the access token's cid claim
   */
  apiKey?: string;
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
  constructor(outcome: Outcome<Page<unknown>>);
  readonly outcome: Outcome<Page<unknown>>;
}
/** iter() at a page whose outcome is 'failure': the API refused the request. */
export declare class FailureError extends PageError {}
/** iter() at a page whose outcome is 'error': the request could not complete. */
export declare class IncompleteError extends PageError {}

/** How a bulk operation runs: keys of the options object of every bulk operation. */
export interface BulkOptions {
  /** false: answer once every activity is started; default true (poll until each ends) */
  wait?: boolean;
  /** between rounds of polls; default 1000 */
  pollIntervalMs?: number;
  /** called on the JS thread after each poll, before the Promise settles; what it throws
   * becomes a process warning (CtctProgressWarning) and the operation carries on */
  onProgress?: (progress: BulkProgress) => void;
}

/** How the delivery adds a lead: the options of addContactToList. */
export type DeliveryOptions = AddContactToListOptions;
/** @deprecated the options of bulk.importContacts: BulkImportContactsOptions */
export type ImportOptions = BulkImportContactsOptions;
/** @deprecated the options of bulk.addToLists: BulkAddToListsOptions */
export type MembershipOptions = BulkAddToListsOptions;
/** @deprecated the options of tags.addToContacts: TagsAddToContactsOptions */
export type TaggingOptions = TagsAddToContactsOptions;

/** The v3 client. Promises reject only for programmer errors (a TypeError naming the argument).
 * Its groups and its own operations (addContactToList) are ClientOperations (operations.d.ts). */
export interface Client extends ClientOperations {}
export declare class Client {
  constructor(options: ClientOptions);
  /** Settles every call in flight with an error outcome; later calls reject with a TypeError. */
  close(): void;
  /** The base URL without any password it was given with. */
  readonly baseUrl: string;
}

export interface LeadQueueOptions {
  /** Leads per batch, 1 to 40,000; default 500. */
  maxLeads?: number;
  /** The longest a lead waits for its batch to fill, 0 to 3,600,000; default 1000. */
  maxWaitMs?: number;
  /** Between polls of a batch's import activity, 1 to 60,000; default 1000. */
  pollIntervalMs?: number;
}

/** The delivery in batches: each lead submitted is answered with its own outcome, while the
 * leads of each list go together (maxLeads, or after maxWaitMs) as one JSON import and one listing. */
export declare class LeadQueue {
  constructor(client: Client, options?: LeadQueueOptions);
  /** The same lead, list id and options as addContactToList; the lead's own outcome. */
  submit(lead: models.Lead, listId: string, options?: AddContactToListOptions): Promise<models.DeliveryOutcome>;
  /** Sends every queued batch; settles once every lead submitted so far is answered. */
  flush(): Promise<void>;
  /** Refuses new leads, then flush(): nothing queued is dropped. */
  close(): Promise<void>;
}

export interface V2ClientOptions extends HttpOptions, PolicyOptions {
  apiKey: string;
  accessToken: string;
  /** default https://api.constantcontact.com/v2 */
  baseUrl?: string;
}

/** Who the v2 API records as adding the contact. */
export type ActionBy = 'owner' | 'visitor';

/** @deprecated the options of v2.Client.addContactToList: V2ClientAddContactToListOptions */
export type V2AddOptions = V2ClientAddContactToListOptions;

export declare namespace v2 {
  type EmailAddress = models.v2.EmailAddress;
  type ListRef = models.v2.ListRef;
  type Address = models.v2.Address;
  type Contact = models.v2.Contact;
  type ContactList = models.v2.ContactList;

  /** The legacy v2 client, for users who still hold a v2 API key. Its operations are
   * V2ClientOperations (operations.d.ts). */
  interface Client extends V2ClientOperations {}
  class Client {
    constructor(options: V2ClientOptions);
    close(): void;
    /** The base URL without any password it was given with. */
    readonly baseUrl: string;
  }
}

/** OAuth 2.0 with Constant Contact: authorization URL, code exchange, refresh, device flow. */
export declare namespace oauth {
  type AuthorizationRequest = ClientId & {
    redirectUri?: string;
    /** default ['account_read', 'contact_data', 'offline_access'] (offline_access: a refresh token) */
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
  type OAuthClientOptions = HttpOptions &
    OAuthOptions & {
      deviceUrl?: string;
      /** @deprecated write deviceUrl */
      device_url?: string;
    };
  /** The URL to send the user to; a TypeError when clientId, redirectUri or state is missing. */
  function authorizationUrl(request: AuthorizationRequest): string;
  /** PKCE S256: keep code_verifier until the code exchange; send code_challenge. */
  function makePkce(): { code_verifier: string; code_challenge: string };
  function makeState(): string;

  /** Talks to the token endpoint. Its operations are OAuthClientOperations (operations.d.ts). */
  interface OAuthClient extends OAuthClientOperations {}
  class OAuthClient {
    constructor(options: OAuthClientOptions);
    exchangeCode(code: string, redirectUri: string, options?: OAuthClientExchangeCodeOptions): Promise<Outcome<Tokens>>;
    /** @deprecated give the options object: exchangeCode(code, redirectUri, { codeVerifier }) */
    exchangeCode(code: string, redirectUri: string, codeVerifier: string): Promise<Outcome<Tokens>>;
    startDevice(options?: OAuthClientStartDeviceOptions): Promise<Outcome<DeviceAuthorization>>;
    /** @deprecated give the options object: startDevice({ scopes }) */
    startDevice(scopes: string[]): Promise<Outcome<DeviceAuthorization>>;
    close(): void;
    /** The token endpoint without any password it was given with. */
    readonly tokenUrl: string;
  }
}
