import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { ParleyDateSchema } from './primitives/date.js';
import { paragraph } from './primitives/text.js';

export const UpdateSchema = z
  .strictObject({
    date: doc(ParleyDateSchema, 'When the change was made.'),
    kind: doc(
      z.enum(['update', 'correction', 'clarification']),
      '`update` adds news; `correction` fixes an error; `clarification` rewords without changing facts.',
    ),
    text: doc(paragraph(1000), 'What changed, for readers.'),
  })
  .check(z.describe("One entry in a timeline's log of updates and corrections, as newsrooms publish them."));

export type Update = z.infer<typeof UpdateSchema>;
