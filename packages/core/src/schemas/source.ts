import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { IdSchema } from './primitives/id.js';
import { ParleyDateSchema } from './primitives/date.js';
import { LanguageSchema } from './primitives/language.js';
import { HttpUrlSchema } from './primitives/url.js';
import { line } from './primitives/text.js';

export const SourceSchema = z
  .strictObject({
    id: doc(IdSchema, 'Unique id within the document, e.g. `forbes-2025-06-02`.'),
    publisher: doc(line(200), 'Who published it, e.g. "Forbes".'),
    title: doc(z.optional(line(500)), 'Headline or title.'),
    author: doc(z.optional(line(300)), 'Author or authors, as credited.'),
    kind: doc(
      z.optional(z.enum(['article', 'wire', 'broadcast', 'official', 'social', 'photo', 'other'])),
      'What sort of source this is.',
    ),
    url: doc(z.optional(HttpUrlSchema), 'Where to read it; http(s) only.'),
    archivedUrl: doc(
      z.optional(HttpUrlSchema),
      'An archived copy (Wayback Machine, archive.today), in case the original changes or goes.',
    ),
    published: doc(z.optional(ParleyDateSchema), 'When it was published.'),
    retrieved: doc(z.optional(ParleyDateSchema), 'When the newsroom last read it.'),
    language: doc(z.optional(LanguageSchema), 'Language it is written in.'),
  })
  .check(
    z.describe('A published report the timeline relies on: an article, a wire story, an official statement.'),
  );

export type Source = z.infer<typeof SourceSchema>;
