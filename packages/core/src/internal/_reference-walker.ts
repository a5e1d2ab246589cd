import type * as z from 'zod/mini';
import { _defOf, _isObject } from './_zod-def.js';
import { referenceKinds, type ReferenceKind } from '../schemas/primitives/id.js';

type Path = (string | number)[];
/** Called for each reference: its kind, the id it holds, and where (a reused array: copy to keep). */
export type VisitReference = (kind: ReferenceKind, id: string, path: readonly (string | number)[]) => void;
type Walker = (value: unknown, path: Path, visit: VisitReference) => void;

const compiled = new WeakMap<z.core.$ZodType, Walker | null>();

/** A walker that visits only the parts of a value where the schema can hold a reference; null where none. */
function compile(schema: z.core.$ZodType): Walker | null {
  if (compiled.has(schema)) return compiled.get(schema)!;
  const walker = build(schema);
  compiled.set(schema, walker);
  return walker;
}

function build(schema: z.core.$ZodType): Walker | null {
  const kind = referenceKinds.get(schema);
  if (kind) return (value, path, visit) => typeof value === 'string' && visit(kind, value, path);
  const def = _defOf(schema);
  switch (def.type) {
    case 'optional':
      return compile(def.innerType!);
    case 'array': {
      const element = compile(def.element!);
      if (!element) return null;
      return (value, path, visit) => {
        if (!Array.isArray(value)) return;
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          element(value[index], path, visit);
          path.pop();
        }
      };
    }
    case 'record': {
      const item = compile(def.valueType!);
      if (!item) return null;
      return (value, path, visit) => {
        if (!_isObject(value)) return;
        for (const key of Object.keys(value)) {
          path.push(key);
          item(value[key], path, visit);
          path.pop();
        }
      };
    }
    case 'object': {
      const fields = Object.entries(def.shape!)
        .map(([key, field]) => [key, compile(field)] as const)
        .filter((entry): entry is readonly [string, Walker] => entry[1] !== null);
      if (fields.length === 0) return null;
      return (value, path, visit) => {
        if (!_isObject(value)) return;
        for (const [key, field] of fields) {
          if (value[key] === undefined) continue;
          path.push(key);
          field(value[key], path, visit);
          path.pop();
        }
      };
    }
    case 'union': {
      const key = def.discriminator;
      const options = def.options!.map(compile);
      if (options.every((option) => option === null)) return null;
      if (key === undefined) throw new Error('References inside a plain union are not supported');
      const byTag = new Map<unknown, Walker>();
      def.options!.forEach((option, index) => {
        const walker = options[index];
        if (walker)
          for (const tag of _defOf(_defOf(option).shape![key]!).values ?? []) byTag.set(tag, walker);
      });
      return (value, path, visit) => {
        if (_isObject(value)) byTag.get(value[key])?.(value, path, visit);
      };
    }
    default:
      return null;
  }
}

/**
 * Calls `visit` for every reference (a field made with `ref()`) in a valid document, walking
 * only the parts of the schema that can hold one. Built once per schema; no list of reference
 * fields is written by hand.
 */
export function _visitReferences(schema: z.core.$ZodType, value: unknown, visit: VisitReference): void {
  compile(schema)?.(value, [], visit);
}
