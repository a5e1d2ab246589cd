import * as z from 'zod/mini';
import { rule } from './rule.js';

const Count = z.int().check(z.minimum(0), z.maximum(1e9));

export const QuantitySchema = z
  .union([
    Count,
    z
      .strictObject({
        /** Lowest figure reported. */
        low: z.optional(Count),
        /** Best or most cited figure. */
        best: z.optional(Count),
        /** Highest figure reported. */
        high: z.optional(Count),
        /** True when the reporting says "about", "some" or "more than". */
        approximate: z.optional(z.boolean()),
      })
      .check(rule('estimateFigures')),
  ])
  .check(
    z.describe(
      'A count that may be exact (`12`) or an estimate (`{ "low": 50, "best": 60, "high": 80 }`), as casualty and exchange figures often are. An estimate needs at least one of the three, and low ≤ best ≤ high.',
    ),
  );

export type Quantity = z.infer<typeof QuantitySchema>;
