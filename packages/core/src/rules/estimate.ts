import type { Rule } from './rule.js';

export interface Estimate {
  readonly low?: number;
  readonly best?: number;
  readonly high?: number;
}

const FIGURES = ['low', 'best', 'high'] as const;

/** An estimate gives at least one figure, and its figures are in order: low ≤ best ≤ high. */
export const estimateFigures: Rule<Estimate> = (estimate, report) => {
  const given = FIGURES.filter((key) => estimate[key] !== undefined);
  if (given.length === 0) report({ code: 'missing_figure' });
  if (given.some((key, i) => i > 0 && estimate[key]! < estimate[given[i - 1]!]!))
    report({
      code: 'invalid_range',
      reason: 'estimate',
      received: Object.fromEntries(given.map((key) => [key, estimate[key]])),
    });
};
