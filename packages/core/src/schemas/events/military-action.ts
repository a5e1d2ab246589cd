import * as z from 'zod/mini';
import { doc } from '../primitives/doc.js';
import { ref } from '../primitives/id.js';
import { QuantitySchema } from '../primitives/quantity.js';
import { line } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

export const CasualtiesSchema = z
  .strictObject({
    kind: doc(z.enum(['killed', 'injured', 'missing', 'captured']), 'What happened to them.'),
    count: doc(QuantitySchema, 'How many, exact or estimated.'),
    who: doc(z.optional(line(200)), 'Who they were, e.g. "Ukrainian military personnel".'),
    side: z.optional(ref('party', 'Id of the state or organisation they belonged to.')),
  })
  .check(z.describe('People killed, injured, missing or captured, as reported.'));

export const MilitaryActionSchema = z
  .strictObject({
    type: z.literal('military-action'),
    ...eventFields,
    by: ref('party', 'Id of the state or organisation that carried it out.'),
    against: z.optional(ref('party', 'Id of the state or organisation it was aimed at.')),
    means: doc(
      z.optional(
        z
          .array(
            z.enum(['drones', 'missiles', 'artillery', 'air-strike', 'ground-assault', 'naval', 'other']),
          )
          .check(z.maxLength(7)),
      ),
      'Weapons or means used.',
    ),
    target: doc(z.optional(line(300)), 'What was hit, e.g. "air bases".'),
    record: doc(z.optional(z.boolean()), 'True when reported as the largest of its kind so far.'),
    casualties: doc(
      z.optional(z.array(CasualtiesSchema).check(z.maxLength(20))),
      'Casualties, by kind and side.',
    ),
  })
  .check(
    z.describe('An attack or other military operation, as context for the talks. `type: "military-action"`.'),
  );

export type Casualties = z.infer<typeof CasualtiesSchema>;
export type MilitaryAction = z.infer<typeof MilitaryActionSchema>;
