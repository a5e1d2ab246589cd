// Every rule by name: the zod schemas attach them by name (schemas/primitives/rule.ts) and the
// generated validator calls them by name, so each rule is written once and runs the same in both.
import { countryCode } from './country-code.js';
import { durationRange } from './duration-range.js';
import { estimateFigures } from './estimate.js';
import { httpUrl } from './http-url.js';
import { parleyDate } from './parley-date.js';
import { citationClaimant, personName, roleInterval, statementWords } from './required-together.js';
import { lineCharacters, paragraphCharacters } from './text-characters.js';

export type { Rule, RuleIssue } from './rule.js';

export const RULES = {
  citationClaimant,
  countryCode,
  durationRange,
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
