import type { Rule } from './rule.js';

/**
 * Scheme, `//`, and a host with no white space: what a link must start with before URL parsing.
 * The JSON Schema's `pattern` for links is this expression too, for validators other than Parley's.
 */
export const HTTP_URL_START = /^https?:\/\/[^\s/?#\\]+/;
const WHITE_SPACE = /\s/;

/** Whether a link is an absolute http(s) URL that parses: the only links Parley lets through. */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_START.test(value) || WHITE_SPACE.test(value)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * An absolute http: or https: URL. Everything else is refused: `javascript:`, `data:`,
 * `vbscript:`, `file:`, protocol-relative `//host` and relative URLs, since links from data
 * end up in readers' browsers.
 */
export const httpUrl: Rule<string> = (value, report) => {
  if (!isHttpUrl(value)) report({ code: 'invalid_url', received: value });
};
