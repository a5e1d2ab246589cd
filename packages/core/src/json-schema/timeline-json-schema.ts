import * as z from 'zod/mini';
import * as schemas from '../schemas/index.js';

import { _PACKAGE_VERSION } from './version.js';

/**
 * Where the published JSON Schema lives, at this package version; also its `$id`. Point a
 * document's `$schema` at it for autocomplete in editors:
 * `"$schema": "https://unpkg.com/@parley/core@0.1.0/schema.json"`.
 */
export const TIMELINE_JSON_SCHEMA_ID = `https://unpkg.com/@parley/core@${_PACKAGE_VERSION}/schema.json`;

/**
 * The JSON Schema (draft 2020-12) of a timeline document, generated from the zod schemas, with
 * each named schema (Talks, Person, Citation…) under `$defs` and every field's description.
 * The package ships the same document as `@parley/core/schema.json`.
 *
 * Hint: JSON Schema checks shape and syntax; only `safeParseTimeline` also checks calendar
 * dates, interval order, ids and references.
 *
 * @returns A plain JSON Schema object.
 */
export function timelineJsonSchema(): Record<string, unknown> {
  // Named schemas go to $defs under their export name without "Schema": TalksSchema → Talks.
  // Ids live in zod's global registry only while generating, beside the field descriptions.
  const registry = z.globalRegistry;
  const previous = new Map<z.core.$ZodType, Record<string, unknown> | undefined>();
  for (const [name, value] of Object.entries(schemas)) {
    if (!name.endsWith('Schema') || name === 'TimelineSchema') continue;
    const schema = value as z.core.$ZodType;
    const id = name.slice(0, -'Schema'.length);
    previous.set(schema, registry.get(schema));
    registry.add(schema, { ...registry.get(schema), id, title: id });
  }
  try {
    const json = z.toJSONSchema(schemas.TimelineSchema, {
      target: 'draft-2020-12',
      io: 'input',
      // The name of a string format is for Parley's locales (they word its message), not for readers.
      override: ({ jsonSchema }) => {
        delete (jsonSchema as Record<string, unknown>)['x-parley-format'];
      },
    });
    const { $schema, ...rest } = json as Record<string, unknown>;
    return { $schema, $id: TIMELINE_JSON_SCHEMA_ID, ...rest };
  } finally {
    for (const [schema, meta] of previous) {
      registry.remove(schema);
      if (meta) registry.add(schema, meta);
    }
  }
}
