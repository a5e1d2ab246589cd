import * as z from 'zod/mini';

/**
 * Characters never allowed in names and titles: C0 and C1 controls and the Unicode line and
 * paragraph separators (line breaks, all of them), and
 * the Unicode bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * which can make a name display as something else ("Trojan Source" spoofing).
 * Ordinary right-to-left text such as Arabic needs none of them.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Long text may contain line breaks and tabs, nothing else from that set. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// The same rules as JSON Schema patterns, for validators other than Parley's.
const LINE_PATTERN = String.raw`^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$`;
const TEXT_PATTERN = String.raw`^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$`;

function describeCodePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function rejectCharacters(pattern: RegExp) {
  return z.superRefine<string>((value, ctx) => {
    const match = pattern.exec(value);
    if (match)
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { parley: 'forbidden_character' },
        message: `Contains the invisible control character ${describeCodePoint(match[0])} at position ${match.index + 1}; remove it.`,
      });
  });
}

/**
 * A one-line text such as a name or a title: not empty, at most `max` characters, no control
 * or bidi-override characters (they are rejected, not stripped, so data never changes silently).
 */
export function line(max = 300) {
  return z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(max),
      rejectCharacters(FORBIDDEN_IN_LINE),
      z.meta({ pattern: LINE_PATTERN }),
    );
}

/** A paragraph such as a summary: line breaks allowed, at most `max` characters. */
export function paragraph(max = 5000) {
  return z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(max),
      rejectCharacters(FORBIDDEN_IN_TEXT),
      z.meta({ pattern: TEXT_PATTERN }),
    );
}
