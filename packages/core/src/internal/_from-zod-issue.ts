import type * as z from 'zod/mini';
import type { ParleyIssue } from '../errors/issue.js';
import { _describeReceived } from './_describe-received.js';

type ZodIssue = z.core.$ZodIssue;

const FORMAT_EXAMPLES: Record<string, string> = {
  date: 'a calendar date as YYYY-MM-DD, e.g. "2025-06-02"',
};

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/**
 * Turns one zod issue into Parley issues with our own wording: what failed, what was expected,
 * what was received. Unknown keys become one issue each so every one has its own path.
 * Needs the issue's `input`, so parse with `reportInput: true`.
 */
export function _fromZodIssue(issue: ZodIssue): ParleyIssue[] {
  const path = toPath(issue.path);
  const received = _describeReceived(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected =
        issue.expected === 'object' || issue.expected === 'array'
          ? `an ${issue.expected}`
          : `a ${issue.expected}`;
      const message =
        issue.input === undefined
          ? `Missing required field; expected ${expected}.`
          : `Expected ${expected}, received ${received}.`;
      return [{ code: 'invalid_type', message, path }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unrecognized_key' as const,
        message: `Unknown field ${JSON.stringify(key)}; remove it or check its spelling.`,
        path: [...path, key],
      }));
    case 'invalid_format': {
      const expected = FORMAT_EXAMPLES[issue.format] ?? `the ${issue.format} format`;
      return [{ code: 'invalid_format', message: `Expected ${expected}, received ${received}.`, path }];
    }
    case 'too_small': {
      const what = issue.origin === 'string' ? 'characters' : 'items';
      const message =
        issue.origin === 'string' && issue.minimum === 1
          ? 'Must not be empty.'
          : `Too short: expected at least ${String(issue.minimum)} ${what}.`;
      return [{ code: 'too_small', message, path }];
    }
    case 'too_big': {
      const what = issue.origin === 'string' ? 'characters' : 'items';
      return [
        { code: 'too_big', message: `Too long: expected at most ${String(issue.maximum)} ${what}.`, path },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return [{ code: 'invalid_value', message: `Expected one of ${allowed}, received ${received}.`, path }];
    }
    default:
      return [{ code: 'invalid', message: `Invalid value, received ${received}.`, path }];
  }
}
