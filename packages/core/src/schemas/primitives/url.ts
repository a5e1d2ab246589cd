import * as z from 'zod/mini';

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
    let protocol: string | undefined;
    try {
      protocol = new URL(value).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:')
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { parley: 'invalid_url' },
        message: 'Expected an absolute http:// or https:// URL, e.g. "https://www.bbc.co.uk/news".',
      });
  }),
);
