import { describe, expect, test } from 'vitest';
import { compareDates, dateRange, parseParleyDate } from '../index.js';

function message(text: string): string | undefined {
  const result = parseParleyDate(text);
  return result.success ? undefined : result.message;
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
      expect(result.success && result.date.kind === 'point' && result.date.precision).toBe(precision);
    });

    test('a plain day reads the same on its quick path as through the full pattern', () => {
      // The start of an interval always goes through the pattern: compare each day with it.
      const throughPattern = (day: string) => {
        const result = parseParleyDate(`${day}/..`);
        return result.success && result.date.kind === 'interval' ? result.date.from : result;
      };
      const days = [
        '0000-01-01',
        '0001-03-01',
        '0099-12-31',
        '0100-02-28',
        '1900-02-28',
        '2000-02-29',
        '9999-12-31',
      ];
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86_400_000)
        days.push(new Date(ms).toISOString().slice(0, 10));
      for (const day of days)
        expect(parseParleyDate(day), day).toEqual({ success: true, date: throughPattern(day) });
      // Days that do not exist still fall through to the full parser, and are refused there.
      for (const day of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-13-01'])
        expect(parseParleyDate(day).success, day).toBe(false);
    });

    test('qualifiers: ~ approximate, ? uncertain, % both', () => {
      expect(parseParleyDate('2025-05~')).toMatchObject({
        success: true,
        date: { approximate: true, uncertain: false },
      });
      expect(parseParleyDate('2025-06?')).toMatchObject({
        success: true,
        date: { approximate: false, uncertain: true },
      });
      expect(parseParleyDate('2025%')).toMatchObject({
        success: true,
        date: { approximate: true, uncertain: true },
      });
    });

    test('intervals, with open and unknown ends', () => {
      expect(parseParleyDate('2025-05-31/2025-06-01')).toMatchObject({
        success: true,
        date: { kind: 'interval' },
      });
      expect(parseParleyDate('2025-06-02/..')).toMatchObject({ success: true, date: { to: 'open' } });
      expect(parseParleyDate('/2025')).toMatchObject({ success: true, date: { from: 'unknown' } });
      expect(parseParleyDate('2025-06/2025-06-15').success).toBe(true);
    });

    test('a time with an offset as the instant it names', () => {
      const result = parseParleyDate('2025-06-02T13:00+03:00');
      expect(
        result.success && result.date.kind === 'point' && new Date(result.date.start).toISOString(),
      ).toBe('2025-06-02T10:00:00.000Z');
    });
  });

  describe('should refuse, saying why', () => {
    test.each([
      ['2025-02-30', '2025-02 has no day 30; it has 28 days.'],
      ['2023-02-29', '2023-02 has no day 29; it has 28 days.'],
      [
        '2025-13-01',
        'There is no month 13 in "2025-13-01"; months run 01–12, and seasons 21–24 take no day.',
      ],
      ['2025-20', 'There is no month 20 in "2025-20"; months run 01–12, and seasons 21–24 take no day.'],
      [
        '2025-21-01',
        'There is no month 21 in "2025-21-01"; months run 01–12, and seasons 21–24 take no day.',
      ],
      ['Y300000', 'Parley places years from -271820 to 275759 on a timeline, received Y300000.'],
      ['2025-06-02T24:00', "Hours run 00–23 (write the next day's 00:00 rather than 24:00), received 24."],
      ['2025-06-02T23:60', 'Minutes run 00–59, received 60.'],
      ['2025-06-02T13:00+15:00', 'UTC offsets run from -14:00 to +14:00, received +15:00.'],
      ['2025-06-02T13:00~', 'A date with a time cannot carry ?, ~ or %; qualify a day, month or year.'],
      ['2025-06-02/2025-06-01', 'The interval "2025-06-02/2025-06-01" ends before it starts.'],
      ['../..', 'An interval needs at least one known end, e.g. "2025-05-31/2025-06-01".'],
    ])('%s', (text, expected) => {
      expect(message(text)).toBe(expected);
    });

    test.each(['next Tuesday', '2 June 2025', '25-06-02', '2025-6-2', '2025-06-02 13:00', '', 'Y2025'])(
      '%j',
      (text) => {
        expect(message(text)).toMatch(/^Expected an EDTF date such as/);
      },
    );
  });
});

/** The instants a date covers, as ISO text: first and last millisecond. */
function span(text: string): [string | undefined, string | undefined] {
  const { earliest, latest } = dateRange(text);
  return [earliest?.toISOString(), latest?.toISOString()];
}

