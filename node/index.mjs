// ESM entry: the same objects as the CommonJS entry (one addon, one set of classes).
import ctct from './index.js';

export const { Client, LeadQueue, v2, PageError, FailureError, IncompleteError, RateLimiter, Engine, oauth, version } =
  ctct;
export default ctct;
