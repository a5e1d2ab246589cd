import * as z from 'zod/mini';
import { doc } from './doc.js';
import { rule } from './rule.js';
import { line } from './text.js';

const Count = z.int().check(z.minimum(0), z.maximum(1e9));

/** What a figure counts where there are sides: per side, both together, or one side only. */
export const QuantityBasisSchema = z
  .enum(['each-side', 'total', 'one-side'])
  .check(
    z.describe(
      'What a figure counts where there are sides: `each-side`, `total` (all sides together) or `one-side`.',
    ),
  );

/** A count with its figures spelt out: an estimate, or an exact figure with a basis or a unit. */
export const FiguresSchema = z
  .strictObject({
    low: doc(z.optional(Count), 'Lowest figure reported.'),
    best: doc(z.optional(Count), 'Best or most cited figure; the figure itself when it is exact.'),
    high: doc(z.optional(Count), 'Highest figure reported.'),
    approximate: doc(z.optional(z.boolean()), 'True when the reporting says "about", "some" or "more than".'),
    basis: doc(
      z.optional(QuantityBasisSchema),
      'What the figure counts: `each-side` for a 1,000-for-1,000 exchange (1,000 from each side), `total` for all sides together, `one-side` for one side only. Leave out when there are no sides.',
    ),
    unit: doc(
      z.optional(line(100)),
      'What is counted, in the timeline\'s language, when it is not people: "bodies", "drones", "tonnes of grain".',
    ),
  })
  .check(rule('estimateFigures'))
  .check(
    z.describe(
      'A count with its figures: at least one of low, best and high, in order (low ≤ best ≤ high), and optionally its basis and unit, e.g. `{ "best": 1000, "basis": "each-side" }`.',
    ),
  );

export const QuantitySchema = z
  .union([Count, FiguresSchema])
  .check(
    z.describe(
      'How many: an exact count of people (`12`), or [Figures](#figures) for an estimate (`{ "low": 50, "best": 60, "high": 80 }`), a basis (each side or in total) or a unit other than people.',
    ),
  );

export type Figures = z.infer<typeof FiguresSchema>;
export type QuantityBasis = z.infer<typeof QuantityBasisSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
