import { describe, expect, test } from 'vitest';
import { localizeIssue } from '../../errors/localize-issue.js';
import { LineCounter, parseJson, type JsonLimits, type JsonSyntaxIssue as Data } from './index.js';

/** An issue of the reader with its English words, as the parse functions give it. */
type JsonSyntaxIssue = Data & { message: string; hint?: string };

const limits: JsonLimits = { maxDepth: 64, maxStringLength: 10_000, maxArrayLength: 10_000, maxKeys: 1_000 };

function parse(text: string, overrides: Partial<JsonLimits> = {}) {
  const result = parseJson(text, { ...limits, ...overrides });
  return result.ok ? result : { ok: false as const, issue: localizeIssue(result.issue) as JsonSyntaxIssue };
}

function valueOf(text: string): unknown {
  const result = parse(text);
  if (!result.ok) throw new Error(`Unexpected issue: ${result.issue.message}`);
  return result.value;
}

function issueOf(text: string, overrides: Partial<JsonLimits> = {}): JsonSyntaxIssue {
  const result = parse(text, overrides);
  if (result.ok) throw new Error(`Expected an issue for ${JSON.stringify(text)}`);
  return result.issue;
}

function positionsOf(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`Unexpected issue: ${result.issue.message}`);
  return result.positions;
}

const events = [
  '{',
  '  "title": "Talks",',
  '  "events": [',
  '    { "id": "r1", "date": "2025-06-02" },',
  '    { "id": "r2", "date": "2025-06-03" }',
  '  ]',
  '}',
].join('\n');

