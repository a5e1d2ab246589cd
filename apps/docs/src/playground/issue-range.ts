import type { Text } from '@codemirror/state';

/**
 * The range of the token a Parley issue points at, in a CodeMirror document: from its 1-based
 * line and column to the end of the string, number, word or key there (at least one character).
 * An issue with no position (the whole document) covers the first line.
 */
export function issueRange(
  doc: Text,
  line: number | undefined,
  column: number | undefined,
): { from: number; to: number } {
  if (line === undefined || line < 1 || line > doc.lines) {
    const first = doc.line(1);
    return { from: first.from, to: Math.max(first.to, first.from + 1) };
  }
  const at = doc.line(line);
  const from = Math.min(at.from + Math.max(0, (column ?? 1) - 1), at.to);
  const rest = doc.sliceString(from, at.to);
  let length: number;
  if (rest.startsWith('"') || rest.startsWith("'")) {
    // A quoted string: up to its closing quote, skipping escapes.
    const quote = rest[0]!;
    let index = 1;
    while (index < rest.length && rest[index] !== quote) index += rest[index] === '\\' ? 2 : 1;
    length = Math.min(index + 1, rest.length);
  } else {
    // A bare word, number or YAML scalar: up to the next separator.
    const match = /^[^,\]}\s:#]+/.exec(rest);
    length = match ? match[0].length : 1;
  }
  return { from, to: Math.min(Math.max(from + length, from + 1), doc.length) };
}
