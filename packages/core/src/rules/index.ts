// Every rule by name: the zod schemas attach them by name and the validator generator looks them
// up here, so each rule is written once and runs the same in both.
export type { Rule, RuleIssue } from './rule.js';
import { countryCode } from './country-code.js';
import { estimateFigures } from './estimate.js';
import { httpUrl } from './http-url.js';
import { parleyDate } from './parley-date.js';
import { citationClaimant, personName, roleInterval, statementWords } from './required-together.js';
import { lineCharacters, paragraphCharacters } from './text-characters.js';

export {
  citationClaimant,
  countryCode,
  estimateFigures,
  httpUrl,
  lineCharacters,
  paragraphCharacters,
  parleyDate,
  personName,
  roleInterval,
  statementWords,
};

export const RULES = {
  citationClaimant,
  countryCode,
  estimateFigures,
  httpUrl,
  lineCharacters,
  paragraphCharacters,
  parleyDate,
  personName,
  roleInterval,
  statementWords,
} as const;

export type RuleName = keyof typeof RULES;
