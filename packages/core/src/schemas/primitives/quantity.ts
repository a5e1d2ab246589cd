import * as z from 'zod/mini';

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
      .check(
        z.superRefine((estimate, ctx) => {
          const { low, best, high } = estimate;
          if (low === undefined && best === undefined && high === undefined)
            ctx.addIssue({
              code: 'custom',
              input: estimate,
              params: { parley: 'missing_figure' },
              message: 'An estimate needs at least one of low, best and high.',
            });
          const given = (['low', 'best', 'high'] as const).filter((key) => estimate[key] !== undefined);
          if (given.some((key, i) => i > 0 && estimate[key]! < estimate[given[i - 1]!]!))
            ctx.addIssue({
              code: 'custom',
              input: estimate,
              params: { parley: 'invalid_range' },
              message: `Expected low ≤ best ≤ high, received ${given.map((key) => `${key} ${estimate[key]}`).join(', ')}.`,
            });
        }),
      ),
  ])
  .check(
    z.describe(
      'A count that may be exact (`12`) or an estimate (`{ "low": 50, "best": 60, "high": 80 }`), as casualty and exchange figures often are. An estimate needs at least one of the three, and low ≤ best ≤ high.',
    ),
  );

export type Quantity = z.infer<typeof QuantitySchema>;
