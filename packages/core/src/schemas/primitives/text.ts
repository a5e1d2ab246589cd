import * as z from 'zod/mini';
import { LINE_PATTERN, PARAGRAPH_PATTERN } from '../../rules/text-characters.js';
import { rule } from './rule.js';

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
