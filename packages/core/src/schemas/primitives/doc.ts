import * as z from 'zod/mini';

/**
 * Attaches a field's description to its schema, where the JSON Schema and the generated docs
 * read it: one sentence, written once.
 *
 * Hint: reference fields made with `ref()` carry their description already; do not wrap them.
 */
export function doc<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}
