import { describe, expect, test } from 'vitest';
import { COUNTRY_CODES, countryCode, ISO_3166_1_ALPHA_2_CODES } from './country-code.js';

describe('ISO 3166-1 alpha-2 codes', () => {
  test('are the 249 assigned codes, each two capitals, none twice', () => {
    expect(ISO_3166_1_ALPHA_2_CODES).toHaveLength(249);
    expect(new Set(ISO_3166_1_ALPHA_2_CODES).size).toBe(249);
    for (const code of ISO_3166_1_ALPHA_2_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(ISO_3166_1_ALPHA_2_CODES).toEqual(
      expect.arrayContaining(['AD', 'GB', 'RU', 'TR', 'UA', 'US', 'ZW']),
    );
  });

  test('accept assigned codes and refuse the rest, hinting at capitals', () => {
    const issues = (code: string) => {
      const found: unknown[] = [];
      countryCode(code, (issue) => found.push(issue));
      return found;
    };
    expect(issues('UA')).toEqual([]);
    // Kosovo: user-assigned, not in ISO's list, but used by CLDR, the EU and Wikidata.
    expect(issues('XK')).toEqual([]);
    expect(issues('xk')).toEqual([expect.objectContaining({ suggestion: 'XK' })]);
    for (const code of ['UK', 'EU', 'XX', 'U']) expect(issues(code)).toHaveLength(1);
    expect(issues('ua')).toEqual([expect.objectContaining({ code: 'invalid_country', suggestion: 'UA' })]);
  });
});

test('the accepted codes are the assigned ones and XK', () => {
  expect(COUNTRY_CODES).toEqual([...ISO_3166_1_ALPHA_2_CODES, 'XK']);
  expect(ISO_3166_1_ALPHA_2_CODES).not.toContain('XK');
});
