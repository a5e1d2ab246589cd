import * as z from 'zod/mini';
import { doc } from '../primitives/doc.js';
import { ref } from '../primitives/id.js';
import { line } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

export const SanctionsSchema = z
  .strictObject({
    type: z.literal('sanctions'),
    ...eventFields,
    by: z.optional(ref('party', 'Id of the state or organisation that would impose them.')),
    target: doc(
      z.array(ref('party', 'Id of a target.')).check(z.minLength(1), z.maxLength(50)),
      'Ids of the states or organisations aimed at.',
    ),
    status: doc(
      z.enum(['called-for', 'threatened', 'proposed', 'imposed', 'lifted']),
      '`called-for` asked of others; `threatened` or `proposed` by whoever would impose them; then `imposed`, `lifted`.',
    ),
    scope: doc(
      z.optional(z.enum(['primary', 'secondary'])),
      '`secondary` sanctions punish third countries that trade with the target.',
    ),
    sectors: doc(
      z.optional(z.array(line(100)).check(z.maxLength(30))),
      'Trade or sectors concerned, e.g. "oil", "gas".',
    ),
  })
  .check(z.describe('Sanctions called for, threatened, proposed, imposed or lifted. `type: "sanctions"`.'));

export type Sanctions = z.infer<typeof SanctionsSchema>;
