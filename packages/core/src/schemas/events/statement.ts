import * as z from 'zod/mini';
import { rule } from '../primitives/rule.js';
import { doc } from '../primitives/doc.js';
import { ref } from '../primitives/id.js';
import { LanguageSchema } from '../primitives/language.js';
import { line, paragraph } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

export const StatementSchema = z
  .strictObject({
    type: z.literal('statement'),
    ...eventFields,
    speaker: ref('actor', 'Id of who said it: a person, or a state or body speaking as one.'),
    quote: doc(
      z.optional(paragraph(1000)),
      'The words as said or as translated, verbatim, without quotation marks.',
    ),
    paraphrase: doc(
      z.optional(paragraph(1000)),
      "What was said, in the newsroom's words, when there is no quote.",
    ),
    language: doc(z.optional(LanguageSchema), 'Language of `quote`.'),
    setting: doc(z.optional(line(300)), 'Where or how it was said, e.g. "at a conference in Lithuania".'),
    reportedBy: z.optional(ref('actor', 'Id of the outlet that reported it.')),
  })
  .check(rule('statementWords'))
  .check(z.describe('Something an actor said, verbatim or in paraphrase. `type: "statement"`.'));

export type Statement = z.infer<typeof StatementSchema>;
