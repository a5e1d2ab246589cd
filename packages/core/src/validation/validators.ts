import { _isForbiddenKey } from '../internal/_forbidden-keys.js';
import type { Rule } from '../rules/rule.js';
import type { ReferenceKind } from '../rules/reference-kinds.js';
import {
  badFormat,
  enter,
  forbiddenKey,
  invalidKey,
  isObject,
  isPlainObject,
  leave,
  notOneOf,
  tooBig,
  tooSmall,
  unknownKey,
  unknownTag,
  wrongType,
  type Key,
  ValidationRun,
  type Validator,
} from './validation-run.js';

// The building blocks of the generated validator (validate-timeline.generated.ts): each returns
// a Validator for one kind of value. Building them once, when the module loads, keeps the
// generated file a short declarative table, which keeps the script tag small; the closures
// stay monomorphic enough to validate hundreds of thousands of events a second.

/** One check of a string or number; returns true to skip the checks after it (as zod does). */
export type Check<T> = (value: T, run: ValidationRun, key: Key) => boolean | void;

export function string(...checks: Check<string>[]): Validator {
  return (value, run, key) => {
    if (typeof value !== 'string') return wrongType(run, value, 'string', key);
    for (let index = 0; index < checks.length; index++) if (checks[index]!(value, run, key)) return;
  };
}

export function number(...checks: Check<number>[]): Validator {
  return (value, run, key) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(run, value, 'number', key);
    for (let index = 0; index < checks.length; index++) if (checks[index]!(value, run, key)) return;
  };
}

export function boolean(): Validator {
  return (value, run, key) => {
    if (typeof value !== 'boolean') wrongType(run, value, 'boolean', key);
  };
}

/** One of a fixed set of values: an enum, or the literal tag of a union's option. */
export function oneOf(...values: readonly unknown[]): Validator {
  const allowed = new Set(values);
  return (value, run, key) => {
    if (!allowed.has(value)) notOneOf(run, value, values, key);
  };
}

// ---- Checks

export const minLength =
  (minimum: number): Check<string | readonly unknown[]> =>
  (value, run, key) => {
    if (value.length < minimum)
      tooSmall(run, value, minimum, typeof value === 'string' ? 'string' : 'array', key);
  };

export const maxLength =
  (maximum: number): Check<string | readonly unknown[]> =>
  (value, run, key) => {
    if (value.length > maximum)
      tooBig(run, value, maximum, typeof value === 'string' ? 'string' : 'array', key);
  };

/** A string of a named format (`id`, `language`…): see `x-parley-format` in the schemas. */
export const matches =
  (pattern: RegExp, format: string): Check<string> =>
  (value, run, key) => {
    if (!pattern.test(value)) badFormat(run, value, format, key);
  };

/** Runs a named rule; its issues are reported at the value, or below it where the rule says. */
export const rule =
  <T>(check: Rule<T>): Check<T> =>
  (value, run, key) => {
    check(value, run.reportAt(key));
  };

/** A whole number within the safe range; a fraction is the wrong type and stops the checks after it. */
export const integer = (): Check<number> => (value, run, key) => {
  if (!Number.isInteger(value)) {
    wrongType(run, value, 'int', key);
    return true;
  }
  if (value > Number.MAX_SAFE_INTEGER) tooBig(run, value, Number.MAX_SAFE_INTEGER, 'number', key);
  else if (value < Number.MIN_SAFE_INTEGER) tooSmall(run, value, Number.MIN_SAFE_INTEGER, 'number', key);
};

export const atLeast =
  (minimum: number): Check<number> =>
  (value, run, key) => {
    if (!(value >= minimum)) tooSmall(run, value, minimum, 'number', key);
  };

export const atMost =
  (maximum: number): Check<number> =>
  (value, run, key) => {
    if (!(value <= maximum)) tooBig(run, value, maximum, 'number', key);
  };

// ---- Containers

/** An id that must name something of `kind` in the document, once it is a well-formed id. */
export function reference(kind: ReferenceKind, validate: Validator): Validator {
  return (value, run, key) => {
    const before = run.issues.length;
    validate(value, run, key);
    if (run.issues.length === before) run.references?.check(run, value as string, kind, key);
  };
}

/**
 * A list, at most `max` items long. A longer one is refused before any item is read (as zod does),
 * so an oversized list costs one issue, not one per item.
 */
