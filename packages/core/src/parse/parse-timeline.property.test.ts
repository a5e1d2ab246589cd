import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { safeParseTimeline, TimelineSchema } from '../index.js';
import { _compileValidator } from '../internal/_compile-validator.js';
import istanbul from '../../examples/istanbul-2025-06-02.json' with { type: 'json' };

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const text = fc
  .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
  // Names and titles refuse control and bidi-control characters, by design.
  // eslint-disable-next-line no-control-regex
  .filter((value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(value));
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const date = fc.oneof(
  day,
  day.map((value) => value.slice(0, 7)),
  day.map((value) => `${value.slice(0, 7)}~`),
  fc.tuple(day, day).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
);

/** Valid timelines: unique ids, and every reference names an item of the right kind. */
const timeline = fc.uniqueArray(id, { minLength: 3, maxLength: 40 }).chain((ids) => {
  const [docId, stateA, stateB, ...eventIds] = ids as [string, string, string, ...string[]];
  const event = (eventId: string) =>
    fc.oneof(
      fc.record({ type: fc.constant('context'), id: fc.constant(eventId), date, title: text }),
      fc.record({
        type: fc.constant('talks'),
        id: fc.constant(eventId),
        date,
        title: text,
        round: fc.integer({ min: 1, max: 50 }),
        delegations: fc.constant([{ party: stateA }, { party: stateB }]),
      }),
      fc.record({
        type: fc.constant('statement'),
        id: fc.constant(eventId),
        date,
        title: text,
        speaker: fc.constantFrom(stateA, stateB),
        quote: text,
      }),
    );
  return fc.record({
    id: fc.constant(docId),
    title: text,
    actors: fc.constant([
      { kind: 'state', id: stateA, name: 'A', country: 'UA' },
      { kind: 'state', id: stateB, name: 'B', country: 'RU' },
    ]),
    events: fc.tuple(...eventIds.map(event)),
  });
});

/** The Istanbul example with one value replaced or removed, as far down `path` as the data goes. */
function mutatedExample(
  path: readonly (string | number)[],
  value: unknown,
  remove: boolean,
): Record<string | number, unknown> {
  const doc = structuredClone(istanbul) as unknown as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = doc;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null) break;
    target = next as Record<string | number, unknown>;
  }
  const last = path.at(-1) ?? 'title';
  if (remove) delete target[last];
  else target[last] = value;
  return doc;
}

describe('safeParseTimeline, for any input', () => {
  test('accepts every valid generated timeline, unchanged', () => {
    fc.assert(
      fc.property(timeline, (doc) => {
        const result = safeParseTimeline(doc);
        expect(result.success && result.data).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  test('round-trips through JSON text', () => {
    fc.assert(
      fc.property(timeline, (doc) => {
        const once = safeParseTimeline(doc);
        const twice = once.success && safeParseTimeline(JSON.parse(JSON.stringify(once.data)));
        expect(twice && twice.success && twice.data).toEqual(once.success && once.data);
      }),
      { numRuns: 100 },
    );
  });

  test('never throws on random mutations of a valid document', () => {
    const paths = fc.array(
      fc.oneof(fc.constantFrom('events', 'actors', 'citations', 'date', 'type', 'id'), fc.nat(20)),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(paths, fc.jsonValue(), fc.boolean(), (path, value, remove) => {
        const doc = mutatedExample(path, value, remove);
        const result = safeParseTimeline(doc);
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  test('its fast path accepts exactly what zod accepts', () => {
    const fast = _compileValidator(TimelineSchema)!;
    const keys = fc.oneof(
      fc.constantFrom(
        'events',
        'actors',
        'places',
        'sources',
        'citations',
        'delegations',
        'provisions',
        'roles',
      ),
      fc.constantFrom(
        'date',
        'type',
        'kind',
        'id',
        'title',
        'quote',
        'round',
        'names',
        'duration',
        'iso',
        'url',
      ),
      fc.nat(20),
    );
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 5 }), fc.jsonValue(), fc.boolean(), (path, value, remove) => {
        const doc = mutatedExample(path, value, remove);
        expect(fast(doc)).toBe(z.safeParse(TimelineSchema, doc).success);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof safeParseTimeline(value).success).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
