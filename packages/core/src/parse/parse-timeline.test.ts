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
      expect(issuesOf({ ...minimal, events }, { maxValues: 20 })).toEqual([{ code: 'too_big', path: [] }]);
      expect(issuesOf({ ...minimal, events }, { maxValues: 50 })).toEqual([]);
    });

    test('for a value that refers to itself', () => {
      const looped: Record<string, unknown> = { ...minimal };
      looped['events'] = [looped];
      expect(issuesOf(looped)).toContainEqual({ code: 'unknown_type', path: ['events', 0, 'type'] });
    });

    test('for a list longer than its limit: one issue, and no item is read', () => {
      const items = new Proxy(
        Array.from({ length: 51 }, () => 5),
        {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error(`item ${key} was read`);
            return Reflect.get(target, key, receiver) as unknown;
          },
        },
      );
      const event = { ...minimal.events[0]!, related: items };
      expect(issuesOf({ ...minimal, events: [event] })).toEqual([
        { code: 'too_big', path: ['events', 0, 'related'] },
      ]);
    });

    test('for an oversized list, without running the rules of the object that holds it', () => {
      const statement = {
        type: 'statement',
        id: 's1',
        date: '2025-06-01',
        title: 'Said',
        speaker: 'x',
        actors: Array.from({ length: 101 }, () => 'x'),
      };
      expect(issuesOf({ ...minimal, events: [statement] })).toEqual([
        { code: 'too_big', path: ['events', 0, 'actors'] },
      ]);
    });

    test('for huge sparse lists, refused without walking them', () => {
      const actors: unknown[] = [];
      actors.length = 1e9;
      expect(issuesOf({ ...minimal, actors })).toEqual([{ code: 'too_big', path: ['actors'] }]);
      // Within the schema's limit for events, but over maxValues: refused before any id is gathered.
      const events: unknown[] = [];
      events.length = 100_000;
      expect(issuesOf({ ...minimal, events }, { maxValues: 1000 })).toEqual([{ code: 'too_big', path: [] }]);
    });

    test('for more unknown keys than maxValues', () => {
      const noisy: Record<string, unknown> = { ...minimal };
      for (let index = 0; index < 2000; index++) noisy[`extra${index}`] = index;
      expect(issuesOf(noisy, { maxValues: 1000 })).toEqual([{ code: 'too_big', path: [] }]);
    });

    test('for a thrown value that cannot even be turned into text', () => {
      const trap = { ...minimal };
      Object.defineProperty(trap, 'title', {
        enumerable: true,
        get() {
          throw Object.create(null);
        },
      });
      expect(issuesOf(trap)).toEqual([{ code: 'unreadable', path: [] }]);
    });

    test('for a getter that throws', () => {
      const trap = { ...minimal };
      Object.defineProperty(trap, 'title', {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      });
      expect(issuesOf(trap)).toEqual([{ code: 'unreadable', path: [] }]);
    });
  });

  describe('should accept', () => {
    test('a names map made in another realm (an iframe, a vm context)', async () => {
      const { runInNewContext } = await import('node:vm');
      const names: unknown = runInNewContext('({ uk: "Україна" })');
      const actors = [{ kind: 'state', id: 'ua', name: 'Ukraine', country: 'UA', names }];
      const events = [{ ...minimal.events[0]!, actors: ['ua'] }];
      expect(safeParseTimeline({ ...minimal, actors, events }).success).toBe(true);
    });

    test('roles whose dates have an open or unknown end', () => {
      const roles = [
        { title: 'Minister', from: '2019', to: '2021/..' },
        { title: 'Adviser', from: '../1962', to: '1965' },
        { title: 'Envoy', from: '2020', to: '2021/' },
      ];
      const actors = [{ kind: 'person', id: 'p', name: 'P', roles }];
      const events = [{ ...minimal.events[0]!, actors: ['p'] }];
      const result = safeParseTimeline({ ...minimal, actors, events });
      expect(result.success || result.error.issues).toBe(true);
    });

    test('options set to undefined, as their defaults', () => {
      expect(safeParseTimeline(minimal, { maxIssues: undefined } as never).success).toBe(true);
    });
  });

  describe('should return issues', () => {
    test('for null, without throwing', () => {
      const result = safeParseTimeline(null);
      expect(result.success || result.error.issues).toEqual([
        {
          code: 'invalid_type',
          message: 'Expected an object, received null.',
          path: [],
          expected: 'object',
          received: null,
        },
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
        {
          code: 'invalid_type',
          message: 'Missing required field; expected a string.',
          path: ['title'],
          expected: 'string',
          received: undefined,
        },
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
          received: 'r1',
          params: { first: 'events[0]' },
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

describe('reference hints', () => {
  test('are found for the first unresolved references and not for thousands of them', () => {
    const events = Array.from({ length: 1000 }, (_, index) => ({
      type: 'context',
      id: `e${index}`,
      date: '2025-06-01',
      title: 'Context',
      related: ['e1x'],
    }));
    const result = safeParseTimeline({ id: 't', title: 'T', events }, { maxIssues: 2000 });
    const issues = result.success ? [] : result.error.issues;
    expect(issues).toHaveLength(1000);
    expect(issues[0]).toMatchObject({ code: 'unresolved_reference', hint: 'Did you mean "e1"?' });
    expect(issues.at(-1)).toEqual({
      code: 'unresolved_reference',
      message: 'No event has the id "e1x".',
      path: ['events', 999, 'related', 0],
      expected: 'event',
      received: 'e1x',
    });
  });
});
