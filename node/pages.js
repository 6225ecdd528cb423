'use strict';
// Listings as async iterators over a native page cursor (ctct::Pages underneath).

// Thrown by iter() when a page is not a success: an item iterator has no other way to say
// the listing stopped short. pages() yields that outcome instead and never throws. The class
// follows the outcome: FailureError for 'failure' (the API refused the request), IncompleteError
// for 'error' (the request could not complete), the names Python's iter() raises too.
class PageError extends Error {
  constructor(outcome) {
    super(`the listing stopped at a page that did not succeed: ${outcome.reason}`);
    this.name = new.target.name;
    this.outcome = outcome;
  }
}
class FailureError extends PageError {}
class IncompleteError extends PageError {}

// Every page's outcome, up to the last page or the first that is not a success.
async function* pages(cursor) {
  for (;;) {
    const page = await cursor.next();
    if (page === null) return;
    yield page;
  }
}

// Every item of every page. Nothing here holds an item once it is yielded, nor a page once its
// items are taken: what the caller drops dies young, so V8 never sees a page's objects survive
// and grow its young generation, and iterating stays flat in memory however long it runs.
async function* items(cursor) {
  for (;;) {
    let page = await cursor.next();
    if (page === null) return;
    if (page.outcome === 'failure') throw new FailureError(page);
    if (page.outcome !== 'success') throw new IncompleteError(page);
    const list = page.value.items ?? []; // an empty page leaves its items out, as to_json does
    page = null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      list[i] = undefined;
      yield item;
    }
  }
}

module.exports = { PageError, FailureError, IncompleteError, pages, items };
