import { describe, expect, test } from 'vitest';
import { parseTimeline, safeParseTimeline, ParleyValidationError, formatIssues } from '../index.js';
import istanbul from '../../examples/istanbul-2025-06-02.json' with { type: 'json' };

const minimal = { id: 'talks', title: 'Talks', events: [{ id: 'r1', date: '2025-06-02', title: 'Round 1' }] };

describe('safeParseTimeline', () => {
  describe('should return data', () => {
    test('for a minimal timeline', () => {
      const result = safeParseTimeline(minimal);
      expect(result).toEqual({ success: true, data: minimal });
    });

    test('for the shipped Istanbul example', () => {
      const result = safeParseTimeline(istanbul);
      expect(result.success).toBe(true);
      if (result.success) expect(result.data.events.map((event) => event.id)).toContain('talks-round-2');
    });
  });

  describe('should return issues', () => {
    test('for null, without throwing', () => {
      const result = safeParseTimeline(null);
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.error.issues).toEqual([
          { code: 'invalid_type', message: 'Expected an object, received null.', path: [] },
        ]);
    });

    test('for every problem at once, each with its path', () => {
      const result = safeParseTimeline({
        id: '',
        title: 42,
        events: [{ id: 'r1', date: '2025-02-30', title: 'Round 1', sumary: 'typo' }],
      });
      expect(result.success).toBe(false);
      if (!result.success)
        expect(formatIssues(result.error.issues)).toMatchInlineSnapshot(`
          "id  ✖ Must not be empty. (too_small)
          title  ✖ Expected a string, received number 42. (invalid_type)
          events[0].date  ✖ Expected a calendar date as YYYY-MM-DD, e.g. "2025-06-02", received "2025-02-30". (invalid_format)
          events[0].sumary  ✖ Unknown field "sumary"; remove it or check its spelling. (unrecognized_key)"
        `);
    });

    test('for a missing required field', () => {
      const result = safeParseTimeline({ id: 't', events: [] });
      expect(result.success || result.error.issues).toEqual([
        { code: 'invalid_type', message: 'Missing required field; expected a string.', path: ['title'] },
      ]);
    });

    test('for duplicate event ids, pointing at the second one', () => {
      const event = { id: 'r1', date: '2025-06-02', title: 'Round' };
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
