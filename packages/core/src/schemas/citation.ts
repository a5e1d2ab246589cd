import * as z from 'zod/mini';
import { rule } from './primitives/rule.js';
import { doc } from './primitives/doc.js';
import { ref } from './primitives/id.js';
import { paragraph } from './primitives/text.js';

export const CitationKindSchema = z
  .enum(['fact', 'claim', 'opinion'])
  .check(
    z.describe(
      "How a cited sentence stands: `fact` is the reporter's own finding, `claim` is what someone said (attributed to its `claimant`), `opinion` is a judgement such as an analyst's or the author's.",
    ),
  );

export const CitationSchema = z
  .strictObject({
    source: ref('source', 'Id of the source that reports this.'),
    kind: doc(CitationKindSchema, 'Whether this is reported fact, an attributed claim, or opinion.'),
    claimant: z.optional(ref('actor', 'Id of whoever makes the claim.')),
    reportedBy: z.optional(ref('actor', 'Id of the outlet the source credits.')),
    quote: doc(
      z.optional(paragraph(500)),
      'A short verbatim quote from the source (fair use: keep it brief).',
    ),
  })
  .check(rule('citationClaimant'))
  .check(z.describe('The basis for an item: which source says so, how, and in which words.'));

export type CitationKind = z.infer<typeof CitationKindSchema>;
export type Citation = z.infer<typeof CitationSchema>;
