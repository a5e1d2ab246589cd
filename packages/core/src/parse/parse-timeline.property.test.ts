import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import {
  _checkTimeline,
  _checkTimelineInSteps,
  _checkTimelineJson,
  _checkTimelineJsonInSteps,
  _checkTimelineJsonWithInSteps,
  _jsonReading,
  safeParseTimeline,
  TimelineSchema,
} from '../index.js';
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

const INTEGRITY_CODES = ['duplicate_id', 'unresolved_reference', 'wrong_reference_kind'];

/** "code at.path", the part of an issue two validators must agree on (the wording is ours alone). */
function describeIssue(issue: { code: string; path: readonly (string | number)[] }): string {
  return `${issue.code} ${issue.path.join('.')}`;
}

/**
 * What zod itself finds wrong with `doc`, in Parley's codes: the oracle the generated validator is
 * held to. Parley refuses keys such as `__proto__` anywhere, with a code of its own.
 */
function zodProblems(doc: unknown): string[] {
  const result = z.safeParse(TimelineSchema, doc, { reportInput: true });
  if (result.success) return [];
  const convert = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): string[] => {
    const path = [...prefix, ...issue.path].map((key) => (typeof key === 'number' ? key : String(key)));
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) =>
          describeIssue({
            code: ['__proto__', 'constructor', 'prototype'].includes(key)
              ? 'forbidden_key'
              : 'unrecognized_key',
            path: [...path, key],
          }),
        );
      case 'invalid_union': {
        if (issue.discriminator !== undefined) return [describeIssue({ code: 'unknown_type', path })];
        // A plain union: the option that got past its type check explains, as Parley words it.
        const deeper = issue.errors.find((errors) =>
          errors.some((inner) => inner.code !== 'invalid_type' || inner.path.length > 0),
        );
        return deeper
          ? deeper.flatMap((inner) => convert(inner, path))
          : [describeIssue({ code: 'invalid_type', path })];
      }
      case 'custom':
        return [describeIssue({ code: String(issue.params?.['parley']), path })];

      default:
        return [describeIssue({ code: issue.code, path })];
    }
  };
  const problems = result.error.issues.flatMap((issue) => convert(issue, []));
  // zod also checks the length of a value of the wrong type (an array given for a title);
  // Parley reports the wrong type only.
  const wrongType = new Set(
    problems.filter((problem) => problem.startsWith('invalid_type ')).map((p) => p.slice(13)),
  );
  return problems.filter(
    (problem) => !/^too_(small|big) /.test(problem) || !wrongType.has(problem.replace(/^\S+ /, '')),
  );
}

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

  test('reports exactly the problems zod finds, with the same codes and paths', () => {
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
        'casualties',
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
        'count',
        'head',
        'uk',
      ),
      fc.nat(20),
    );
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 5 }), fc.jsonValue(), fc.boolean(), (path, value, remove) => {
        const doc = mutatedExample(path, value, remove);
        const ours = safeParseTimeline(doc, { maxIssues: 10_000 });
        const theirs = zodProblems(doc);
        if (theirs.length === 0) {
          // The shape is valid: anything left is about ids and references, which zod cannot see.
          const problems = ours.success ? [] : ours.error.issues.map((issue) => issue.code);
          for (const code of problems) expect(INTEGRITY_CODES).toContain(code);
        } else {
          expect(ours.success).toBe(false);
          expect(ours.success ? [] : ours.error.issues.map(describeIssue)).toEqual(theirs);
        }
      }),
      { numRuns: 2000 },
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

