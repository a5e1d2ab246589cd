import * as z from 'zod/mini';
import { ISO_3166_1_ALPHA_2_CODES } from '../../rules/country-code.js';
import { rule } from './rule.js';

/** A country as its ISO 3166-1 alpha-2 code in capitals, e.g. `TR`, `UA`, `RU`, `US`. */
export const CountryCodeSchema = z
  .string()
  .check(z.meta({ enum: ISO_3166_1_ALPHA_2_CODES }), rule('countryCode'));
