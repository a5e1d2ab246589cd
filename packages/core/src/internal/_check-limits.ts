import type { ParleyIssue } from '../errors/issue.js';
import type { ParseOptions } from '../parse/options.js';

/** Keys refused anywhere in a document: assigning them can alter the prototype of everything. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A value still to visit, with a link to its parent so a path is built only when needed. */
interface Pending {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Pending | undefined;
  readonly key: string | number | undefined;
}

function pathOf(entry: Pending, last?: string): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let at: Pending | undefined = entry; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Walks a value once, before any schema sees it, and refuses what could make validation slow or
 * unsafe: nesting deeper than `maxDepth` (also how cycles are caught), more than `maxValues`
 * values, and keys that could pollute prototypes. Iterative, so no depth can overflow the stack.
 */
export function _checkLimits(input: unknown, limits: Required<ParseOptions>): ParleyIssue | undefined {
  const stack: Pending[] = [{ value: input, depth: 0, parent: undefined, key: undefined }];
  let count = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (++count > limits.maxValues)
      return {
        code: 'too_large',
        message: `The document has more than ${limits.maxValues} values (the maxValues limit).`,
        path: [],
      };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth)
      return {
        code: 'too_deep',
        message: `Nested deeper than ${limits.maxDepth} levels (the maxDepth limit); is there a cycle?`,
        path: pathOf(entry),
      };
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], depth: depth + 1, parent: entry, key: index });
      continue;
    }
    const keys = Object.keys(value);
    // Pushed in reverse so values are visited, and reported, in document order.
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      if (FORBIDDEN_KEYS.has(key))
        return {
          code: 'forbidden_key',
          message: `The key ${JSON.stringify(key)} is not allowed anywhere in a document, for safety.`,
          path: pathOf(entry, key),
        };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: entry, key });
    }
  }
  return undefined;
}
