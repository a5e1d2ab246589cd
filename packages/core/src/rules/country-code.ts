import { _describeReceived } from '../internal/_describe-received.js';
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
const ISO_3166_1_ALPHA_2 = new Set(ISO_3166_1_ALPHA_2_CODES);

/** A country as its ISO 3166-1 alpha-2 code in capitals, e.g. `TR`, `UA`, `RU`, `US`. */
export const countryCode: Rule<string> = (code, report) => {
  if (ISO_3166_1_ALPHA_2.has(code)) return;
  const upper = code.toUpperCase();
  report({
    code: 'invalid_country',
    message: `Expected an ISO 3166-1 alpha-2 country code in capitals such as "TR", "UA" or "RU", received ${_describeReceived(code)}.`,
    ...(ISO_3166_1_ALPHA_2.has(upper) ? { hint: `Did you mean "${upper}"?` } : {}),
  });
};