describe('validation in steps (the widget, on a long timeline)', () => {
  /** Runs a check in steps to its end, counting the pauses between them. */
  function inSteps<T>(steps: Generator<void, T, void>): { result: T; pauses: number } {
    for (let pauses = 0; ; pauses++) {
      const step = steps.next();
      if (step.done) return { result: step.value, pauses };
    }
  }
  const paths = fc.array(
    fc.oneof(
      fc.constantFrom('events', 'actors', 'updates', 'citations', 'date', 'type', 'id', 'extra'),
      fc.nat(12),
    ),
    { maxLength: 4 },
  );

  /** A random mutation of the example (see `mutatedExample`), and how many items a step checks. */
  const mutation = [paths, fc.jsonValue(), fc.boolean(), fc.integer({ min: 1, max: 5 })] as const;

  test('finds exactly what one pass finds, in the same order, on random mutations', () => {
    fc.assert(
      fc.property(...mutation, (path, value, remove, per) => {
        const doc = mutatedExample(path, value, remove);
        const { result } = inSteps(_checkTimelineInSteps(doc, per));
        expect(result).toEqual(_checkTimeline(doc));
        const text = JSON.stringify(doc);
        expect(inSteps(_checkTimelineJsonInSteps(text, per)).result).toEqual(_checkTimelineJson(text));
      }),
      { numRuns: 300 },
    );
  });

  /** Issues and warnings without where they are in the text: what a check without the reader gives. */
  const unplaced = <T>(checked: T): T =>
    JSON.parse(
      JSON.stringify(checked, (key, value: unknown) =>
        key === 'line' || key === 'column' || key === 'range' ? undefined : value,
      ),
    ) as T;

  test('without the strict reader, gives the same result where it gives one, and one for every valid text', () => {
    fc.assert(
      fc.property(...mutation, (path, value, remove, per) => {
        const text = JSON.stringify(mutatedExample(path, value, remove));
        const full = _checkTimelineJson(text);
        const { result } = inSteps(_checkTimelineJsonWithInSteps(undefined, text, per));
        // A valid timeline never needs the reader; one with issues always does (for their places).
        if (full.success) expect(result).toEqual(unplaced(full));
        else expect(result).toBeUndefined();
        expect(inSteps(_checkTimelineJsonWithInSteps(_jsonReading, text, per)).result).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  test('without the strict reader, leaves to it every text that JSON.parse cannot vouch for', () => {
    const text = JSON.stringify(istanbul);
    const noReader = (source: string) => inSteps(_checkTimelineJsonWithInSteps(undefined, source, 5)).result;
    expect(noReader(text)?.success).toBe(true);
    // A repeated name (JSON.parse keeps the last), a trailing comma, a name refused as a key.
    expect(noReader(text.replace('{"', '{"title":"twice","'))).toBeUndefined();
    expect(noReader(text.replace(/}$/, ',}'))).toBeUndefined();
    expect(noReader(text.replace('{"', '{"__proto__":{},"'))).toBeUndefined();
    expect(_checkTimelineJson(text.replace(/}$/, ',}'))).toMatchObject({
      success: false,
      issues: [{ code: 'syntax', line: 1 }],
    });
    // Refused before any reading: the same answer, with or without the reader.
    for (const source of [5 as unknown as string, 'x'.repeat(20_000_001)])
      expect(noReader(source)).toEqual(_checkTimelineJson(source));
  });

  test('pauses once per slice of each long top-level list, and never for a short one', () => {
    const lists = Object.values(istanbul).filter((value) => Array.isArray(value));
    const longest = Math.max(...lists.map((list) => list.length));
    expect(inSteps(_checkTimelineInSteps(istanbul, longest)).pauses).toBe(0);
    const slices = lists.reduce((sum, list) => sum + (list.length > 3 ? Math.ceil(list.length / 3) : 0), 0);
    expect(inSteps(_checkTimelineInSteps(istanbul, 3)).pauses).toBe(slices);
  });

  test('puts the issues of a long list back between those before and after it', () => {
    const doc = structuredClone(istanbul) as unknown as Record<string, unknown> & { events: object[] };
    doc['title'] = 7; // before events
    doc.events.push({ type: 'context', id: 'late', date: '2025-13-01', title: 'x' }, { type: 'nope' });
    doc['updates'] = 'soon'; // after events
    doc['extra'] = true; // an unknown key, reported after every field
    const { result, pauses } = inSteps(_checkTimelineInSteps(doc, 2));
    expect(pauses).toBeGreaterThan(1);
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map(describeIssue)).toEqual(
      !result.success && (_checkTimeline(doc) as typeof result).issues.map(describeIssue),
    );
    expect(!result.success && result.issues.map((issue) => issue.path[0])).toEqual([
      'title',
      'events',
      'events',
      'updates',
      'extra',
    ]);
  });
});
