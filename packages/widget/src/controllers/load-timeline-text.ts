import type { ParleyIssue } from '@parley/core';

/** Codes of the problems loading a `src` URL, beside the core package's data codes. */
export type LoadIssueCode =
  'invalid_src' | 'network_error' | 'http_error' | 'timeout' | 'wrong_content_type' | 'too_large';

export interface LoadOptions {
  /** Cancels the request (the element aborts when `src` changes or it leaves the page). */
  readonly signal: AbortSignal;
  /** Give up after this many milliseconds. */
  readonly timeoutMs: number;
  /** Refuse a body larger than this many bytes. */
  readonly maxBytes: number;
  /** Base for relative URLs: the page's `document.baseURI`. */
  readonly base: string;
  /**
   * A live refresh: ask the server whether the copy the browser holds is still current
   * (`cache: 'no-cache'` sends its ETag or Last-Modified; an unchanged timeline costs a 304).
   * The browser adds those headers itself, so a cross-origin `src` needs no extra CORS preflight.
   */
  readonly revalidate?: boolean;
}

export type LoadResult =
  | { readonly ok: true; readonly text: string; readonly url: string }
  | { readonly ok: false; readonly issue: ParleyIssue<LoadIssueCode> }
  | { readonly ok: false; readonly aborted: true };

/** What `timeout` means when it is not a number of milliseconds the browser can wait. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest a browser's timer waits (2³¹ − 1 ms, about 24 days); longer would be "never" anyway. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const JSON_TYPE = /^\s*(application\/([\w.+-]+\+)?json|text\/json)\s*(;|$)/i;

const fail = (code: LoadIssueCode, message: string): LoadResult => ({
  ok: false,
  issue: { code, message, path: [] },
});

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Fetches timeline JSON from a URL the way a careful page should: http(s) only, with a timeout,
 * a size cap enforced while reading (not trusted from headers), a content-type check, and
 * messages that say what went wrong and where.
 */
export async function loadTimelineText(src: string, options: LoadOptions): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, options.base);
  } catch {
    return fail('invalid_src', `The src ${JSON.stringify(src)} is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(
      'invalid_src',
      `Only http: and https: URLs can be loaded, received ${JSON.stringify(url.protocol)}.`,
    );

  // Stop when the element says so (src changed, card left the page) or at the timeout. The
  // timeout is the browser's own, not a page timer: it needs no clean-up, and a page that fakes
  // or throttles its timers cannot time a request out early. A timeout that is no number of
  // milliseconds (`timeout="soon"`, -1) is the default's; a browser without AbortSignal.any
  // (Firefox before 124, Safari before 17.4) waits as long as the network does.
  const timeoutMs =
    options.timeoutMs >= 0 && options.timeoutMs <= MAX_TIMEOUT_MS ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.any?.([options.signal, AbortSignal.timeout(timeoutMs)]) ?? options.signal;
  try {
    const response = await fetch(url, {
      signal,
      headers: { accept: 'application/json' },
      cache: options.revalidate ? 'no-cache' : 'default',
    });
    if (!response.ok)
      return fail(
        'http_error',
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.href}.`,
      );
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type))
      return fail(
        'wrong_content_type',
        `Expected JSON (application/json) from ${url.href}, but the server sent ${type ? JSON.stringify(type) : 'no content type'}.`,
      );
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const tooLarge = () =>
      fail(
        'too_large',
        `The timeline at ${url.href} is larger than ${options.maxBytes} bytes (the max-bytes limit).`,
      );
    if (declared > options.maxBytes) return tooLarge();
    const body = await readCapped(response, options.maxBytes);
    if (!body) return tooLarge();
    return { ok: true, text: new TextDecoder().decode(body), url: url.href };
  } catch {
    if (options.signal.aborted) return { ok: false, aborted: true };
    if (signal.aborted) return fail('timeout', `No answer from ${url.href} within ${timeoutMs / 1000} s.`);
    return fail(
      'network_error',
      `Could not load ${url.href}: the request failed (offline, or refused by the server, by CORS, or by the page's Content-Security-Policy).`,
    );
  }
}
