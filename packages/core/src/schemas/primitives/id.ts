import * as z from 'zod/mini';
import { _withArticle } from '../../internal/_with-article.js';
import type { ReferenceKind } from '../../rules/reference-kinds.js';

/** What an id may look like: letters, digits and `-_.:`, starting with a letter or digit. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/**
 * An id that names something in the document, unique across the whole document,
 * e.g. `talks-round-2` or `rustem-umerov`.
 */
export const IdSchema = z.string().check(
  z.regex(ID_PATTERN, {
    message: 'Expected an id of letters, digits and - _ . : (at most 100, starting with a letter or digit).',
  }),
  // Names the format for the locales, which word Parley's own messages.
  z.meta({ 'x-parley-format': 'id' }),
);

/** The kind a reference field's id must name (`x-parley-ref`, set by `ref`), or `undefined` for other schemas. */
export function _referenceKindOf(schema: z.core.$ZodType): ReferenceKind | undefined {
  return z.globalRegistry.get(schema)?.['x-parley-ref'] as ReferenceKind | undefined;
}

/**
 * A field holding the id of another item in the document, of the given kind.
 * The parser checks the id exists and is of that kind (a delegation's head must be a person).
 */
export function ref(kind: ReferenceKind, description: string) {
  return z.string().check(
    z.regex(ID_PATTERN, { message: `Expected the id of ${_withArticle(kind)}.` }),
    // x-parley-ref tells JSON Schema readers, the generated docs and the validator generator
    // what the id must name.
    z.meta({ description, 'x-parley-ref': kind }),
  );
}
