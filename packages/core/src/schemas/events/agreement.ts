import * as z from 'zod/mini';
import { ParleyDateSchema } from '../primitives/date.js';
import { doc } from '../primitives/doc.js';
import { ref } from '../primitives/id.js';
import { QuantitySchema } from '../primitives/quantity.js';
import { line, paragraph } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

/** Where one provision stands: agreed, under way, done in part or in full, broken, or dropped. */
export const ProvisionStatusSchema = z
  .enum([
    'agreed',
    'in-progress',
    'partially-implemented',
    'implemented',
    'violated',
    'suspended',
    'abandoned',
  ])
  .check(
    z.describe(
      '`agreed` not yet begun; `in-progress` under way; `partially-implemented` done in part and stopped; `implemented` done; `violated` broken; `suspended` paused; `abandoned` given up.',
    ),
  );

export const ProvisionSchema = z
  .strictObject({
    kind: doc(
      z.enum([
        'prisoner-exchange',
        'remains-exchange',
        'ceasefire',
        'follow-up-meeting',
        'humanitarian',
        'other',
      ]),
      'What sort of provision: `remains-exchange` is an exchange of the bodies of the fallen.',
    ),
    description: doc(paragraph(1000), "The provision in the newsroom's words."),
    categories: doc(
      z.optional(z.array(line(200)).check(z.maxLength(20))),
      'Who or what it covers, e.g. "seriously wounded", "under 18".',
    ),
    quantity: doc(
      z.optional(QuantitySchema),
      'How many it covers, exact or estimated, each side or in total; people unless a unit says otherwise.',
    ),
    status: doc(
      z.optional(ProvisionStatusSchema),
      "Where this provision stands, when it differs from the agreement's: one exchange done while another waits.",
    ),
    implemented: doc(
      z.optional(ParleyDateSchema),
      'When it was carried out: a day, or an interval for one carried out in stages (`2025-06-09/2025-06-14`).',
    ),
  })
  .check(z.describe('One thing the parties agreed to do.'));

export const AgreementSchema = z
  .strictObject({
    type: z.literal('agreement'),
    ...eventFields,
    parties: doc(
      z.array(ref('party', 'Id of a party to the agreement.')).check(z.minLength(1), z.maxLength(50)),
      'Ids of the states or organisations that agreed.',
    ),
    talks: z.optional(ref('event', 'Id of the talks where it was agreed.')),
    status: doc(
      z.enum([
        'announced',
        'agreed',
        'signed',
        'in-force',
        'implemented',
        'partially-implemented',
        'violated',
        'collapsed',
      ]),
      'Where the agreement stands.',
    ),
    provisions: doc(
      z.array(ProvisionSchema).check(z.minLength(1), z.maxLength(100)),
      'What was agreed, item by item.',
    ),
  })
  .check(
    z.describe('Something the parties agreed, with its provisions and where it stands. `type: "agreement"`.'),
  );

export type ProvisionStatus = z.infer<typeof ProvisionStatusSchema>;
export type Provision = z.infer<typeof ProvisionSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
