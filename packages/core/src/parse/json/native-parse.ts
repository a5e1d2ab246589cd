import { _isForbiddenKey } from '../../internal/_forbidden-keys.js';
import { bomLength } from './characters.js';
import type { JsonLimits } from './parse-json.js';

/**
 * Reads `text` with the engine's `JSON.parse` when that provably gives what the strict reader would.
 *
 * `JSON.parse` is native, so it is faster than a parser written in JavaScript: about twice on a warm
 * run, and four times on a first call, which runs before the JIT has compiled the JavaScript. It checks
 * the same grammar (RFC 8259) and builds the same value, but it knows no limits and quietly keeps the
 * last of two equal property names; so after it, one walk over the value checks the limits and names,
 * and one native count over the text rules out duplicate names.
 *
 * @returns `{ value }`; or `undefined` when the strict reader might refuse the text (or this check cannot tell),
 *   and so must run to find the first problem and say where it is.
 */
export function parseNatively(text: string, limits: JsonLimits): { value: unknown } | undefined {
  // Such a property would show up in every object's `for...in` below, and spoil the walk's count.
  if (Object.keys(Object.prototype).length > 0) return undefined;
  const source = text.slice(bomLength(text));
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    // A syntax error, or an engine limit; the strict reader says which, and where.
    return undefined;
  }
  const members = checkValue(value, limits);
  return members >= 0 && members === countNameEnds(source) ? { value } : undefined;
}

/**
 * Checks a value from `JSON.parse` against every limit and name rule of the strict reader, with the
 * same comparisons; returns how many properties its objects have in all, or -1 at the first value the
 * strict reader could refuse. It uses a stack, not recursion, because `JSON.parse` accepts any depth.
 */
function checkValue(root: unknown, limits: JsonLimits): number {
  const { maxDepth, maxStringLength, maxArrayLength, maxKeys } = limits;
  /** Open containers still to look into, and the depth of each: the root is at depth 1. */
  const containers: unknown[] = [];
  const depths: number[] = [];
  /** Checks a value found in a container at `depth` (0 for the root); queues it if it is a container. */
  const accept = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return value.length <= maxStringLength;
    if (typeof value !== 'object' || value === null) return true;
    if (depth >= maxDepth) return false;
    containers.push(value);
    depths.push(depth + 1);
    return true;
  };

  if (!accept(root, 0)) return -1;
  let properties = 0;
  while (containers.length > 0) {
    const container = containers.pop();
    const depth = depths.pop() as number;
    if (Array.isArray(container)) {
      if (container.length > maxArrayLength) return -1;
      for (let i = 0; i < container.length; i++) if (!accept(container[i], depth)) return -1;
    } else {
      const object = container as Record<string, unknown>;
      let count = 0;
      for (const key in object) {
        count++;
        if (key.length > maxStringLength || _isForbiddenKey(key)) return -1;
        if (!accept(object[key], depth)) return -1;
      }
      if (count > maxKeys) return -1;
      properties += count;
    }
  }
  return properties;
}

/**
 * An upper bound on the number of object members in a valid JSON text, counted by native regex code:
 * matches of a quote that is not escaped (after an even run of backslashes, or none), optional
 * whitespace and a colon. Every member's name ends in one, and the matches cannot overlap, so no
 * member goes uncounted; the only other matches are the opening quotes of strings that start with
 * `:` or ` :`, and they only make the bound higher. An escaped quote before a colon, as in
 * `"it was \"a farce\": …"`, is not counted, so such a text is still read natively.
 *
 * `JSON.parse` keeps one property per distinct name, so when this bound equals the properties it
 * built, no object in the text repeats a name; when it does not, the strict reader decides.
 */
function countNameEnds(text: string): number {
  const nameEnd = /(?<!\\)(?:\\\\)*"[ \t\n\r]*:/g;
  let count = 0;
  while (nameEnd.test(text)) count++;
  return count;
}
