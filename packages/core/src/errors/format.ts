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