export function list(item: Validator, { min, max }: { min?: number; max?: number }): Validator {
  return (value, run, key) => {
    if (!Array.isArray(value)) return wrongType(run, value, 'array', key);
    // Aborting, as zod's size cap is: the enclosing object's rules do not run.
    if (max !== undefined && value.length > max) return tooBig(run, value, max, 'array', key, true);
    run.count(value.length);
    // A long list at the top (a timeline's events), in a validation that runs in steps: its items
    // wait for later steps. Only at the top, whose object has no rules that count its issues.
    const { defer } = run;
    if (
      defer &&
      value.length > defer.above &&
      run.path.length === 0 &&
      key !== undefined &&
      min === undefined
    ) {
      defer.lists.push({ item, list: value, key, at: run.issues.length });
      return;
    }
    enter(run, key);
    // An index loop, not forEach: a hole in a sparse array is a missing item, as zod says.
    for (let index = 0; index < value.length; index++) item(value[index], run, index);
    leave(run, key);
    if (min !== undefined && value.length < min) tooSmall(run, value, min, 'array', key);
  };
}

/** A map from keys of a given pattern (language tags, say) to values. */
export function map(item: Validator, keyPattern: RegExp, keyFormat: string): Validator {
  return (value, run, key) => {
    if (!isPlainObject(value)) return wrongType(run, value, 'record', key);
    enter(run, key);
    for (const name of Object.keys(value)) {
      run.count(1);
      if (_isForbiddenKey(name)) forbiddenKey(run, name);
      else if (!keyPattern.test(name)) invalidKey(run, name, keyFormat);
      else item(value[name], run, name);
    }
    leave(run, key);
  };
}

/** A field of an object: its name, its validator, and whether it may be left out. */
export type Field = readonly [name: string, validate: Validator, optional?: typeof OPTIONAL];

/** Marks a field that may be left out (a constant, so the minified table stays short). */
export const OPTIONAL = true;

/**
 * An object with known fields and no others. Its rules run only when nothing inside it has the
 * wrong type, as zod's refinements do: a rule may then read its fields as their types say.
 */
export function object(fields: readonly Field[], ...rules: Rule<never>[]): Validator {
  // Parallel arrays: the loop below runs for every field of every object in a document.
  const names = fields.map((field) => field[0]);
  const validators = fields.map((field) => field[1]);
  const required = fields.map((field) => field[2] === undefined);
  const known = new Set(names);
  const count = fields.length;
  return (value, run, key) => {
    if (!isObject(value)) return wrongType(run, value, 'object', key);
    enter(run, key);
    const aborting = run.aborting;
    for (let index = 0; index < count; index++) {
      const name = names[index]!;
      const content = value[name];
      if (content !== undefined || required[index]) validators[index]!(content, run, name);
    }
    for (const name in value)
      if (!known.has(name)) {
        run.count(1);
        unknownKey(run, name, names);
      }
    if (rules.length > 0 && run.aborting === aborting)
      for (let index = 0; index < rules.length; index++)
        rules[index]!(value as never, run.reportAt(undefined));
    leave(run, key);
  };
}

/** One of several object shapes, told apart by the value of `tag` (`type`, `kind`). */
export function tagged(tag: string, options: Readonly<Record<string, Validator>>): Validator {
  const byTag = new Map(Object.entries(options));
  const allowed = [...byTag.keys()];
  return (value, run, key) => {
    if (!isObject(value)) return wrongType(run, value, 'object', key);
    const validate = byTag.get(value[tag] as string);
    if (validate) validate(value, run, key);
    else unknownTag(run, value[tag], tag, allowed, key);
  };
}

/**
 * A plain union (a count or an estimate): the first option that takes the value wins. When none
 * does, an option that got past its type check explains best; otherwise list the types that
 * would have fitted. Each option is tried in a run of its own, without the document's ids.
 */
export function union(...options: Validator[]): Validator {
  return (value, run, key) => {
    const attempts: ValidationRun[] = [];
    for (const option of options) {
      const attempt = new ValidationRun(run.maxValues);
      attempt.path.push(...run.path);
      option(value, attempt, key);
      if (attempt.issues.length === 0) return;
      attempts.push(attempt);
    }
    const depth = key === undefined ? run.path.length : run.path.length + 1;
    const deeper = attempts.find((attempt) =>
      attempt.issues.some((issue) => issue.code !== 'invalid_type' || issue.path.length > depth),
    );
    if (deeper) {
      run.issues.push(...deeper.issues);
      run.aborting += deeper.aborting;
      return;
    }
    run.lastExpected = '';
    const expected = attempts.flatMap((attempt) => attempt.lastExpected).filter(Boolean);
    run.add({ code: 'invalid_type', path: run.pathTo(key), expected, received: value }, true);
  };
}
