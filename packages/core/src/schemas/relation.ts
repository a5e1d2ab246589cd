import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { ref } from './primitives/id.js';

/** Every way one event can stand to another. */
export const RelationKindSchema = z
  .enum(['follows', 'responds-to', 'implements', 'concurrent-with', 'part-of'])
  .check(
    z.describe(
      '`follows` comes after it in a series (a round after the last one); `responds-to` answers it; `implements` carries it out (an exchange implementing an agreement); `concurrent-with` happens at the same time; `part-of` belongs to it (a side meeting within a summit).',
    ),
  );

export const RelationSchema = z
  .strictObject({
    kind: doc(RelationKindSchema, 'How this event stands to the other one.'),
    event: ref('event', 'Id of the other event.'),
  })
  .check(
    z.describe('A typed link from one event to another: `{ "kind": "follows", "event": "talks-round-1" }`.'),
  );

export type RelationKind = z.infer<typeof RelationKindSchema>;
export type Relation = z.infer<typeof RelationSchema>;
