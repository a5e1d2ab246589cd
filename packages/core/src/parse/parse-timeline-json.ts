import type { ParleyIssueCode, _IssueData } from '../errors/issue.js';
import {
  _localizeResult,
  _toChecked,
  type _CheckedTimeline,
  type SafeParseTimelineResult,
} from './parse-timeline.js';
import { _finishSteps, _validateTimelineInSteps } from '../validation/validate-timeline.js';
import { _resolveOptions, type ParseOptions } from './options.js';
import type { Timeline } from '../schemas/timeline.js';
import { LineCounter, parseJson, type JsonPositions, type JsonSyntaxIssue } from './json/index.js';
import { parseNatively } from './json/native-parse.js';

/**
 * @internal What reading JSON text strictly takes: the strict reader, which says what is wrong and
 * where, and the line counter that places issues. Passed in rather than imported where the
 * timeline is checked, so that @parley/widget's script tag can leave both to a file it loads only
 * when it needs them (see `_checkTimelineJsonWithInSteps`).
 */
export interface _JsonReading {
  readonly parseJson: typeof parseJson;
  readonly LineCounter: typeof LineCounter;
}

/** @internal The strict reader and the line counter, for `_checkTimelineJsonWithInSteps`. */
export const _jsonReading: _JsonReading = { parseJson, LineCounter };

/** JSON-level limits; the schema bounds every field more tightly, these bound the work before it runs. */
const JSON_LIMITS = { maxStringLength: 100_000, maxArrayLength: 100_001, maxKeys: 1_000 };

const SYNTAX_CODES: Record<JsonSyntaxIssue['code'], ParleyIssueCode> = {
  syntax: 'syntax',
  too_deep: 'too_deep',
  too_big: 'too_big',
  duplicate_key: 'duplicate_key',
  forbidden_key: 'forbidden_key',
};

function locate<T extends _IssueData<string>>(
  issue: T,
  positions: JsonPositions,
  lines: LineCounter,
): T & { offset: number } {
  // An unknown field or a bad map key is best shown at its name; anything else at its value.
  const atKey = issue.code === 'unrecognized_key' || issue.code === 'invalid_key';
  const [start, end] = positions.rangeOf(issue.path, atKey) ?? [0, 0];
  const located = { ...issue, ...lines.linePos(start), range: [start, end] as [number, number] };
  return { ...located, offset: start };
}

function bySourceOrder<T extends { offset: number }>(items: T[]): Omit<T, 'offset'>[] {
  // Array.prototype.sort is stable: issues at the same place keep the parser's order.
  return items.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...rest }) => rest);
}

/**
 * @internal Validates like `safeParseTimelineJson`, but leaves the issues unworded (no
 * `message` or `hint`): for @parley/widget; word them with `localizeIssues`.
 */
export function _checkTimelineJson(text: string, options?: ParseOptions): _CheckedTimeline {
  return _finishSteps(_checkTimelineJsonInSteps(text, Infinity, options));
}

/**
 * @internal `_checkTimelineJson` in steps: the text is read in the first, then the events are
 * validated `itemsPerStep` at a time (see `_validateTimelineInSteps`); for @parley/widget.
 */
export function _checkTimelineJsonInSteps(
  text: string,
  itemsPerStep: number,
  options?: ParseOptions,
): Generator<void, _CheckedTimeline, void> {
  return _checkTimelineJsonWithInSteps(_jsonReading, text, itemsPerStep, options) as Generator<
    void,
    _CheckedTimeline,
    void
  >;
}

/**
 * @internal `_checkTimelineJsonInSteps` with the strict reader passed in, or without it. Without
 * it, the text is read only by `JSON.parse` and the walk that vouches for it (see
 * `parseNatively`), and the result is undefined wherever the strict reader is needed: a text
 * that walk cannot vouch for, or a timeline with issues, which need their line and column.
 * Warnings then come without positions. @parley/widget's script tag checks this way first and
 * loads the strict reader only when the answer is undefined.
 */
export function* _checkTimelineJsonWithInSteps(
  reading: _JsonReading | undefined,
  text: string,
  itemsPerStep: number,
  options?: ParseOptions,
): Generator<void, _CheckedTimeline | undefined, void> {
  const limits = _resolveOptions(options);
  if (typeof text !== 'string')
    return refused({ code: 'invalid_type', path: [], expected: 'json_text', received: text });
  if (text.length > limits.maxLength)
    return refused({
      code: 'too_big',
      path: [],
      origin: 'text',
      limit: limits.maxLength,
      received: text.length,
    });

  const jsonLimits = { maxDepth: limits.maxDepth, ...JSON_LIMITS };
  let parsed: ReturnType<typeof parseJson> | { ok: true; value: unknown; positions?: undefined };
  if (reading) parsed = reading.parseJson(text, jsonLimits);
  else {
    const native = parseNatively(text, jsonLimits);
    if (!native) return undefined;
    parsed = { ok: true, value: native.value };
  }
  // Line starts are only needed to report something, so a clean document never scans for them.
  let counter: LineCounter | undefined;
  const lines = () => (counter ??= new reading!.LineCounter(text));
  if (!parsed.ok) {
    const { code, offset, ...data } = parsed.issue;
    const range: [number, number] = [offset, Math.min(offset + 1, text.length)];
    return refused({ ...data, code: SYNTAX_CODES[code], ...lines().linePos(offset), range });
  }

  const collected = yield* _validateTimelineInSteps(parsed.value, limits.maxValues, itemsPerStep);
  const { positions } = parsed;
  if (!positions) return collected.issues.length ? undefined : _toChecked(collected, limits.maxIssues);
  const issues = bySourceOrder(collected.issues.map((issue) => locate(issue, positions, lines())));
  const warnings = bySourceOrder(collected.warnings.map((warning) => locate(warning, positions, lines())));
  return _toChecked(
    { ...(collected.data ? { data: collected.data } : {}), issues, warnings },
    limits.maxIssues,
  );
}

/**
 * Validates a timeline from JSON text and never throws. Every issue and warning carries the
 * `line` and `column` (1-based) and the `range` where it is in the text, and issues come in
 * source order.
 *
 * Hint: use `safeParseTimeline` for a value you already hold; `parseTimelineJson` to throw.
 *
 * @param text - JSON text, e.g. a file's contents or a `<script type="application/json">`'s.
 * @param options - Limits for untrusted input, and the `locale` of the messages; see
 *   `ParseOptions` (the text is refused before parsing when longer than `maxLength`).
 * @returns The same result as `safeParseTimeline`, with positions.
 * @example safeParseTimelineJson('{"id": "t",}').success //=> false (line 1, column 11: trailing comma)
 */
export function safeParseTimelineJson(text: string, options?: ParseOptions): SafeParseTimelineResult {
  return _localizeResult(_checkTimelineJson(text, options), options?.locale);
}

/** A result refused for one reason found before validation: not text, too long, not JSON. */
function refused(issue: _IssueData): _CheckedTimeline {
  return { success: false, issues: [issue], warnings: [] };
}

/**
 * Validates a timeline from JSON text and returns it typed.
 *
 * Hint: use `safeParseTimelineJson` to get the issues without a throw.
 *
 * @param text - JSON text.
 * @param options - Limits for untrusted input; see `ParseOptions`.
 * @returns The valid, typed timeline.
 * @throws {ParleyValidationError} With `issues`, each with its line and column.
 */
export function parseTimelineJson(text: string, options?: ParseOptions): Timeline {
  const result = safeParseTimelineJson(text, options);
  if (!result.success) throw result.error;
  return result.data;
}
