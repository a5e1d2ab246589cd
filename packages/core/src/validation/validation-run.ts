import type { ParleyIssueData } from '../errors/issue.js';
import type { RuleIssue } from '../rules/rule.js';
import { _closest } from '../internal/_closest.js';
import { _isForbiddenKey } from '../internal/_forbidden-keys.js';
import type { References } from './references.js';

/** A key below the current path: a field name or an array index; `undefined` at the root. */
export type Key = string | number | undefined;

/** Validates one value at `run.path` + `key`, reporting into `run`. Generated code is made of these. */
export type Validator = (value: unknown, run: ValidationRun, key: Key) => void;

/** How many issues may get a "did you mean" hint; finding one compares against every candidate. */
export const MAX_HINTED = 200;

/**
 * A top-level list whose items are validated later, a slice per step: its items' validator, the
 * list, its key, and how many issues came before it (its issues are put back there, so a
 * validation in steps reports exactly what one pass would, in the same order).
 */
export interface DeferredList {
  readonly item: Validator;
  readonly list: readonly unknown[];
  readonly key: string | number;
  readonly at: number;
}

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
  readonly issues: ParleyIssueData[] = [];
  /** How many issues so far would stop an enclosing object's rules. */
  aborting = 0;
  /** Array items and map entries seen, against `maxValues`. */
  items = 0;
  /** The expected type of the latest wrong-type issue, for describing unions. */
  lastExpected: string | readonly string[] = '';
  /**
   * Set by a validation that runs in steps: a top-level list longer than `above` is left for
   * later, in `lists`, so its items can be validated a slice per step. Unset (every other run,
   * the union options' included), lists are validated where they stand.
   */
  defer: { readonly above: number; readonly lists: DeferredList[] } | undefined;
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

  /** Reports an issue as data; the parse functions word it at the end, in the chosen locale. */
  add(issue: ParleyIssueData, aborts = false): void {
    this.issues.push(issue);
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
    this.add({ ...issue, path: this.pathTo(this.#ruleKey, ...(issue.path ?? [])) });
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

// ---- Reporting. One function per kind of problem, so every issue carries the same data everywhere.

export function wrongType(run: ValidationRun, value: unknown, expected: string, key: Key): void {
  run.lastExpected = expected;
  run.add({ code: 'invalid_type', path: run.pathTo(key), expected, received: value }, true);
}

export function notOneOf(run: ValidationRun, value: unknown, allowed: readonly unknown[], key: Key): void {
  const suggestion = typeof value === 'string' ? _closest(value, allowed.map(String)) : undefined;
  run.add(
    {
      code: 'invalid_value',
      path: run.pathTo(key),
      expected: allowed as readonly string[],
      received: value,
      ...(suggestion && { suggestion }),
    },
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
  const suggestion = typeof value === 'string' ? _closest(value, allowed) : undefined;
  run.add(
    {
      code: 'unknown_type',
      path: run.pathTo(key, discriminator),
      expected: allowed,
      received: value,
      ...(suggestion && { suggestion }),
    },
    true,
  );
}

/** A key the object's schema does not know; the object's path is already entered. */
export function unknownKey(run: ValidationRun, name: string, known: readonly string[]): void {
  if (_isForbiddenKey(name)) return forbiddenKey(run, name);
  // Past the first few hundred, a hint is never read and finding it only costs time.
  const suggestion = run.issues.length < MAX_HINTED ? _closest(name, known) : undefined;
  run.add({
    code: 'unrecognized_key',
    path: run.pathTo(name),
    expected: known,
    received: name,
    ...(suggestion && { suggestion }),
  });
}

export function forbiddenKey(run: ValidationRun, name: string): void {
  run.add({ code: 'forbidden_key', path: run.pathTo(name), received: name }, true);
}

/** A map key that fails the key's own format (a language tag, say). */
export function invalidKey(run: ValidationRun, name: string, format: string): void {
  run.add({ code: 'invalid_key', path: run.pathTo(name), expected: format, received: name }, true);
}

export function badFormat(run: ValidationRun, value: unknown, format: string, key: Key): void {
  run.add({ code: 'invalid_format', path: run.pathTo(key), expected: format, received: value });
}

/** The size a limit measures: a string's or a list's length, or the number itself. */
const sizeOf = (value: unknown): unknown =>
  typeof value === 'string' || Array.isArray(value) ? value.length : value;

export function tooSmall(
  run: ValidationRun,
  value: unknown,
  minimum: number,
  origin: 'string' | 'array' | 'number',
  key: Key,
): void {
  run.add({ code: 'too_small', path: run.pathTo(key), limit: minimum, origin, received: sizeOf(value) });
}

export function tooBig(
  run: ValidationRun,
  value: unknown,
  maximum: number,
  origin: 'string' | 'array' | 'number',
  key: Key,
  aborts = false,
): void {
  run.add(
    { code: 'too_big', path: run.pathTo(key), limit: maximum, origin, received: sizeOf(value) },
    aborts,
  );
}
