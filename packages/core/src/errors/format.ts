import type { ParleyIssue, ParleyWarning } from './issue.js';

/**
 * Writes a path as a JavaScript-like accessor, e.g. `events[2].date`.
 *
 * @param path - Keys and indexes from a `ParleyIssue`.
 * @returns The dotted path, or `(root)` for the document itself.
 * @example toDotPath(['events', 2, 'date']) //=> 'events[2].date'
 */
export function toDotPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Formats one issue as a single line: location, path, message and code.
 *
 * @example formatIssue({ code: 'invalid_type', path: ['title'], message: 'Expected a string, received a number.' })
 * //=> 'title  ✖ Expected a string, received a number. (invalid_type)'
 */
export function formatIssue(issue: ParleyIssue | ParleyWarning, file?: string): string {
  const position = issue.line === undefined ? '' : `${issue.line}:${issue.column ?? 1}`;
  const where = [file, position].filter(Boolean).join(':');
  const hint = issue.hint ? ` ${issue.hint}` : '';
  return `${where ? `${where}  ` : ''}${toDotPath(issue.path)}  ✖ ${issue.message} (${issue.code})${hint}`;
}

/**
 * Formats issues one per line, in the order given.
 *
 * @param issues - Issues from a `ParleyValidationError` or a failed `safeParseTimeline`.
 * @param file - Optional file name printed before each position.
 */
export function formatIssues(issues: readonly (ParleyIssue | ParleyWarning)[], file?: string): string {
  return issues.map((issue) => formatIssue(issue, file)).join('\n');
}

/** Widest line `formatCodeFrame` prints, gutter included. */
const FRAME_WIDTH = 80;

/**
 * Shows where an issue is in its source text: the line, with its number, and a caret under the
 * part the issue is about, cut to 80 columns around it (as the yaml package's `prettifyError` does).
 *
 * Hint: only issues from text have a place to show (`safeParseTimelineJson` and the YAML parser
 * give each a `range`, or at least `line` and `column`); for others it returns an empty string.
 *
 * @param text - The text the issue was found in.
 * @param issue - An issue or warning from parsing `text`.
 * @returns Two lines, e.g. ` 3 |   "date": "2025-02-30",` and a caret line below it.
 * @example formatCodeFrame('{"id": 5}', issue)
 * //=> ' 1 | {"id": 5}\n   |        ^'
 */
export function formatCodeFrame(text: string, issue: ParleyIssue | ParleyWarning): string {
  let start: number;
  let end: number;
  if (issue.range) [start, end] = issue.range;
  else if (issue.line !== undefined) {
    let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let line = 1; line < issue.line; line++) {
      const next = text.slice(lineStart).search(/\r\n?|\n/);
      if (next < 0) break;
      lineStart += next + (text.startsWith('\r\n', lineStart + next) ? 2 : 1);
    }
    start = lineStart + (issue.column ?? 1) - 1;
    end = start + 1;
  } else return '';
  start = Math.min(start, text.length);
  const before = text.slice(0, start);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const first = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart;
  const rest = text.slice(start).search(/[\r\n]/);
  const lineEnd = rest < 0 ? text.length : start + rest;
  const number = String(issue.line ?? before.split(/\r\n?|\n/).length);
  const gutter = `${number} | `;
  const room = FRAME_WIDTH - gutter.length - 2;
  // Keep the caret in view: start the excerpt up to half a width before it.
  const from = Math.max(first, Math.min(start - Math.floor(room / 2), lineEnd - room));
  const to = Math.min(lineEnd, from + room);
  const source = text.slice(from, to).replace(/\t/g, ' ');
  const shown = `${from > first ? '…' : ''}${source}${to < lineEnd ? '…' : ''}`;
  const caretAt = start - from + (from > first ? 1 : 0);
  const carets = Math.max(1, Math.min(end, to) - start);
  return `${gutter}${shown}\n${' '.repeat(number.length)} | ${' '.repeat(caretAt)}${'^'.repeat(carets)}`;
}