describe('parseJson', () => {
  describe('should return the same value as JSON.parse', () => {
    test.each([
      ['scalars at the root', ['true', 'false', 'null', '0', '"x"', ' \t\r\n 42 \n']],
      [
        'numbers',
        [
          '[0, -0, 1, -1, 10, 123456789012345, 9007199254740993, 123456789012345678901234567890]',
          '[0.5, -0.25, 1e3, 1E3, 1e+3, 1e-3, -1.5e-7, 2.5E+10, 0e0, -0.0e-0, 1e400, -1e400, 1e-400]',
        ],
      ],
      ['escapes', ['"\\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u0041\\u00e9\\u20AC\\uFFFF\\u0000"']],
      ['surrogate pairs, escaped and raw', ['"\\ud83d\\ude00 😀 \\uD834\\uDD1E"']],
      ['lone surrogates, escaped and raw', ['["\\ud800", "\\udc00x", "a\\ud83d", "\ud800"]']],
      [
        'Cyrillic, Turkish and Arabic text',
        [
          '{"ru": "Переговоры в Стамбуле", "tr": "İstanbul görüşmeleri: ığüşöç İĞÜŞÖÇ", "ar": "مفاوضات السلام في إسطنبول"}',
          '{"Стамбул": 1, "İstanbul": 2, "إسطنبول": 3}',
        ],
      ],
      ['nested and empty containers', ['[[[]], [[1, [2]]], {}, [], {"a": {"b": {"c": [{}]}}}]']],
      [
        'names that Object.prototype has',
        ['{"toString": 1, "hasOwnProperty": 2, "valueOf": {"__defineGetter__": 3}}'],
      ],
      ['escaped property names', ['{"a\\"b": 1, "\\u0041": 2, "": 3, "\\n": 4}']],
      // Same length and first and last letters, so they share a slot in the property name cache.
      [
        'property names that look alike',
        ['[{"axb": 1, "ayb": 2}, {"ayb": 3}, {"axb": 4, "azb": 5}, {"aab": 6}]'],
      ],
    ])('for %s', (_, texts) => {
      for (const text of texts) expect(valueOf(text)).toEqual(JSON.parse(text));
    });

    test('for a large generated timeline', () => {
      const timeline = {
        id: 'istanbul',
        title: 'Переговоры / İstanbul görüşmeleri',
        events: Array.from({ length: 2_000 }, (_, i) => ({
          id: `event-${i}`,
          date: `2025-06-${String((i % 28) + 1).padStart(2, '0')}`,
          title: ['Round "one"', 'مفاوضات\nالسلام', 'Tur 😀'][i % 3],
          score: i / 7,
          tags: i % 2 ? [] : ['talks', { weight: -i }],
          confirmed: i % 3 === 0 ? null : i % 2 === 0,
        })),
      };
      for (const text of [JSON.stringify(timeline), JSON.stringify(timeline, null, 2)]) {
        expect(valueOf(text)).toEqual(JSON.parse(text));
      }
    });

    test('for a document that starts with a byte order mark', () => {
      expect(valueOf('\ufeff{"a": [1]}')).toEqual({ a: [1] });
    });
  });

  describe('should return issues', () => {
    test.each<[string, string, Partial<JsonSyntaxIssue>]>([
      ['empty input', '', { message: 'Unexpected end of input: expected a value.', offset: 0, path: [] }],
      [
        'only whitespace',
        ' \n ',
        { message: 'Unexpected end of input: expected a value.', offset: 3, path: [] },
      ],
      [
        'a missing comma between properties',
        '{"a": 1 "b": 2}',
        { message: `Expected ',' or '}' after a property value, found '"'.`, offset: 8, path: [] },
      ],
      [
        'a missing comma between items',
        '{"a": [1 2]}',
        { message: `Expected ',' or ']' after an array item, found '2'.`, offset: 9, path: ['a'] },
      ],
      [
        'a trailing comma in an array',
        '[1, 2, ]',
        { message: `Trailing comma before ']': remove it.`, offset: 5, path: [] },
      ],
      [
        'a trailing comma in an object',
        '{"a": {"b": 1,\n}}',
        { message: `Trailing comma before '}': remove it.`, offset: 13, path: ['a'] },
      ],
      [
        'a single-quoted property name',
        `{"a": 1, 'b': 2}`,
        { message: `Expected a double-quoted property name, found "'".`, offset: 9, path: [] },
      ],
      [
        'an unquoted property name',
        '{a: 1}',
        { message: `Expected a double-quoted property name or '}', found 'a'.`, offset: 1, path: [] },
      ],
      [
        'a single-quoted string',
        `["a", 'b']`,
        { message: `Expected a value, found "'": JSON strings use double quotes.`, offset: 6, path: [1] },
      ],
      [
        'a missing colon',
        '{"a" 1}',
        { message: `Expected ':' after a property name, found '1'.`, offset: 5, path: ['a'] },
      ],
      ['a missing value', '{"a": }', { message: `Expected a value, found '}'.`, offset: 6, path: ['a'] }],
      [
        'a line comment',
        '{\n  // note\n}',
        { message: 'Comments are not allowed in JSON.', offset: 4, path: [] },
      ],
      [
        'a block comment',
        '[1 /* x */]',
        { message: 'Comments are not allowed in JSON.', offset: 3, path: [] },
      ],
      [
        'a comment after the value',
        '[1] // x',
        { message: 'Comments are not allowed in JSON.', offset: 4, path: [] },
      ],
      [
        'text after the value',
        '{} {}',
        { message: 'Unexpected text after the JSON value.', offset: 3, path: [] },
      ],
      [
        'NaN',
        '[NaN]',
        { message: 'NaN is not allowed in JSON: use null or a string.', offset: 1, path: [0] },
      ],
      [
        '-Infinity',
        '[-Infinity]',
        { message: 'Infinity is not allowed in JSON: use null or a string.', offset: 1, path: [0] },
      ],
      ['undefined', '[undefined]', { message: `Expected a value, found 'undefined'.`, offset: 1, path: [0] }],
      [
        'a capitalised literal',
        '[True]',
        { message: `Expected a value, found 'True'.`, offset: 1, path: [0] },
      ],
      ['a leading zero', '[007]', { message: 'Numbers must not have leading zeros.', offset: 1, path: [0] }],
      ['a leading decimal point', '[.5]', { message: `Expected a value, found '.'.`, offset: 1, path: [0] }],
      ['a plus sign', '[+1]', { message: `Expected a value, found '+'.`, offset: 1, path: [0] }],
      ['a lone minus', '[-]', { message: `Expected a digit after '-', found ']'.`, offset: 2, path: [0] }],
      [
        'a missing fraction',
        '[1.]',
        { message: `Expected a digit after the decimal point, found ']'.`, offset: 3, path: [0] },
      ],
      [
        'a missing exponent',
        '[1e+]',
        { message: `Expected a digit in the exponent, found ']'.`, offset: 4, path: [0] },
      ],
      [
        'hex numbers',
        '[0x1F]',
        { message: `Expected ',' or ']' after an array item, found 'x1F'.`, offset: 2, path: [] },
      ],
      [
        'a raw line break in a string',
        '{"a": "x\ny"}',
        {
          message: `Unescaped line break in a string: write it as \\n, or close the string with '"'.`,
          offset: 8,
          path: ['a'],
        },
      ],
      [
        'a raw tab in a string',
        '["a\tb"]',
        { message: 'Unescaped control character U+0009 in a string: write it as \\t.', offset: 3, path: [0] },
      ],
      [
        'a raw NUL in a property name',
        '{"a\u0000": 1}',
        {
          message: 'Unescaped control character U+0000 in a string: write it as \\u0000.',
          offset: 3,
          path: [],
        },
      ],
      [
        'an invalid escape',
        '["\\x41"]',
        {
          message: `Invalid escape '\\x' in a string: the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`,
          offset: 2,
          path: [0],
        },
      ],
      [
        'a short unicode escape',
        '["\\u12G4"]',
        {
          message: `Invalid escape '\\u12G4' in a string: \\u must be followed by four hex digits.`,
          offset: 2,
          path: [0],
        },
      ],
      [
        'an unterminated string',
        '["abc',
        { message: `Unexpected end of input: expected '"' to close the string.`, offset: 5, path: [0] },
      ],
      [
        'an unterminated escape',
        '"abc\\',
        { message: `Unexpected end of input: expected '"' to close the string.`, offset: 5, path: [] },
      ],
      [
        'an unclosed array',
        '{"a": [1, 2',
        {
          message: `Unexpected end of input: expected ',' or ']' after an array item.`,
          offset: 11,
          path: ['a'],
        },
      ],
      [
        'a no-break space between tokens',
        '[1,\u00a02]',
        {
          message: 'Expected a value, found U+00A0 (a space character that JSON does not allow).',
          offset: 3,
          path: [1],
        },
      ],
      [
        'a byte order mark after the start',
        '[1]\ufeff',
        { message: 'Unexpected text after the JSON value.', offset: 3 },
      ],
      [
        'an error deep in the document, with its path',
        '{"events": [{"id": "r1"}, {"id": "r2", "tags": ["a", x]}]}',
        { message: `Expected a value, found 'x'.`, offset: 53, path: ['events', 1, 'tags', 1] },
      ],
    ])('for %s', (_, text, expected) => {
      expect(issueOf(text)).toMatchObject({ code: 'syntax', path: [], ...expected });
    });

    test('with the line and column of the offending character', () => {
      const text = '{\n  "events": [\n    x\n  ]\n}';
      const issue = issueOf(text);
      expect(issue).toMatchObject({
        code: 'syntax',
        message: `Expected a value, found 'x'.`,
        offset: 20,
        path: ['events', 0],
      });
      expect(new LineCounter(text).linePos(issue.offset)).toEqual({ line: 3, column: 5 });
    });

    test('with lines counted the same for CRLF line breaks', () => {
      const text = '{\r\n  "events": [\r\n    x\r\n  ]\r\n}';
      expect(new LineCounter(text).linePos(issueOf(text).offset)).toEqual({ line: 3, column: 5 });
    });

    test('with offsets that count a leading byte order mark, and columns that do not', () => {
      const text = '\ufeff{"a": }';
      const issue = issueOf(text);
      expect(issue.offset).toBe(7);
      expect(new LineCounter(text).linePos(issue.offset)).toEqual({ line: 1, column: 7 });
    });

    test('for nesting deeper than maxDepth', () => {
      expect(issueOf('{"a": [[1]]}', { maxDepth: 2 })).toMatchObject({
        code: 'too_deep',
        message: 'Arrays and objects are nested too deeply: at most 2 levels are allowed.',
        offset: 7,
        path: ['a', 0],
      });
      expect(parse('{"a": [1]}', { maxDepth: 2 }).ok).toBe(true);
      expect(issueOf('[]', { maxDepth: 0 }).code).toBe('too_deep');
      expect(parse('1', { maxDepth: 0 }).ok).toBe(true);
    });

    // How long this takes is measured by `npm run bench`, not asserted here.
    test('for 1,000,000 nested arrays, stopping at maxDepth without throwing', () => {
      const issue = issueOf('['.repeat(1_000_000));
      expect(issue.code).toBe('too_deep');
      expect(issue.message).toBe('Arrays and objects are nested too deeply: at most 64 levels are allowed.');
      expect(issue.offset).toBe(64);
      expect(issue.path).toHaveLength(64);
    });

    test('for 1,000,000 nested arrays even when maxDepth allows them, without a stack overflow', () => {
      const issue = issueOf('['.repeat(1_000_000), { maxDepth: Infinity });
      expect(issue).toMatchObject({
        code: 'syntax',
        message: 'Unexpected end of input: expected a value.',
        offset: 1_000_000,
      });
      expect(issue.path).toHaveLength(1_000_000);
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      expect(parse(deep, { maxDepth: Infinity }).ok).toBe(true);
      // A million levels is real work: on a loaded 2-core machine it passed vitest's 5 s default.
    }, 30_000);

    test('for a string longer than maxStringLength', () => {
      expect(issueOf('["abcd", "abcde"]', { maxStringLength: 4 })).toMatchObject({
        code: 'too_big',
        message: 'String is too long: 5 characters, where the reader accepts at most 4 in any string.',
        offset: 9,
        path: [1],
      });
    });

    test('for a string whose escapes shrink it within maxStringLength, measured after unescaping', () => {
      expect(valueOf('"\\u0041\\u0042"')).toBe('AB');
      expect(parse('"\\u0041\\u0042"', { maxStringLength: 2 }).ok).toBe(true);
      expect(issueOf('"a\\nbc"', { maxStringLength: 3 }).code).toBe('too_big');
    });

    test('for a property name longer than maxStringLength', () => {
      expect(issueOf('{"abcde": 1}', { maxStringLength: 4 })).toMatchObject({
        code: 'too_big',
        message: 'Property name is too long: 5 characters, where the reader accepts at most 4 in any string.',
        offset: 1,
        path: [],
      });
    });

    test('for an array longer than maxArrayLength, at the first extra item', () => {
      expect(issueOf('{"a": [1, 2, 3]}', { maxArrayLength: 2 })).toMatchObject({
        code: 'too_big',
        message: 'Too many items in one array: at most 2 are allowed.',
        offset: 13,
        path: ['a'],
      });
      expect(parse('[1, 2]', { maxArrayLength: 2 }).ok).toBe(true);
      expect(issueOf('[1]', { maxArrayLength: 0 }).code).toBe('too_big');
      expect(parse('[]', { maxArrayLength: 0 }).ok).toBe(true);
    });

    test('for an object with more than maxKeys members, at the first extra name', () => {
      expect(issueOf('[{"a": 1, "b": 2, "c": 3}]', { maxKeys: 2 })).toMatchObject({
        code: 'too_big',
        message: 'Too many properties in one object: at most 2 are allowed.',
        offset: 18,
        path: [0],
      });
      expect(parse('{"a": 1, "b": 2}', { maxKeys: 2 }).ok).toBe(true);
    });

    test('for a duplicate property name, at the second one', () => {
      expect(issueOf('{"events": [{"id": "r1", "date": "2025", "id": "r2"}]}')).toMatchObject({
        code: 'duplicate_key',
        message: 'Duplicate property name "id": each name may appear only once in an object.',
        offset: 41,
        path: ['events', 0, 'id'],
      });
      // The same name in different objects is fine.
      expect(parse('[{"id": 1}, {"id": 2, "x": {"id": 3}}]').ok).toBe(true);
    });

    test('for a duplicate escaped property name', () => {
      expect(issueOf('{"ab": 1, "a\\u0062": 2}')).toMatchObject({ code: 'duplicate_key', offset: 10 });
    });

    test('for "__proto__", without polluting any prototype', () => {
      expect(issueOf('{"__proto__": {"x": 1}}')).toMatchObject({
        code: 'forbidden_key',
        message:
          'The property name "__proto__" is not allowed: "__proto__", "constructor" and "prototype" are refused for safety, as they can be used to tamper with objects.',
        offset: 1,
        path: ['__proto__'],
      });
      expect(({} as { x?: unknown }).x).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('x');
    });

    test('for "constructor" and "prototype", however deep', () => {
      expect(issueOf('{"a": [{"constructor": {"prototype": {"x": 1}}}]}')).toMatchObject({
        code: 'forbidden_key',
        offset: 8,
        path: ['a', 0, 'constructor'],
      });
      expect(issueOf('{"prototype": 1}')).toMatchObject({ code: 'forbidden_key', path: ['prototype'] });
      expect(issueOf('{"\\u005f_proto__": 1}')).toMatchObject({ code: 'forbidden_key', path: ['__proto__'] });
    });

    test('for a huge property name, quoting only its start', () => {
      const name = 'k'.repeat(1_000);
      expect(issueOf(`{"${name}": 1, "${name}": 2}`).message).toBe(
        `Duplicate property name "${'k'.repeat(40)}…": each name may appear only once in an object.`,
      );
    });
  });

  describe('should return positions', () => {
    const lines = new LineCounter(events);
    const positions = positionsOf(events);

    test('for a value, at its first character', () => {
      const offset = positions.offsetOf(['events', 1, 'date']);
      expect(offset).toBe(events.indexOf('"2025-06-03"'));
      expect(lines.linePos(offset as number)).toEqual({ line: 5, column: 27 });
      expect(positions.offsetOf(['events', 1])).toBe(events.indexOf('{ "id": "r2"'));
      expect(positions.offsetOf(['events'])).toBe(events.indexOf('['));
      expect(positions.offsetOf(['title'])).toBe(events.indexOf('"Talks"'));
      expect(positions.offsetOf([])).toBe(0);
    });

    test('for a property name, at its opening quote', () => {
      const offset = positions.keyOffsetOf(['events', 1, 'date']);
      expect(offset).toBe(events.lastIndexOf('"date"'));
      expect(lines.linePos(offset as number)).toEqual({ line: 5, column: 19 });
      expect(positions.keyOffsetOf(['events'])).toBe(events.indexOf('"events"'));
    });

    test('for a property name, falling back to the value when there is no name', () => {
      expect(positions.keyOffsetOf(['events', 1])).toBe(positions.offsetOf(['events', 1]));
      expect(positions.keyOffsetOf([])).toBe(0);
    });

    test('for a missing field, at the object that lacks it', () => {
      expect(positions.offsetOf(['events', 1, 'summary'])).toBe(positions.offsetOf(['events', 1]));
      expect(positions.keyOffsetOf(['events', 1, 'summary'])).toBe(positions.offsetOf(['events', 1]));
      expect(lines.linePos(positions.offsetOf(['events', 1, 'summary']) as number)).toEqual({
        line: 5,
        column: 5,
      });
    });

    test('for a path that leaves the document, at the nearest existing ancestor', () => {
      expect(positions.offsetOf(['events', 7, 'date'])).toBe(positions.offsetOf(['events']));
      expect(positions.offsetOf(['title', 'x'])).toBe(positions.offsetOf(['title']));
      expect(positions.offsetOf(['events', -1])).toBe(positions.offsetOf(['events']));
    });

    test('without confusing index 0 with property name "0"', () => {
      const text = '{"0": "name", "list": ["item"]}';
      const found = positionsOf(text);
      expect(found.offsetOf(['0'])).toBe(text.indexOf('"name"'));
      expect(found.offsetOf([0])).toBe(0);
      expect(found.offsetOf(['list', 0])).toBe(text.indexOf('"item"'));
      expect(found.offsetOf(['list', '0'])).toBe(text.indexOf('['));
    });

    test('for escaped property names, looked up by their decoded text', () => {
      const text = '{"a\\u0062": {"\\"q\\"": 1}}';
      const found = positionsOf(text);
      expect(found.offsetOf(['ab', '"q"'])).toBe(text.indexOf('1'));
      expect(found.keyOffsetOf(['ab', '"q"'])).toBe(text.indexOf('"\\"q'));
    });

    test('for a scalar root and empty containers', () => {
      expect(positionsOf(' \n 42 ').offsetOf([])).toBe(3);
      const text = '{"a": [], "b": {}, "c": [[], {}, 1]}';
      const found = positionsOf(text);
      expect(found.offsetOf(['b'])).toBe(text.indexOf('{}'));
      expect(found.offsetOf(['c', 2])).toBe(text.indexOf('1'));
      expect(found.offsetOf(['a', 0])).toBe(text.indexOf('[]'));
    });

    test('for every event of a large document', () => {
      const text = JSON.stringify(
        { events: Array.from({ length: 1_000 }, (_, i) => ({ id: `e${i}` })) },
        null,
        2,
      );
      const found = positionsOf(text);
      for (const i of [0, 1, 500, 999]) {
        expect(found.offsetOf(['events', i, 'id'])).toBe(text.indexOf(`"e${i}"`));
      }
    });

    test('counting a leading byte order mark in offsets', () => {
      expect(positionsOf('\ufeff{"a": 1}').offsetOf(['a'])).toBe(7);
    });
  });
});
