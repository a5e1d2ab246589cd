import * as z from 'zod/mini';
import { doc } from '../primitives/doc.js';
import { ref } from '../primitives/id.js';
import { line } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

export const DocumentEventSchema = z
  .strictObject({
    type: z.literal('document'),
    ...eventFields,
    documentKind: doc(
      z.enum(['memorandum', 'draft-agreement', 'letter', 'list', 'proposal', 'other']),
      'What sort of document.',
    ),
    from: ref('party', 'Id of the party that wrote or handed over the document.'),
    to: z.optional(ref('party', 'Id of the party it was meant for.')),
    subject: doc(line(300), 'What it is about, e.g. "proposals for a ceasefire".'),
    status: doc(
      z.enum(['delivered', 'requested', 'promised', 'withheld', 'refused']),
      '`delivered` handed over; `requested` asked for; `promised` said it would be; `withheld` held back; `refused` declined.',
    ),
    talks: z.optional(ref('event', 'Id of the talks it belongs to.')),
  })
  .check(
    z.describe('A document that changed hands, or was asked for, promised or withheld. `type: "document"`.'),
  );

export type DocumentEvent = z.infer<typeof DocumentEventSchema>;
