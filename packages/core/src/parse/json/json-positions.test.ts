import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { _parseJsonStrictly, parseJson, type JsonLimits, type JsonPath } from './parse-json.js';

const limits: JsonLimits = { maxDepth: 64, maxStringLength: 10_000, maxArrayLength: 10_000, maxKeys: 1_000 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every code unit as `\uXXXX`, so that no name or string is found by its plain text. */
function escapeEvery(value: string): string {
  let escaped = '"';
  for (let i = 0; i < value.length; i++) escaped += `\\u${value.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return `${escaped}"`;
}

/**
 * Writes `value` as JSON and notes where it put each value and property name: an oracle for
 * positions that does not share any code with the reader.
 */
function write(value: Json, spaces: string[], escapeAll: boolean, bom: boolean) {
  let text = bom ? '\ufeff' : '';
  const offsets = new Map<string, number>();
  const keyOffsets = new Map<string, number>();
  const ends = new Map<string, number>();
  const keyEnds = new Map<string, number>();
  let next = 0;
  const space = () => spaces[next++ % spaces.length] as string;
  const quote = (string: string) => (escapeAll ? escapeEvery(string) : JSON.stringify(string));
  const visit = (item: Json, path: JsonPath) => {
    offsets.set(JSON.stringify(path), text.length);
    visitValue(item, path);
    ends.set(JSON.stringify(path), text.length);
  };
  const visitValue = (item: Json, path: JsonPath) => {
    if (Array.isArray(item)) {
      text += `[${space()}`;
      item.forEach((child, index) => {
        if (index > 0) text += `,${space()}`;
        visit(child, [...path, index]);
        text += space();
      });
      text += ']';
    } else if (item !== null && typeof item === 'object') {
      text += `{${space()}`;
      Object.entries(item).forEach(([key, child], index) => {
        if (index > 0) text += `,${space()}`;
        keyOffsets.set(JSON.stringify([...path, key]), text.length);
        text += quote(key);
        keyEnds.set(JSON.stringify([...path, key]), text.length);
        text += `${space()}:${space()}`;
        visit(child, [...path, key]);
        text += space();
      });
      text += '}';
    } else {
      text += typeof item === 'string' ? quote(item) : JSON.stringify(item);
    }
  };
  text += space();
  visit(value, []);
  text += space();
  return { text, offsets, keyOffsets, ends, keyEnds };
}

// Quotes, backslashes and colons next to the quotes, astral characters and lone surrogates.
const string = fc.oneof(
  fc.string({ maxLength: 6, unit: 'binary' }),
  fc.constantFrom('a\\', '\\', '\\"', '"', ':', ' :', '":', '\ud800', 'x\udc00', '😀', 'İstanbul'),
);
const key = string.filter((name) => !['__proto__', 'constructor', 'prototype'].includes(name));
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1.5e-7, 123456789012345, 1e21),
    string,
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(key, tie('json'), { maxKeys: 5 }),
  ),
}));
const spaces = fc.array(fc.constantFrom('', ' ', '\n  ', '\t', '\r\n', ' \r '), {
  minLength: 1,
  maxLength: 5,
});

describe('JsonPositions', () => {
  describe.each([
    ['parseJson', parseJson],
    ['the strict reader', _parseJsonStrictly],
  ])('from %s, found only when first asked for', (_, parse) => {
    test('should give where each value and property name was written, for any document', () => {
      fc.assert(
        fc.property(json, spaces, fc.boolean(), fc.boolean(), (value, whitespace, escapeAll, bom) => {
          const { text, offsets, keyOffsets, ends, keyEnds } = write(value, whitespace, escapeAll, bom);
          const result = parse(text, limits);
          if (!result.ok) throw new Error(`Unexpected issue: ${result.issue.code}`);
          for (const [path, offset] of offsets) {
            const segments = JSON.parse(path) as JsonPath;
            expect(result.positions.offsetOf(segments)).toBe(offset);
            expect(result.positions.keyOffsetOf(segments)).toBe(keyOffsets.get(path) ?? offset);
            expect(result.positions.rangeOf(segments)).toEqual([offset, ends.get(path)]);
            const keyStart = keyOffsets.get(path);
            expect(result.positions.rangeOf(segments, true)).toEqual(
              keyStart === undefined ? [offset, ends.get(path)] : [keyStart, keyEnds.get(path)],
            );
          }
        }),
        { numRuns: 500 },
      );
    });

    test('should step over strings that end in escaped backslashes and contain escaped quotes', () => {
      const text = '{"a\\\\": ["\\\\", "\\"", "x\\\\\\"y\\\\"], "b\\"": {"c": "\\\\\\\\"}, "d": 1}';
      const result = parse(text, limits);
      if (!result.ok) throw new Error(`Unexpected issue: ${result.issue.code}`);
      expect(result.value).toEqual(JSON.parse(text));
      expect(result.positions.offsetOf(['a\\', 2])).toBe(text.indexOf('"x'));
      expect(result.positions.keyOffsetOf(['b"', 'c'])).toBe(text.indexOf('"c"'));
      expect(result.positions.offsetOf(['d'])).toBe(text.indexOf('1'));
    });

    test('should read the same document on demand after a lookup through another container', () => {
      const text = '[{"x": [1, [2, [3]]]}, {"y": {"z": [4]}}]';
      const result = parse(text, limits);
      if (!result.ok) throw new Error(`Unexpected issue: ${result.issue.code}`);
      expect(result.positions.offsetOf([1, 'y', 'z', 0])).toBe(text.indexOf('4'));
      expect(result.positions.offsetOf([0, 'x', 1, 1, 0])).toBe(text.indexOf('3'));
      expect(result.positions.keyOffsetOf([0, 'x'])).toBe(text.indexOf('"x"'));
    });

    test('should point a path that does not exist at the first character of its deepest ancestor', () => {
      const text = '{"a": {"b": [1, 2]}}';
      const result = parse(text, limits);
      if (!result.ok) throw new Error(`Unexpected issue: ${result.issue.code}`);
      const b = text.indexOf('[');
      expect(result.positions.rangeOf(['a', 'b', 5])).toEqual([b, b + 1]);
      expect(result.positions.rangeOf(['a', 'missing'], true)).toEqual([6, 7]);
      expect(result.positions.rangeOf(['a', 'b'])).toEqual([b, text.indexOf(']') + 1]);
    });
  });
});