describe('EDTF level 1', () => {
  describe('seasons 21–24, as meteorological seasons of the Northern Hemisphere', () => {
    test.each([
      ['2025-21', 'spring', '2025-03-01T00:00:00.000Z', '2025-05-31T23:59:59.999Z'],
      ['2025-22', 'summer', '2025-06-01T00:00:00.000Z', '2025-08-31T23:59:59.999Z'],
      ['2025-23', 'autumn', '2025-09-01T00:00:00.000Z', '2025-11-30T23:59:59.999Z'],
      ['2025-24', 'winter', '2025-12-01T00:00:00.000Z', '2026-02-28T23:59:59.999Z'],
    ])('%s is %s', (text, _, first, last) => {
      expect(parseParleyDate(text)).toMatchObject({
        success: true,
        date: { precision: 'season', year: 2025, season: Number(text.slice(5)) },
      });
      expect(span(text)).toEqual([first, last]);
    });

    test('take qualifiers and sit in intervals', () => {
      expect(parseParleyDate('2025-22~')).toMatchObject({ success: true, date: { approximate: true } });
      expect(span('2025-21/2025-23')).toEqual(['2025-03-01T00:00:00.000Z', '2025-11-30T23:59:59.999Z']);
    });
  });

  describe('unspecified digits X, from the right', () => {
    test.each([
      ['202X', 'decade', '2020-01-01T00:00:00.000Z', '2029-12-31T23:59:59.999Z'],
      ['20XX', 'century', '2000-01-01T00:00:00.000Z', '2099-12-31T23:59:59.999Z'],
      ['2025-XX', 'year', '2025-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
      ['2025-06-XX', 'month', '2025-06-01T00:00:00.000Z', '2025-06-30T23:59:59.999Z'],
      ['2025-XX-XX', 'year', '2025-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
    ])('%s covers its %s', (text, precision, first, last) => {
      expect(parseParleyDate(text)).toMatchObject({ success: true, date: { precision, unspecified: true } });
      expect(span(text)).toEqual([first, last]);
    });

    test('with a qualifier on the whole date', () => {
      expect(parseParleyDate('2025-06-XX?')).toMatchObject({ success: true, date: { uncertain: true } });
    });

    test('a negative decade runs from its earliest year', () => {
      expect(parseParleyDate('-202X')).toMatchObject({ success: true, date: { year: -2029 } });
    });
  });

  describe('extended intervals', () => {
    test.each([
      ['2025-06-02/..', 'open', 'point'],
      ['../2025-06-02', 'point', 'open'],
      ['2025-06-02/', 'unknown', 'point'],
      ['/2025-06-02', 'point', 'unknown'],
    ])('%s', (text, ...kinds) => {
      const result = parseParleyDate(text);
      if (!result.success || result.date.kind !== 'interval') throw new Error(`${text} was refused`);
      const kindOf = (end: unknown) => (typeof end === 'string' ? end : 'point');
      expect([kindOf(result.date.to), kindOf(result.date.from)]).toEqual(kinds);
    });

    test('with qualified ends', () => {
      for (const text of ['1984~/2004-06', '1984/2004-06~', '1984?/2004%', '1984-06-02?/2004-08-08~'])
        expect(parseParleyDate(text).success, text).toBe(true);
    });
  });

  describe('years', () => {
    test('negative, counting 0 as 1 BC', () => {
      expect(parseParleyDate('-0044')).toMatchObject({
        success: true,
        date: { year: -44, precision: 'year' },
      });
      expect(span('-0001-12-31')).toEqual(['-000001-12-31T00:00:00.000Z', '-000001-12-31T23:59:59.999Z']);
      expect(span('0000')).toEqual(['0000-01-01T00:00:00.000Z', '0000-12-31T23:59:59.999Z']);
    });

    test('of more than four digits, prefixed with Y', () => {
      expect(parseParleyDate('Y12025')).toMatchObject({ success: true, date: { year: 12025 } });
      expect(parseParleyDate('Y-12025')).toMatchObject({ success: true, date: { year: -12025 } });
    });
  });
});

describe('EDTF level 2 is refused, saying it is level 2', () => {
  test.each([
    ['2004-06-~11', 'a qualifier inside the date'],
    ['2004?-06-11', 'a qualifier inside the date'],
    ['?2004-06-~11', 'a qualifier inside the date'],
    ['156X-12-25', 'X other than for the last digits'],
    ['15XX-12-XX', 'X other than for the last digits'],
    ['XXXX-12-XX', 'X other than for the last digits'],
    ['1XXX-XX', 'X other than for the last digits'],
    ['1984-1X', 'X other than for the last digits'],
    ['2025-XX-02', 'X other than for the last digits'],
    ['2004-06-XX/2004-07-03', 'X in an interval'],
    ['2004-06-~01/2004-06-~20', 'a qualifier inside the date'],
    ['2001-25', 'a sub-year grouping'],
    ['2001-34', 'a sub-year grouping'],
    ['2001-41', 'a sub-year grouping'],
    ['[1667,1668,1670..1672]', 'a set ([…] or {…})'],
    ['{1667,1668}', 'a set ([…] or {…})'],
    ['Y-17E7', 'an exponential year'],
    ['1950S2', 'significant digits'],
    ['Y171010000S3', 'significant digits'],
  ])('%s: %s', (text, feature) => {
    const refused = message(text);
    expect(refused).toContain(feature);
    expect(refused).toMatch(/: EDTF level 2, which Parley does not support\.$/);
  });

  test('a month 42 or more is no grouping at all, and says which are allowed', () => {
    expect(message('2001-42')).toBe(
      'There is no month 42 in "2001-42"; months run 01–12, and seasons 21–24 take no day.',
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
          expect(refused(text), text).toBe(!parseParleyDate(text).success);
        }
  });
});
