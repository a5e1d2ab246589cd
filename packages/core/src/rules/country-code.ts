import type { Rule } from './rule.js';

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249), as of the 2024 list, grouped by first
 * letter to keep the script tag small: `AD…` reads "AD", "AE", "AF"…
 */
export const ISO_3166_1_ALPHA_2_CODES = (
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY ' +
  'MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ ' +
  'TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW '
)
  .trim()
  .split(' ')
  .flatMap(([first, ...seconds]) => seconds.map((second) => first! + second));
/**
 * The codes Parley accepts: the assigned ones and `XK`, Kosovo's user-assigned code, which CLDR,
 * the EU and Wikidata use although ISO 3166-1 has not assigned it.
 */
export const COUNTRY_CODES: readonly string[] = [...ISO_3166_1_ALPHA_2_CODES, 'XK'];

const ACCEPTED = new Set(COUNTRY_CODES);

/** A country as its ISO 3166-1 alpha-2 code in capitals, e.g. `TR`, `UA`, `RU`, `US`, or `XK`. */
export const countryCode: Rule<string> = (code, report) => {
  if (ACCEPTED.has(code)) return;
  const upper = code.toUpperCase();
  report({
    code: 'invalid_country',
    received: code,
    ...(ACCEPTED.has(upper) ? { suggestion: upper } : {}),
  });
};
