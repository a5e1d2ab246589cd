import type * as z from 'zod/mini';
import { _defOf, _isObject, type _ZodDef } from './_zod-def.js';

/** A yes/no validator for one schema; `undefined` stands for a schema it cannot compile. */
type Validate = (value: unknown) => boolean;

/** A zod check's definition, as far as the common ones need reading. */
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

/**
 * Runs a schema's own checks exactly as zod would. Length and pattern checks, most of all, are
 * inlined; any other check (refinements, formats) runs zod's own code on a reused payload.
 */
function checksOf(schema: z.core.$ZodType, def: _ZodDef): Validate {
  const tests: Validate[] = [];
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  // Format types (z.int(), string formats) are their own check: the whole-number rule lives there.
  const own = (schema as unknown as { _zod: { check?: unknown } })._zod.check;
  const checks =
    typeof own === 'function'
      ? [schema as unknown as z.core.$ZodCheck, ...(def.checks ?? [])]
      : (def.checks ?? []);
  for (const check of checks) {
    const {
      check: kind,
      minimum,
      maximum,
      format,
      pattern,
    } = (check as unknown as { _zod: { def: CheckDef } })._zod.def;
    if (kind === 'min_length' && minimum !== undefined)
      tests.push((value) => (value as string).length >= minimum);
    else if (kind === 'max_length' && maximum !== undefined)
      tests.push((value) => (value as string).length <= maximum);
    else if (kind === 'string_format' && format === 'regex' && pattern) {
      tests.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      });
    } else {
      const run = (check as unknown as { _zod: { check: (p: typeof payload) => unknown } })._zod.check;
      tests.push((value) => {
        payload.value = value;
        payload.issues.length = 0;
        run(payload);
        return payload.issues.length === 0;
      });
    }
  }
  if (tests.length === 0) return () => true;
  return (value) => {
    for (let index = 0; index < tests.length; index++) if (!tests[index]!(value)) return false;
    return true;
  };
}

function compile(schema: z.core.$ZodType): Validate {
  const def = _defOf(schema);
  const checks = checksOf(schema, def);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string' && checks(value);
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value) && checks(value);
    case 'boolean':
      return (value) => typeof value === 'boolean' && checks(value);
    case 'literal': {
      const values = new Set(def.values);
      return (value) => values.has(value) && checks(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value) && checks(value);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = compile(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // An index loop, not every(): every() skips the holes of a sparse array, which zod refuses.
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false;
        return checks(value);
      };
    }
    case 'record': {
      const key = compile(def.keyType!);
      const item = compile(def.valueType!);
      return (value) =>
        _isObject(value) && Object.entries(value).every(([k, v]) => key(k) && item(v)) && checks(value);
    }
    case 'object': {
      const keys = Object.keys(def.shape!);
      const fields = keys.map((key) => compile(def.shape![key]!));
      const known = new Set(keys);
      const strict = def.catchall !== undefined && _defOf(def.catchall).type === 'never';
      return (value) => {
        if (!_isObject(value)) return false;
        for (let index = 0; index < keys.length; index++)
          if (!fields[index]!(value[keys[index]!])) return false;
        if (strict) for (const key in value) if (!known.has(key)) return false;
        return checks(value);
      };
    }
    case 'union': {
      const options = def.options!.map(compile);
      const key = def.discriminator;
      if (key === undefined) return (value) => options.some((option) => option(value)) && checks(value);
      const byTag = new Map<unknown, Validate>();
      def.options!.forEach((option, index) => {
        for (const tag of _defOf(_defOf(option).shape![key]!).values ?? []) byTag.set(tag, options[index]!);
      });
      return (value) => _isObject(value) && (byTag.get(value[key])?.(value) ?? false) && checks(value);
    }
    default:
      throw new Error(`No fast validator for zod type "${def.type}"`);
  }
}

/**
 * Builds a fast yes/no validator from a zod schema, once, by composing closures over its
 * definition: no `eval` or `new Function`, so it runs under a strict CSP. It runs the schema's
 * own checks, so it accepts exactly what zod accepts (a property test holds it to that); when it
 * says no, the caller asks zod for the detailed issues.
 *
 * @returns The validator, or `undefined` when the schema uses a type it does not know.
 */
export function _compileValidator(schema: z.core.$ZodType): Validate | undefined {
  try {
    return compile(schema);
  } catch {
    return undefined;
  }
}
