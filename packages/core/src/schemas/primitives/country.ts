import * as z from 'zod/mini';
import { COUNTRY_CODES } from '../../rules/country-code.js';
import { rule } from './rule.js';

/** A country as its ISO 3166-1 alpha-2 code in capitals, e.g. `TR`, `UA`, `RU`, `US`, or `XK` for Kosovo. */
export const CountryCodeSchema = z.string().check(z.meta({ enum: COUNTRY_CODES }), rule('countryCode'));
