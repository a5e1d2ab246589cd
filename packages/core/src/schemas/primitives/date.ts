import * as z from 'zod/mini';
import { rule } from './rule.js';

const POINT_SYNTAX = String.raw`(-?(\d{4}|\d{3}X|\d{2}XX)(-(\d{2}|XX)(-(\d{2}|XX)(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?|Y-?\d{5,})[?~%]?`;
/** The EDTF subset's syntax as a JSON Schema pattern. */
const EDTF_SYNTAX = `^(${POINT_SYNTAX}|(${POINT_SYNTAX}|\\.\\.)?/(${POINT_SYNTAX}|\\.\\.)?)$`;

/**
 * A date in EDTF levels 0 and 1: `2025-06-02`, `2025-05`, `2025`, `2025-21` (spring), `202X`
 * (a decade), `2025-06-XX` (a day in June), `2025-05~` (approximate), `2025-06?` (uncertain),
 * `2025-06-02T13:00+03:00`, or an interval `2025-05-31/2025-06-01`, `2025-06/..`, `/2025-06-01`.
 * Impossible dates (2025-02-30), intervals that end before they start and level 2 forms are refused.
 */
export const ParleyDateSchema = z.string().check(
  rule('parleyDate'),
  z.meta({
    // The syntax only; calendar validity and interval order are checked by the parser.
    pattern: EDTF_SYNTAX,
    description:
      'An EDTF date (ISO 8601-2 levels 0–1): day, month, year, season 21–24, digits unspecified with X, time with offset, qualifier ~ ? %, or interval with open (..) or unknown (empty) ends.',
    examples: [
      '2025-06-02',
      '2025-05~',
      '2025-21',
      '2025-06-XX',
      '2025-06-02T13:00+03:00',
      '2025-05-31/2025-06-01',
    ],
  }),
);

/** Which part of a month or year is meant, where the reporting says "early", "mid-" or "late". */
export const DatePartSchema = z.enum(['early', 'mid', 'late']);

/** Time of day in words, where the reporting gives no clock time ("on Monday afternoon"). */
export const TimeOfDaySchema = z.enum(['morning', 'afternoon', 'evening', 'night', 'overnight', 'all-day']);
