import type { ParleyIssue, ParleyIssueCode } from '../errors/issue.js';
import type { RuleIssue } from '../rules/rule.js';
import { _closest } from '../internal/_closest.js';
import { _describeReceived } from '../internal/_describe-received.js';
import { _forbiddenKeyMessage, _isForbiddenKey } from '../internal/_forbidden-keys.js';
import { _withArticle } from '../internal/_with-article.js';
import type { References } from './references.js';

/** A key below the current path: a field name or an array index; `undefined` at the root. */
export type Key = string | number | undefined;

/** Validates one value at `run.path` + `key`, reporting into `run`. Generated code is made of these. */
export type Validator = (value: unknown, run: ValidationRun, key: Key) => void;

/** How many issues may get a "did you mean" hint; finding one compares against every candidate. */
export const MAX_HINTED = 200;

/** Thrown to stop at once when a document has more items than `maxValues` allows. */
export class TooManyValues extends Error {}

/**
 * The state of one validation: where it is, what it found. Issues that zod would treat as
 * "aborting" (a wrong type, an unknown enum value) are counted, because an object's own rules
 * run only when nothing inside it failed that way, as zod's checks do.
 */
export class ValidationRun {
  /** Keys from the root down to the value being validated. */
  readonly path: (string | number)[] = [];
  readonly issues: ParleyIssue[] = [];
  /** How many issues so far would stop an enclosing object's rules. */
  aborting = 0;
  /** Array items and map entries seen, against `maxValues`. */
  items = 0;
  /** The expected type of the latest wrong-type issue, for describing unions. */
  lastExpected = '';
  #ruleKey: Key = undefined;

  /** @param references - The document's ids; absent while trying the options of a union. */
  constructor(
    readonly maxValues: number,
    readonly references?: References,
  ) {}

  /** The path of `key` below the current one, as a new array. */
  pathTo(key: Key, ...below: readonly (string | number)[]): (string | number)[] {
    return key === undefined ? [...this.path, ...below] : [...this.path, key, ...below];
  }

  add(
    code: ParleyIssueCode,
    message: string,
    path: (string | number)[],
    hint?: string,
    aborts = false,
  ): void {
    this.issues.push(hint ? { code, message, path, hint } : { code, message, path });
    if (aborts) this.aborting++;
  }

  /** Counts `count` more items; stops the whole validation past the limit. */
  count(count: number): void {
    this.items += count;
    if (this.items > this.maxValues) throw new TooManyValues();
  }

  /** The reporter a rule gets for the value at `key`; one function for the whole run, no allocation per call. */
  reportAt(key: Key): (issue: RuleIssue) => void {
    this.#ruleKey = key;
    return this.#reportRule;
  }

