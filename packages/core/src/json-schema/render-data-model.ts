/**
 * Renders docs/data-model.md from the timeline's JSON Schema, so the reference can never
 * disagree with the schemas. Node-only; not part of the public API.
 */
import { _withArticle } from '../internal/_with-article.js';

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  description?: string;
  title?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
  'x-parley-ref'?: string;
}

const anchor = (name: string) => `#${name.toLowerCase()}`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: JsonSchema): string {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    return `[${name}](${anchor(name)})`;
  }
  const kind = schema['x-parley-ref'];
  if (kind) return `id of ${kind === 'party' ? 'a state or organisation' : _withArticle(kind)}`;
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return union.map(typeOf).join(' or ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) {
    const values = schema.enum.map((value) => `\`${JSON.stringify(value)}\``);
    return values.length > 12 ? `one of ${values.length} codes (ISO 3166-1 alpha-2)` : values.join(', ');
  }
  if (schema.type === 'array')
    return `list of ${typeOf(schema.items ?? {})}${limits(schema.minItems, schema.maxItems, 'items')}`;
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object')
    return `map of language tag → ${typeOf(schema.additionalProperties)}`;
  if (schema.type === 'string') {
    // Only the date pattern allows the qualifiers ? ~ %.
    if (schema.pattern?.includes('[?~%]')) return 'EDTF date';
    if (schema.format === 'uri') return 'http(s) URL';
    if (schema.pattern?.startsWith('^[A-Za-z0-9]')) return 'id';
    return `text${limits(schema.minLength, schema.maxLength, 'characters')}`;
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const range =
      schema.minimum !== undefined && schema.maximum !== undefined
        ? ` ${schema.minimum}–${schema.maximum}`
        : '';
    return `${schema.type === 'integer' ? 'whole number' : 'number'}${range}`;
  }
  return schema.type ?? 'any';
}

function limits(min: number | undefined, max: number | undefined, unit: string): string {
  if (max === undefined) return min ? ` (at least ${min} ${unit})` : '';
  return min ? ` (${min}–${max} ${unit})` : ` (at most ${max} ${unit})`;
}

function renderObject(name: string, schema: JsonSchema): string {
  const lines = [`## ${name}`, ''];
  if (schema.description) lines.push(schema.description, '');
  const union = schema.oneOf ?? schema.anyOf;
  if (union) {
    lines.push(`One of: ${union.map(typeOf).join(', ')}.`, '');
    return lines.join('\n');
  }
  if (!schema.properties) {
    lines.push(`Type: ${typeOf(schema)}.`, '');
    return lines.join('\n');
  }
  lines.push('| Field | Type | Required | Description |', '| --- | --- | --- | --- |');
  const required = new Set(schema.required ?? []);
  for (const [field, property] of Object.entries(schema.properties))
    lines.push(
      `| \`${field}\` | ${cell(typeOf(property))} | ${required.has(field) ? 'yes' : ''} | ${cell(property.description ?? '')} |`,
    );
  lines.push('');
  return lines.join('\n');
}

/** The whole reference page, in a stable order: the document first, then every named type. */
export function _renderDataModel(root: JsonSchema): string {
  const defs = Object.entries(root.$defs ?? {});
  return [
    '<!-- Generated from the zod schemas by packages/core/src/json-schema/render-data-model.ts. -->',
    '<!-- Do not edit: change the schemas, then run `npm run codegen`. -->',
    '',
    '# Data model reference',
    '',
    'Every type and field of a Parley timeline document. For a walk-through, see',
    '[Write your first timeline](first-timeline.md); for the machine-readable form, `@parley/core/schema.json`.',
    '',
    `Types: [Timeline](#timeline), ${defs.map(([name]) => `[${name}](${anchor(name)})`).join(', ')}.`,
    '',
    renderObject('Timeline', root),
    ...defs.map(([name, schema]) => renderObject(name, schema)),
  ].join('\n');
}
