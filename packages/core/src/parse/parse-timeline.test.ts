import { describe, expect, test } from 'vitest';
import { parseTimeline, safeParseTimeline, ParleyValidationError, formatIssues } from '../index.js';
import istanbul from '../../examples/istanbul-2025-06-02.json' with { type: 'json' };

const minimal = {
  id: 'talks',
  title: 'Talks',
  events: [{ type: 'talks', id: 'r1', date: '2025-06-02', title: 'Round 1' }],
};

describe('safeParseTimeline', () => {
  describe('should return data', () => {
    test('for a minimal timeline, unchanged', () => {
      const result = safeParseTimeline(minimal);
      expect(result.success && result.data).toEqual(minimal);
    });

    test('for the shipped Istanbul example, with no warnings', () => {
      const result = safeParseTimeline(istanbul);
      expect(result.success).toBe(true);
      expect(result.warnings).toEqual([]);
    });
  });

  describe('should refuse hostile values without hanging or throwing', () => {
    const issuesOf = (value: unknown, options?: Parameters<typeof safeParseTimeline>[1]) => {
      const result = safeParseTimeline(value, options);
      return result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }));
    };

    test('for a "__proto__" key that JSON.parse made an own property', () => {
      const value: unknown = JSON.parse(
        '{"id": "t", "title": "T", "events": [], "actors": [{"kind": "state", "id": "ua", "name": "Ukraine", "country": "UA", "names": {"__proto__": "x"}}], "__proto__": {"polluted": true}}',
      );
      expect(issuesOf(value)).toEqual([
        { code: 'forbidden_key', path: ['actors', 0, 'names', '__proto__'] },
        { code: 'forbidden_key', path: ['__proto__'] },
      ]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    test('for more list items than maxValues, with one issue', () => {
      const events = Array.from({ length: 50 }, (_, index) => ({ ...minimal.events[0]!, id: `r${index}` }));
      expect(issuesOf({ ...minimal, events }, { maxValues: 20 })).toEqual([{ code: 'too_large', path: [] }]);
      expect(issuesOf({ ...minimal, events }, { maxValues: 50 })).toEqual([]);
    });

    test('for a value that refers to itself', () => {
      const looped: Record<string, unknown> = { ...minimal };
      looped['events'] = [looped];
      expect(issuesOf(looped)).toContainEqual({ code: 'unknown_type', path: ['events', 0, 'type'] });
    });

    test('for a getter that throws', () => {
      const trap = { ...minimal };
      Object.defineProperty(trap, 'title', {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      });
      expect(issuesOf(trap)).toEqual([{ code: 'invalid', path: [] }]);
    });
  });

  describe('should return issues', () => {
    test('for null, without throwing', () => {
      const result = safeParseTimeline(null);
      expect(result.success || result.error.issues).toEqual([
        { code: 'invalid_type', message: 'Expected an object, received null.', path: [] },
      ]);
    });

    test('for every problem at once, each with its path', () => {
      const result = safeParseTimeline({
        id: '',
        title: 42,
        events: [{ type: 'talks', id: 'r1', date: '2025-02-30', title: 'Round 1', sumary: 'typo' }],
      });
      expect(result.success || formatIssues(result.error.issues)).toMatchInlineSnapshot(`
        "id  ✖ Expected an id of letters, digits and - _ . : (at most 100, starting with a letter or digit), received "". (invalid_format)
        title  ✖ Expected a string, received number 42. (invalid_type)
        events[0].date  ✖ 2025-02 has no day 30; it has 28 days. (invalid_date)
        events[0].sumary  ✖ Unknown field "sumary". (unrecognized_key) Did you mean "summary"?"
      `);
    });

    test('for a missing required field', () => {
      const result = safeParseTimeline({ id: 't', events: [] });
      expect(result.success || result.error.issues).toEqual([
        { code: 'invalid_type', message: 'Missing required field; expected a string.', path: ['title'] },
      ]);
    });

    test('for duplicate ids, pointing at the second one', () => {
      const event = { type: 'context', id: 'r1', date: '2025-06-02', title: 'Round' };
      const result = safeParseTimeline({ id: 't', title: 'T', events: [event, { ...event }] });
      expect(result.success || result.error.issues).toEqual([
        {
          code: 'duplicate_id',
          message: 'Duplicate id "r1"; it is already used by events[0].',
          path: ['events', 1, 'id'],
        },
      ]);
    });
  });

  describe('should return warnings', () => {
    test('for an event outside the period, an unused actor and an uncited event', () => {
      const result = safeParseTimeline({
        id: 't',
        title: 'T',
        period: '2025-06',
        actors: [{ kind: 'state', id: 'ukraine', name: 'Ukraine', country: 'UA' }],
        events: [{ type: 'context', id: 'e', date: '2025-05-01', title: 'Too early' }],
      });
      expect(result.success).toBe(true);
      expect(result.warnings.map((warning) => [warning.code, warning.path])).toEqual([
        ['outside_period', ['events', 0, 'date']],
        ['uncited', ['events', 0]],
        ['unreferenced', ['actors', 0, 'id']],
      ]);
    });
  });
});

describe('parseTimeline', () => {
  test('should return the typed timeline', () => {
    expect(parseTimeline(minimal).events[0]?.title).toBe('Round 1');
  });

  test('should throw a ParleyValidationError listing every issue', () => {
    let caught: unknown;
    try {
      parseTimeline({ id: 't', title: 'T', events: 'none' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParleyValidationError);
    expect((caught as ParleyValidationError).issues).toHaveLength(1);
    expect((caught as ParleyValidationError).message).toBe(
      'events  ✖ Expected an array, received "none". (invalid_type)',
    );
  });
});
