import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { parseNatively } from './native-parse.js';
import { _parseJsonStrictly, parseJson, type JsonLimits } from './parse-json.js';

const limits: JsonLimits = { maxDepth: 64, maxStringLength: 10_000, maxArrayLength: 10_000, maxKeys: 1_000 };

function quote(value: string, escapeAll: boolean): string {
  if (!escapeAll) return JSON.stringify(value);
  let escaped = '"';
  for (let i = 0; i < value.length; i++) escaped += `\\u${value.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return `${escaped}"`;
}

// Strings and names chosen to trip the checks: forbidden and repeated names, and colons after quotes,
// which the member count can mistake for a name's end.
const string = fc
  .tuple(
    fc.oneof(
      fc.string({ maxLength: 4, unit: 'binary' }),
      fc.constantFrom(
        ':',
        ' :',
        '":',
        '\\',
        '"',
        'a',
        '0',
        '__proto__',
        'constructor',
        'prototype',
        '\ud800',
      ),
    ),
    fc.boolean(),
  )
  .map(([value, escapeAll]) => quote(value, escapeAll));
const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
const scalar = fc.constantFrom(
  'true',
  'false',
  'null',
  '0',
  '-0',
  '1.5',
  '-1e400',
  '123456789012345678',
  '1E-7',
);
// Object members are written out one by one, so a name can repeat.
const { document } = fc.letrec<{ document: string }>((tie) => ({
  document: fc.oneof(
    { depthSize: 'small' },
    scalar,
    string,
    fc
      .array(fc.tuple(space, tie('document'), space), { maxLength: 4 })
      .map((items) => `[${items.map((item) => item.join('')).join(',')}]`),
    fc
      .array(fc.tuple(string, space, tie('document')), { maxLength: 4 })
      .map(
        (members) => `{${members.map(([name, gap, value]) => `${name}${gap}:${gap}${value}`).join(', ')}}`,
      ),
  ),
}));
const mutations = fc.array(
  fc.tuple(
    fc.nat(),
    fc.constantFrom(',', ':', '"', '\\', ']', '}', '[', '{', ' ', 'x', '\ufeff', '0', '-', ''),
  ),
  { maxLength: 2 },
);
const anyLimits = fc.record({
  maxDepth: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Infinity)),
  maxStringLength: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant(10_000)),
  maxArrayLength: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(10_000)),
  maxKeys: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(1_000)),
});

describe('parseJson', () => {
  test('should give the same result as the strict reader, for any text and limits', () => {
    fc.assert(
      fc.property(document, fc.boolean(), mutations, anyLimits, (valid, bom, changes, caps) => {
        const texts = [(bom ? '\ufeff' : '') + valid];
        // Then a character inserted, or deleted (the empty one), each time: usually an invalid text.
        for (const [at, character] of changes) {
          const text = texts[texts.length - 1] as string;
          const index = at % (text.length + 1);
          texts.push(text.slice(0, index) + character + text.slice(index + (character === '' ? 1 : 0)));
        }
        for (const text of texts) {
          const expected = _parseJsonStrictly(text, caps);
          const actual = parseJson(text, caps);
          if (expected.ok && actual.ok) expect(actual.value).toEqual(expected.value);
          else expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('parseNatively', () => {
  afterEach(() => {
    delete (Object.prototype as { polluted?: unknown }).polluted;
  });

  test('should read a typical document', () => {
    const text = '\ufeff{"events": [{"id": "r1", "date": "2025-06-02", "round": 1, "tags": []}]}';
    expect(parseNatively(text, limits)).toEqual({ value: JSON.parse(text.slice(1)) });
  });

  test.each([
    ['a syntax error', '{"a": 1,}', {}],
    ['a duplicate name', '{"a": 1, "b": {"c": 2, "c": 3}}', {}],
    ['a duplicate escaped name', '{"ab": 1, "a\\u0062": 2}', {}],
    ['a forbidden name', '{"a": {"\\u005f_proto__": 1}}', {}],
    ['nesting too deep', '[[1]]', { maxDepth: 1 }],
    ['a long string', '{"a": ["abc"]}', { maxStringLength: 2 }],
    ['a long property name', '{"abc": 1}', { maxStringLength: 2 }],
    ['a long array', '[[1, 2, 3]]', { maxArrayLength: 2 }],
    ['too many properties', '[{"a": 1, "b": 2, "c": 3}]', { maxKeys: 2 }],
    // Colons after quotes inside strings make the member count too high, so the strict reader decides.
    ['a string that starts with a colon', '{"a": ":"}', {}],
  ])('should leave %s to the strict reader', (_, text, overrides) => {
    expect(parseNatively(text, { ...limits, ...overrides })).toBeUndefined();
  });

  // A quotation ending before a colon is common in reporting ("a farce": …); an escaped quote
  // is never a name's end, so such a text is read natively, not left to the strict reader.
  test('should read an escaped quote before a colon natively', () => {
    const text = '{"summary": "He called it \\"a farce\\": no talks", "quote": "\\\\\\":"}';
    expect(parseNatively(text, limits)).toEqual({ value: JSON.parse(text) });
  });

  test('should not let a name that ends in a backslash, or an escaped quote, hide a duplicate name', () => {
    for (const text of ['{"a\\\\": 1, "b": 1, "b": 2}', '{"a": "x\\": y", "a": 2}']) {
      expect(parseNatively(text, limits), text).toBeUndefined();
      expect(parseJson(text, limits), text).toMatchObject({ ok: false, issue: { code: 'duplicate_key' } });
    }
  });

  test('should not let a colon in a string hide a duplicate name', () => {
    const text = '{"a": " :", "a": 1}';
    expect(parseNatively(text, limits)).toBeUndefined();
    expect(parseJson(text, limits)).toMatchObject({
      ok: false,
      issue: { code: 'duplicate_key', offset: 12 },
    });
    expect(parseJson('{"a": ":"}', limits)).toMatchObject({ ok: true, value: { a: ':' } });
  });

  test('should not let an enumerable property on Object.prototype hide a duplicate name', () => {
    (Object.prototype as { polluted?: unknown }).polluted = 1;
    expect(parseNatively('{"a": 1}', limits)).toBeUndefined();
    expect(parseJson('{"a": 1, "a": 2}', limits)).toMatchObject({
      ok: false,
      issue: { code: 'duplicate_key' },
    });
  });
});