  readonly #reportRule = (issue: RuleIssue): void => {
    this.add(issue.code, issue.message, this.pathTo(this.#ruleKey, ...(issue.path ?? [])), issue.hint);
  };
}

/** A JSON object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A plain object, as a map must be: not an array, a date or a class instance. Its prototype is
 * null or an `Object.prototype`, of this realm or another (an iframe's, a `vm` context's).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** Enters `key` (objects, arrays and maps do, so their children's paths include it). */
export function enter(run: ValidationRun, key: Key): void {
  if (key !== undefined) run.path.push(key);
}

export function leave(run: ValidationRun, key: Key): void {
  if (key !== undefined) run.path.pop();
}

// ---- Wording. One function per kind of problem, so every message reads the same everywhere.

const TYPE_NAMES: Record<string, string> = { int: 'whole number' };

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** "250 characters" or "3 items": the size of what was received, for length messages. */
function lengthOf(value: unknown): string {
  if (typeof value === 'string') return `${value.length} ${plural(value.length, 'character')}`;
  if (Array.isArray(value)) return `${value.length} ${plural(value.length, 'item')}`;
  return _describeReceived(value);
}

function withoutStop(message: string): string {
  return message.replace(/\.$/, '');
}

/** Wording for "a string", "a whole number or an object". */
export function describeExpected(types: readonly string[]): string {
  return [...new Set(types.map((type) => _withArticle(TYPE_NAMES[type] ?? type)))].join(' or ');
}

export function wrongType(run: ValidationRun, value: unknown, expected: string, key: Key): void {
  run.lastExpected = expected;
  const wanted = describeExpected([expected]);
  const message =
    value === undefined
      ? `Missing required field; expected ${wanted}.`
      : `Expected ${wanted}, received ${_describeReceived(value)}.`;
  run.add('invalid_type', message, run.pathTo(key), undefined, true);
}

export function notOneOf(run: ValidationRun, value: unknown, allowed: readonly unknown[], key: Key): void {
  const suggestion = typeof value === 'string' ? _closest(value, allowed.map(String)) : undefined;
  run.add(
    'invalid_value',
    `Expected one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}, received ${_describeReceived(value)}.`,
    run.pathTo(key),
    suggestion && `Did you mean "${suggestion}"?`,
    true,
  );
}

export function unknownTag(
  run: ValidationRun,
  value: unknown,
  discriminator: string,
  allowed: readonly string[],
  key: Key,
): void {
  const list = allowed.map((item) => JSON.stringify(item)).join(', ');
  const message =
    value === undefined
      ? `Missing "${discriminator}"; expected one of ${list}.`
      : `Unknown ${discriminator} ${_describeReceived(value)}; expected one of ${list}.`;
  const suggestion = typeof value === 'string' ? _closest(value, allowed) : undefined;
  run.add(
    'unknown_type',
    message,
    run.pathTo(key, discriminator),
    suggestion && `Did you mean "${suggestion}"?`,
    true,
  );
}

/** A key the object's schema does not know; the object's path is already entered. */
export function unknownKey(run: ValidationRun, name: string, known: readonly string[]): void {
  if (_isForbiddenKey(name)) return forbiddenKey(run, name);
  // Past the first few hundred, a hint is never read and finding it only costs time.
  const suggestion = run.issues.length < MAX_HINTED ? _closest(name, known) : undefined;
  const hint = suggestion
    ? `Did you mean "${suggestion}"?`
    : known.length > 0
      ? `Known fields here: ${known.join(', ')}.`
      : 'Remove it.';
  run.add('unrecognized_key', `Unknown field ${JSON.stringify(name)}.`, run.pathTo(name), hint);
}

export function forbiddenKey(run: ValidationRun, name: string): void {
  run.add('forbidden_key', _forbiddenKeyMessage(name), run.pathTo(name), undefined, true);
}

/** A map key that fails the key's own rule (a language tag, say). */
export function invalidKey(run: ValidationRun, name: string, message: string): void {
  run.add(
    'invalid_key',
    `${withoutStop(message)}, received ${_describeReceived(name)}.`,
    run.pathTo(name),
    undefined,
    true,
  );
}

export function badFormat(run: ValidationRun, value: unknown, message: string, key: Key): void {
  run.add(
    'invalid_format',
    `${withoutStop(message)}, received ${_describeReceived(value)}.`,
    run.pathTo(key),
  );
}

export function tooSmall(
  run: ValidationRun,
  value: unknown,
  minimum: number,
  origin: 'string' | 'array' | 'number',
  key: Key,
): void {
  const what = origin === 'string' ? 'character' : 'item';
  const message =
    origin === 'string' && minimum === 1
      ? 'Must not be empty.'
      : origin === 'number'
        ? `Too small: expected at least ${minimum}, received ${_describeReceived(value)}.`
        : `Too short: expected at least ${minimum} ${plural(minimum, what)}, received ${lengthOf(value)}.`;
  run.add('too_small', message, run.pathTo(key));
}

export function tooBig(
  run: ValidationRun,
  value: unknown,
  maximum: number,
  origin: 'string' | 'array' | 'number',
  key: Key,
  aborts = false,
): void {
  const what = origin === 'string' ? 'characters' : 'items';
  // (plural: every maximum here is above 1)
  const message =
    origin === 'number'
      ? `Too big: expected at most ${maximum}, received ${_describeReceived(value)}.`
      : `Too long: expected at most ${maximum} ${what}, received ${lengthOf(value)}.`;
  run.add('too_big', message, run.pathTo(key), undefined, aborts);
}
