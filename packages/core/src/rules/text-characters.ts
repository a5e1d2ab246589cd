import type { Rule } from './rule.js';

/**
 * Characters never allowed in names and titles: C0 and C1 controls and the Unicode line and
 * paragraph separators (line breaks, all of them), and
 * the Unicode bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * which can make a name display as something else ("Trojan Source" spoofing).
 * Ordinary right-to-left text such as Arabic needs none of them.
 */
const FORBIDDEN_IN_LINE = String.raw`\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
/** Long text may contain line breaks and tabs, nothing else from that set. */
const FORBIDDEN_IN_PARAGRAPH = String.raw`\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069`;

/** The same sets as JSON Schema patterns for a whole value, for validators other than Parley's. */
export const LINE_PATTERN = `^[^${FORBIDDEN_IN_LINE}]*$`;
export const PARAGRAPH_PATTERN = `^[^${FORBIDDEN_IN_PARAGRAPH}]*$`;

function refuse(characters: string): Rule<string> {
  const pattern = new RegExp(`[${characters}]`);
  return (value, report) => {
    const match = pattern.exec(value);
    if (match)
      report({ code: 'forbidden_character', received: match[0], params: { position: match.index + 1 } });
  };
}

/** One-line text refuses every control character; they are refused, not stripped, so data never changes silently. */
export const lineCharacters: Rule<string> = refuse(FORBIDDEN_IN_LINE);

/** Paragraphs may hold line breaks and tabs, but no other control or bidi-override character. */
export const paragraphCharacters: Rule<string> = refuse(FORBIDDEN_IN_PARAGRAPH);
