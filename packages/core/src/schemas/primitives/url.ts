import * as z from 'zod/mini';
import { HTTP_URL_START } from '../../rules/http-url.js';
import { rule } from './rule.js';

/**
 * An absolute http: or https: URL. Everything else is refused: `javascript:`, `data:`,
 * `vbscript:`, `file:`, protocol-relative `//host` and relative URLs, since links from data
 * end up in readers' browsers.
 */
export const HttpUrlSchema = z.string().check(
  z.maxLength(2000),
  // For other validators; Parley's parser also checks the whole URL parses.
  z.meta({ pattern: HTTP_URL_START.source, format: 'uri' }),
  rule('httpUrl'),
);
