import * as z from 'zod/mini';
import { rule } from './rule.js';

// The rules of rules/text-characters.ts as JSON Schema patterns, for validators other than Parley's.
const LINE_PATTERN = String.raw`^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$`;
const PARAGRAPH_PATTERN = String.raw`^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$`;

/**
 * A one-line text such as a name or a title: not empty, at most `max` characters, no control
 * or bidi-override characters (they are rejected, not stripped, so data never changes silently).
 */
export function line(max = 300) {
  return z
    .string()
    .check(z.minLength(1), z.maxLength(max), rule('lineCharacters'), z.meta({ pattern: LINE_PATTERN }));
}

/** A paragraph such as a summary: line breaks allowed, at most `max` characters. */
export function paragraph(max = 5000) {
  return z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(max),
      rule('paragraphCharacters'),
      z.meta({ pattern: PARAGRAPH_PATTERN }),
    );
}
