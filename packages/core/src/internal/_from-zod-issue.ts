import type * as z from 'zod/mini';
import type { ParleyIssue, ParleyIssueCode } from '../errors/issue.js';
import { _describeReceived } from './_describe-received.js';
import { _closest } from './_closest.js';
import { _knownKeys, _schemaAt } from './_walk-schema.js';

type ZodIssue = z.core.$ZodIssue;

/** What the document being parsed looks like, for hints that need the schema at a path. */
export interface _IssueContext {
  readonly schema: z.core.$ZodType;
  readonly input: unknown;
}

const FORMAT_EXAMPLES: Record<string, string> = {
  regex: 'the expected pattern',
};

/** Custom issues raised by Parley's own refinements carry their code in `params.parley`. */
const CUSTOM_CODES = new Set<ParleyIssueCode>([
  'invalid_date',
  'invalid_url',
  'invalid_country',
  'invalid_range',
  'forbidden_character',
  'missing_name',
  'missing_claimant',
  'missing_words',
  'missing_figure',
]);

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** "250 characters" or "3 items": the size of what was received, for length messages. */
function lengthOf(input: unknown): string {
  if (typeof input === 'string') return `${input.length} ${plural(input.length, 'character')}`;
  if (Array.isArray(input)) return `${input.length} ${plural(input.length, 'item')}`;
  return _describeReceived(input);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/**
 * Turns one zod issue into Parley issues with our own wording: what failed, what was expected,
 * what was received, and a hint where we can guess the fix. Unknown keys become one issue each
 * so every one has its own path. Needs the issue's `input`, so parse with `reportInput: true`.
 */
export function _fromZodIssue(issue: ZodIssue, context: _IssueContext): ParleyIssue[] {
  const path = toPath(issue.path);
  const received = _describeReceived(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = article(issue.expected === 'int' ? 'whole number' : issue.expected);
      const message =
        issue.input === undefined
          ? `Missing required field; expected ${expected}.`
          : `Expected ${expected}, received ${received}.`;
      return [{ code: 'invalid_type', message, path }];
    }
    case 'unrecognized_keys': {
      const schema = _schemaAt(context.schema, context.input, path);
      const known = schema ? _knownKeys(schema, valueAt(context.input, path)) : [];
      return issue.keys.map((key) => {
        const suggestion = _closest(key, known);
        return {
          code: 'unrecognized_key' as const,
          message: `Unknown field ${JSON.stringify(key)}.`,
          path: [...path, key],
          ...(suggestion
            ? { hint: `Did you mean "${suggestion}"?` }
            : { hint: known.length > 0 ? `Known fields here: ${known.join(', ')}.` : 'Remove it.' }),
        };
      });
    }
    case 'invalid_key': {
      // A record's key is wrong (a language tag in a names map): report the key's own problem.
      const inner = issue.issues[0];
      const message =
        inner && inner.message !== 'Invalid input' ? inner.message.replace(/\.$/, '') : 'Invalid key';
      return [{ code: 'invalid_key', message: `${message}, received ${received}.`, path }];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        const allowed = issue.options.map((option) => JSON.stringify(option)).join(', ');
        const value = valueAt(context.input, path);
        const message =
          value === undefined
            ? `Missing "${issue.discriminator}"; expected one of ${allowed}.`
            : `Unknown ${issue.discriminator} ${_describeReceived(value)}; expected one of ${allowed}.`;
        const suggestion = typeof value === 'string' ? _closest(value, issue.options.map(String)) : undefined;
        return [
          {
            code: 'unknown_type',
            message,
            path,
            ...(suggestion ? { hint: `Did you mean "${suggestion}"?` } : {}),
          },
        ];
      }
      // A plain union (a count or an estimate, say): if one branch got past the type check,
      // its issues are the useful ones; otherwise list the types that would have fitted.
      const branches = 'errors' in issue ? issue.errors : [];
      const deeper = branches.find((errors) =>
        errors.some((inner) => inner.code !== 'invalid_type' || inner.path.length > 0),
      );
      if (deeper)
        return deeper.flatMap((inner) =>
          _fromZodIssue({ ...inner, path: [...issue.path, ...inner.path] }, context),
        );
      const expected = branches.flatMap((errors) =>
        errors.map((inner) => (inner.code === 'invalid_type' ? inner.expected : [])).flat(),
      );
      const list = [...new Set(expected.map((type) => article(type === 'int' ? 'whole number' : type)))].join(
        ' or ',
      );
      return [
        { code: 'invalid_type', message: `Expected ${list || 'another value'}, received ${received}.`, path },
      ];
    }
    case 'invalid_format': {
      const expected = FORMAT_EXAMPLES[issue.format] ?? `the ${issue.format} format`;
      const message =
        issue.message && issue.message !== 'Invalid input' ? issue.message : `Expected ${expected}.`;
      return [
        { code: 'invalid_format', message: `${message.replace(/\.$/, '')}, received ${received}.`, path },
      ];
    }
    case 'too_small': {
      const what = issue.origin === 'string' ? 'character' : 'item';
      let message = `Too small: expected at least ${String(issue.minimum)}, received ${received}.`;
      if (issue.origin === 'string' && issue.minimum === 1) message = 'Must not be empty.';
      else if (issue.origin === 'string' || issue.origin === 'array')
        message = `Too short: expected at least ${String(issue.minimum)} ${plural(Number(issue.minimum), what)}, received ${lengthOf(issue.input)}.`;
      return [{ code: 'too_small', message, path }];
    }
    case 'too_big': {
      const what = issue.origin === 'string' ? 'characters' : 'items';
      // (plural: every maximum here is above 1)
      const message =
        issue.origin === 'string' || issue.origin === 'array'
          ? `Too long: expected at most ${String(issue.maximum)} ${what}, received ${lengthOf(issue.input)}.`
          : `Too big: expected at most ${String(issue.maximum)}, received ${received}.`;
      return [{ code: 'too_big', message, path }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      const suggestion =
        typeof issue.input === 'string' ? _closest(issue.input, issue.values.map(String)) : undefined;
      return [
        {
          code: 'invalid_value',
          message: `Expected one of ${allowed}, received ${received}.`,
          path,
          ...(suggestion ? { hint: `Did you mean "${suggestion}"?` } : {}),
        },
      ];
    }
    case 'custom': {
      const code = issue.params?.['parley'] as ParleyIssueCode | undefined;
      const hint = issue.params?.['hint'] as string | undefined;
      return [
        {
          code: code && CUSTOM_CODES.has(code) ? code : 'invalid',
          message: issue.message,
          path,
          ...(hint ? { hint } : {}),
        },
      ];
    }
    default:
      return [{ code: 'invalid', message: `Invalid value, received ${received}.`, path }];
  }
}
