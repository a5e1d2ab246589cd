import type * as z from 'zod/mini';
import { _defOf, _isObject } from './_zod-def.js';

type Schema = z.core.$ZodType;

/**
 * Unwraps optionals and picks a union's option for `value`: by the discriminator where there is
 * one, else the option of the value's own kind (the estimate object of a count-or-estimate), so
 * callers see the object or array schema that governs `value`. Returns undefined when none fits.
 */
export function _concreteSchema(schema: Schema, value: unknown): Schema | undefined {
  let current: Schema | undefined = schema;
  for (;;) {
    const def = _defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') current = def.innerType!;
    else if (def.type === 'union' && def.discriminator !== undefined) {
      const key = def.discriminator;
      if (!_isObject(value)) return undefined;
      current = def.options!.find((option) => {
        const literal = _defOf(option).shape?.[key];
        return literal !== undefined && (_defOf(literal).values ?? []).includes(value[key]);
      });
      if (!current) return undefined;
    } else if (def.type === 'union') {
      const kind = Array.isArray(value) ? 'array' : _isObject(value) ? 'object' : undefined;
      current = kind && def.options!.find((option) => _defOf(option).type === kind);
      if (!current) return undefined;
    } else return current;
  }
}

/** The schema of the child at `key` of a value governed by `schema`, if the schema has one. */
export function _childSchema(schema: Schema, value: unknown, key: string | number): Schema | undefined {
  const concrete = _concreteSchema(schema, value);
  if (!concrete) return undefined;
  const def = _defOf(concrete);
  if (def.type === 'object') return typeof key === 'string' ? def.shape![key] : undefined;
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** The schema that governs the value at `path` inside `root`, walking data and schema together. */
export function _schemaAt(
  schema: Schema,
  root: unknown,
  path: readonly (string | number)[],
): Schema | undefined {
  let current: Schema | undefined = schema;
  let value: unknown = root;
  for (const key of path) {
    if (!current) return undefined;
    current = _childSchema(current, value, key);
    value =
      _isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return current;
}

/** Field names an object schema (or the union option chosen by `value`) allows. */
export function _knownKeys(schema: Schema, value: unknown): string[] {
  const concrete = _concreteSchema(schema, value);
  return concrete && _defOf(concrete).type === 'object' ? Object.keys(_defOf(concrete).shape!) : [];
}
