import * as z from 'zod/mini';
import { doc } from '../primitives/doc.js';
import { line } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

export const ContextSchema = z
  .strictObject({
    type: z.literal('context'),
    ...eventFields,
    category: doc(z.optional(line(100)), 'A newsroom\'s own label, e.g. "position" or "announcement".'),
  })
  .check(
    z.describe(
      'Anything else readers need to follow the talks: an announcement, a position, a trip. `type: "context"`.',
    ),
  );

export type Context = z.infer<typeof ContextSchema>;
