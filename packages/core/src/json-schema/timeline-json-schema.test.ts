import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { safeParseTimeline, TIMELINE_JSON_SCHEMA_ID, timelineJsonSchema } from '../index.js';
import istanbul from '../../examples/istanbul-2025-06-02.json' with { type: 'json' };

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const schema = timelineJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const base = () =>
  structuredClone(istanbul) as unknown as Record<string, unknown> & { events: Record<string, unknown>[] };

/** Documents both validators must refuse: everything JSON Schema can express. */
const invalid: [string, (doc: ReturnType<typeof base>) => void][] = [
  ['a missing title', (doc) => delete doc['title']],
  ['an unknown field', (doc) => (doc['sumary'] = 'typo')],
  ['an unknown event type', (doc) => (doc.events[0]!['type'] = 'meeting')],
  ['a date in words', (doc) => (doc.events[0]!['date'] = 'next Tuesday')],
  [
    'a javascript: URL',
    (doc) => ((doc['sources'] as Record<string, unknown>[])[0]!['url'] = 'javascript:alert(1)'),
  ],
  [
    'a country that is not ISO 3166-1',
    (doc) => ((doc['actors'] as Record<string, unknown>[])[0]!['country'] = 'XX'),
  ],
  ['a bidi override in a title', (doc) => (doc['title'] = 'Talks \u202eevil')],
  ['an empty title', (doc) => (doc['title'] = '')],
  ['an id with spaces', (doc) => (doc['id'] = 'two words')],
  ['a negative round', (doc) => (doc.events[0]!['round'] = -1)],
  ['events that are not a list', (doc) => Object.assign(doc, { events: {} })],
];

/** Documents only Parley's parser can refuse: meaning beyond shape and syntax. */
const semanticOnly: [string, (doc: ReturnType<typeof base>) => void][] = [
  ['an impossible day', (doc) => (doc.events[0]!['date'] = '2025-02-30')],
  ['an interval that ends before it starts', (doc) => (doc.events[0]!['date'] = '2025-06-02/2025-06-01')],
  ['a reference to nothing', (doc) => (doc.events[0]!['place'] = 'nowhere')],
  ['a duplicate id', (doc) => (doc.events[1]!['id'] = doc.events[0]!['id'])],
  ['a sub-year grouping (EDTF level 2)', (doc) => (doc.events[0]!['date'] = '2025-34')],
];

describe('timelineJsonSchema', () => {
  test('is draft 2020-12 with an $id, a title and named definitions', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://unpkg.com/@parley/core@${packageVersion}/schema.json`,
      title: 'Parley timeline',
    });
    expect(Object.keys(schema['$defs'] as object)).toEqual(
      expect.arrayContaining(['Talks', 'Agreement', 'Person', 'Citation', 'Delegation', 'Place', 'Source']),
    );
  });

  test('describes every field of every named definition', () => {
    const undocumented: string[] = [];
    for (const [name, def] of Object.entries(schema['$defs'] as Record<string, { properties?: object }>))
      for (const [field, value] of Object.entries(def.properties ?? {}))
        if (field !== 'type' && field !== 'kind' && !(value as { description?: string }).description)
          undocumented.push(`${name}.${field}`);
    expect(undocumented).toEqual([]);
  });

  test('accepts a document that names the schema in "$schema", as the parser does', () => {
    const doc = { $schema: TIMELINE_JSON_SCHEMA_ID, ...base() };
    expect(validate(doc)).toBe(true);
    expect(safeParseTimeline(doc).success).toBe(true);
    expect(validate({ ...doc, $schema: 2 })).toBe(false);
    expect(safeParseTimeline({ ...doc, $schema: 2 }).success).toBe(false);
  });

  test('accepts EDTF level 1 dates, as the parser does', () => {
    for (const date of ['2025-21', '2025-06-XX', '202X', '-0044', 'Y12025', '2025-05~/..', '2025/']) {
      const doc = base();
      doc.events[0]!['date'] = date;
      doc.events[0]!['background'] = true;
      expect(validate(doc), date).toBe(true);
      expect(safeParseTimeline(doc).success, date).toBe(true);
    }
  });

  test('accepts the Istanbul example, as the parser does', () => {
    expect(validate(istanbul)).toBe(true);
    expect(safeParseTimeline(istanbul).success).toBe(true);
  });

  describe.each(invalid)('agrees with the parser in refusing %s', (_, mutate) => {
    test('both refuse it', () => {
      const doc = base();
      mutate(doc);
      expect(validate(doc)).toBe(false);
      expect(safeParseTimeline(doc).success).toBe(false);
    });
  });

  describe.each(semanticOnly)('leaves %s to the parser', (_, mutate) => {
    test('only the parser refuses it', () => {
      const doc = base();
      mutate(doc);
      expect(validate(doc)).toBe(true);
      expect(safeParseTimeline(doc).success).toBe(false);
    });
  });

  test('is what the package ships as schema.json', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(shipped).toEqual(schema);
  });
});
