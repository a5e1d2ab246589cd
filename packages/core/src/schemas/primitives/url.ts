import * as z from 'zod/mini';
import { _describeReceived } from '../../internal/_describe-received.js';

/** Scheme, `//`, and a host with no white space: what a link must start with before URL parsing. */
const HTTP_START = /^https?:\/\/[^\s/?#\\]+/;

/**
 * An absolute http: or https: URL. Everything else is refused: `javascript:`, `data:`,
 * `vbscript:`, `file:`, protocol-relative `//host` and relative URLs, since links from data
 * end up in readers' browsers.
 */
export const HttpUrlSchema = z.string().check(
  z.maxLength(2000),
  // For other validators; Parley's parser also checks the whole URL parses.
  z.meta({ pattern: '^https?://[^/?#\\s]+', format: 'uri' }),
  z.superRefine((value, ctx) => {
    // The text itself must read as an http(s) link, not just parse as one: browsers' URL parsing
    // forgives "https:host" and stray white space, which a reader's link should not need.
    let parses: boolean;
    try {
      parses =
        HTTP_START.test(value) && !/\s/.test(value) && ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      parses = false;
    }
    if (!parses)
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { parley: 'invalid_url' },
        message: `Expected an absolute http:// or https:// URL such as "https://www.bbc.co.uk/news", received ${_describeReceived(value)}.`,
      });
  }),
);
