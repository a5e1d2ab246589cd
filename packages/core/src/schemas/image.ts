import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { IdSchema, ref } from './primitives/id.js';
import { HttpUrlSchema } from './primitives/url.js';
import { line, paragraph } from './primitives/text.js';

export const ImageSchema = z
  .strictObject({
    id: doc(IdSchema, 'Unique id within the document.'),
    caption: doc(paragraph(1000), 'What the image shows, as the caption says it.'),
    credit: doc(
      line(300),
      'Credit line exactly as it must be printed, e.g. "Turkish Ministry of Foreign Affairs via Getty Images".',
    ),
    alt: doc(z.optional(line(500)), 'Text alternative for readers who cannot see it.'),
    url: doc(z.optional(HttpUrlSchema), 'Where the image file is; http(s) only.'),
    providedBy: z.optional(ref('actor', 'Id of the actor that provided the image.')),
    source: z.optional(ref('source', 'Id of the source the image comes from.')),
  })
  .check(z.describe('A photograph or other image that goes with the reporting, with its credit.'));

export type Image = z.infer<typeof ImageSchema>;
