import { describe, expect, test } from 'vitest';
import { formatParleyDate } from '../index.js';

describe('formatParleyDate', () => {
  test('writes a day in the reader’s language', () => {
    expect(formatParleyDate('2025-06-02', 'en-GB')).toBe('2 June 2025');
    expect(formatParleyDate('2025-06-02', 'en-US')).toBe('June 2, 2025');
    expect(formatParleyDate('2025-06-02', 'uk')).toBe('2 червня 2025 р.');
    expect(formatParleyDate('2025-06-02', 'tr')).toBe('2 Haziran 2025');
  });

  test('keeps the precision of the date', () => {
    expect(formatParleyDate('2025-05', 'en-GB')).toBe('May 2025');
    expect(formatParleyDate('2025', 'en-GB')).toBe('2025');
    expect(formatParleyDate('2025-05', 'uk')).toBe('травень 2025 р.');
  });

  test('narrows a month with early, mid or late', () => {
    expect(formatParleyDate('2025-05', 'en-GB', { part: 'mid' })).toBe('mid-May 2025');
    expect(formatParleyDate('2025-05', 'en-GB', { part: 'early' })).toBe('early May 2025');
    expect(formatParleyDate('2025-06-02', 'en-GB', { part: 'late' })).toBe('2 June 2025');
  });

  test('marks approximate and uncertain dates', () => {
    expect(formatParleyDate('2025-05~', 'en-GB')).toBe('c. May 2025');
    expect(formatParleyDate('2025-06?', 'en-GB')).toBe('June 2025?');
    expect(formatParleyDate('2025%', 'en-GB')).toBe('c. 2025?');
    expect(formatParleyDate('2025-05~', 'uk')).toBe('бл. травень 2025 р.');
  });

  test('shows a time at its own UTC offset', () => {
    expect(formatParleyDate('2025-06-02T13:00+03:00', 'en-GB')).toBe('2 June 2025 at 13:00 UTC+03:00');
    expect(formatParleyDate('2025-06-02T10:00Z', 'en-GB')).toBe('2 June 2025 at 10:00 UTC');
  });

  test('writes an interval as a range', () => {
    expect(formatParleyDate('2025-05-31/2025-06-01', 'en-GB')).toBe('31 May\u2009–\u20091 June 2025');
    expect(formatParleyDate('2025-06-02/..', 'en-GB')).toBe('2 June 2025 –');
    expect(formatParleyDate('/2025-06', 'en-GB')).toBe('by June 2025');
    expect(formatParleyDate('/2025-06', 'uk')).toBe('? – червень 2025 р.');
  });

  test('writes a season, a decade and a century as the span they cover', () => {
    expect(formatParleyDate('2025-21', 'en-GB')).toBe('March\u2009–\u2009May 2025');
    expect(formatParleyDate('2025-24', 'en-GB')).toBe('December 2025\u2009–\u2009February 2026');
    expect(formatParleyDate('202X', 'en-GB')).toBe('2020\u2009–\u20092029');
    expect(formatParleyDate('20XX', 'en-GB')).toBe('2000\u2009–\u20092099');
    expect(formatParleyDate('2025-21/2025-23', 'en-GB')).toBe('March\u2009–\u2009November 2025');
  });

  test('writes unspecified digits at the precision they leave', () => {
    expect(formatParleyDate('2025-06-XX', 'en-GB')).toBe('June 2025');
    expect(formatParleyDate('2025-XX-XX', 'en-GB')).toBe('2025');
  });

  test('gives years before 1 their era', () => {
    expect(formatParleyDate('-0044', 'en-GB')).toBe('45 BC');
    expect(formatParleyDate('-0044-03-15', 'en-GB')).toBe('15 March 45 BC');
  });

  test('never shifts the day, whatever the time zone', () => {
    expect(formatParleyDate('2025-01-01', 'en-GB')).toBe('1 January 2025');
  });

  test('falls back to English for an invalid language tag', () => {
    expect(formatParleyDate('2025-06-02', 'not a tag!')).toBe('June 2, 2025');
  });

  test('falls back to English for a language the runtime has no data for', () => {
    expect(formatParleyDate('2025-06-02', 'tlh')).toBe('June 2, 2025');
  });

  test('keeps a language known under an older code', () => {
    expect(formatParleyDate('2025-06-02', 'iw')).toBe(formatParleyDate('2025-06-02', 'he'));
    expect(formatParleyDate('2025-06-02', 'iw')).not.toBe('June 2, 2025');
  });

  test('returns text it does not understand unchanged', () => {
    expect(formatParleyDate('mid-May', 'en')).toBe('mid-May');
  });
});
