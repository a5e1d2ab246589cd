import { describe, expect, test } from 'vitest';
import { compareDates, dateRange, parseParleyDate } from '../index.js';

function message(text: string): string | undefined {
  const result = parseParleyDate(text);
  return result.ok ? undefined : result.message;
}

describe('parseParleyDate', () => {
  describe('should accept', () => {
    test.each([
      ['2025', 'year'],
      ['2025-05', 'month'],
      ['2025-06-02', 'day'],
      ['2024-02-29', 'day'],
      ['2025-06-02T13:00', 'minute'],
      ['2025-06-02T13:00:30+03:00', 'second'],
      ['2025-06-02T23:59Z', 'minute'],
    ])('%s at %s precision', (text, precision) => {
      const result = parseParleyDate(text);
      expect(result.ok && result.date.kind === 'point' && result.date.precision).toBe(precision);
    });

    test('qualifiers: ~ approximate, ? uncertain, % both', () => {
      expect(parseParleyDate('2025-05~')).toMatchObject({
        ok: true,
        date: { approximate: true, uncertain: false },
      });
      expect(parseParleyDate('2025-06?')).toMatchObject({
        ok: true,
        date: { approximate: false, uncertain: true },
      });
      expect(parseParleyDate('2025%')).toMatchObject({
        ok: true,
        date: { approximate: true, uncertain: true },
      });
    });

    test('intervals, with open and unknown ends', () => {
      expect(parseParleyDate('2025-05-31/2025-06-01')).toMatchObject({
        ok: true,
        date: { kind: 'interval' },
      });
      expect(parseParleyDate('2025-06-02/..')).toMatchObject({ ok: true, date: { to: 'open' } });
      expect(parseParleyDate('/2025')).toMatchObject({ ok: true, date: { from: 'unknown' } });
      expect(parseParleyDate('2025-06/2025-06-15').ok).toBe(true);
    });

    test('a time with an offset as the instant it names', () => {
      const result = parseParleyDate('2025-06-02T13:00+03:00');
      expect(result.ok && result.date.kind === 'point' && new Date(result.date.start).toISOString()).toBe(
        '2025-06-02T10:00:00.000Z',
      );
    });
  });

  describe('should refuse, saying why', () => {
    test.each([
      ['2025-02-30', '2025-02 has no day 30; it has 28 days.'],
      ['2023-02-29', '2023-02 has no day 29; it has 28 days.'],
      ['2025-13-01', 'There is no month 13 in "2025-13-01"; months run 01–12.'],
      ['2025-06-02T24:00', "Hours run 00–23 (write the next day's 00:00 rather than 24:00), received 24."],
      ['2025-06-02T23:60', 'Minutes run 00–59, received 60.'],
      ['2025-06-02T13:00+15:00', 'UTC offsets run from -14:00 to +14:00, received +15:00.'],
      ['2025-06-02T13:00~', 'A date with a time cannot carry ?, ~ or %; qualify a day, month or year.'],
      ['2025-06-02/2025-06-01', 'The interval "2025-06-02/2025-06-01" ends before it starts.'],
      ['../..', 'An interval needs at least one known end, e.g. "2025-05-31/2025-06-01".'],
    ])('%s', (text, expected) => {
      expect(message(text)).toBe(expected);
    });

    test.each(['next Tuesday', '2 June 2025', '25-06-02', '2025-6-2', '2025-06-02 13:00', ''])(
      '%j',
      (text) => {
        expect(message(text)).toMatch(/^Expected an EDTF date such as/);
      },
    );
  });
});

describe('dateRange', () => {
  test('covers the whole month for a month', () => {
    const { earliest, latest } = dateRange('2025-05');
    expect(earliest?.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(latest?.toISOString()).toBe('2025-05-31T23:59:59.999Z');
  });

  test('leaves an open end null', () => {
    expect(dateRange('2025-06-02/..').latest).toBeNull();
  });

  test('throws a RangeError on an invalid date', () => {
    expect(() => dateRange('2025-02-30')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  test('orders by earliest instant, then shorter spans first', () => {
    const dates = [
      '2025-06',
      '2025-06-02T13:00+03:00',
      '2025-05~',
      '2025-06-02',
      '/2025-05-20',
      '2025',
      '2025-06-01',
    ];
    expect([...dates].sort(compareDates)).toEqual([
      '2025',
      '2025-05~',
      '/2025-05-20',
      '2025-06-01',
      '2025-06',
      '2025-06-02',
      '2025-06-02T13:00+03:00',
    ]);
  });

  test('returns 0 for the same span, so a stable sort keeps the written order', () => {
    expect(compareDates('2025-06-02', '2025-06-02?')).toBe(0);
    const events = [
      { id: 'b', date: '2025-06-02' },
      { id: 'a', date: '2025-06-02' },
    ];
    expect(events.sort((x, y) => compareDates(x.date, y.date)).map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('the date rule', () => {
  test('accepts and refuses exactly what parseParleyDate does, for every day-shaped string', async () => {
    const { parleyDate } = await import('../rules/parley-date.js');
    const refused = (text: string) => {
      let count = 0;
      parleyDate(text, () => count++);
      return count > 0;
    };
    for (const year of ['0000', '1900', '2000', '2024', '2025', '2100', '20x5'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(refused(text), text).toBe(!parseParleyDate(text).ok);
        }
  });
});
