import { describe, expect, test } from 'vitest';
import { formatParleyDate } from '../index.js';

describe('formatParleyDate', () => {
  test('writes a day in the reader’s language', () => {
    expect(formatParleyDate('2025-06-02', 'en-GB')).toBe('2 June 2025');
    expect(formatParleyDate('2025-06-02', 'en-US')).toBe('June 2, 2025');
    expect(formatParleyDate('2025-06-02', 'uk')).toBe('2 червня 2025 р.');
  });

  test('never shifts the day, whatever the time zone', () => {
    expect(formatParleyDate('2025-01-01', 'en-GB')).toBe('1 January 2025');
  });

  test('falls back to English for an invalid language tag', () => {
    expect(formatParleyDate('2025-06-02', 'not a tag!')).toBe('June 2, 2025');
  });

  test('returns text it does not understand unchanged', () => {
    expect(formatParleyDate('mid-May', 'en')).toBe('mid-May');
  });
});
