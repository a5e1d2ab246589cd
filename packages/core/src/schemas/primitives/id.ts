import * as z from 'zod/mini';
import { _withArticle } from '../../internal/_with-article.js';

/** What an id may look like: letters, digits and `-_.:`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/**
 * An id that names something in the document, unique across the whole document,
 * e.g. `talks-round-2` or `rustem-umerov`.
 */
export const IdSchema = z.string().check(
  z.regex(ID_PATTERN, {
    message: 'Expected an id of letters, digits and - _ . : (at most 100, starting with a letter or digit).',
  }),
);

/** The kinds of thing an id can refer to, and so what a reference field must point at. */
export type ReferenceKind = 'actor' | 'person' | 'party' | 'place' | 'source' | 'event' | 'image';

/** Which reference fields point at which kind; read by the integrity checks, set only by `ref`. */
export const referenceKinds = new WeakMap<object, ReferenceKind>();

/**
 * A field holding the id of another item in the document, of the given kind.
 * The parser checks the id exists and is of that kind (a delegation's head must be a person).
 */
export function ref(kind: ReferenceKind, description: string) {
  const schema = z.string().check(
    z.regex(ID_PATTERN, { message: `Expected the id of ${_withArticle(kind)}.` }),
    // x-parley-ref tells JSON Schema readers (and the generated docs) what the id must name.
    z.meta({ description, 'x-parley-ref': kind }),
  );
  referenceKinds.set(schema, kind);
  return schema;
}
