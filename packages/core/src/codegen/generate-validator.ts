import * as z from 'zod/mini';
import * as schemas from '../schemas/index.js';
import { CountryCodeSchema } from '../schemas/primitives/country.js';
import { ParleyDateSchema } from '../schemas/primitives/date.js';
import { IdSchema, _referenceKindOf } from '../schemas/primitives/id.js';
import { LanguageSchema } from '../schemas/primitives/language.js';
import { NamesSchema } from '../schemas/primitives/names.js';
import { ruleNames } from '../schemas/primitives/rule.js';
import { SameAsSchema } from '../schemas/primitives/same-as.js';
import { HttpUrlSchema } from '../schemas/primitives/url.js';
import { _defOf, type _ZodDef } from './zod-def.js';

type Schema = z.core.$ZodType;

/** A zod check's definition, as far as the generator reads it. */
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: (issue: object) => string | undefined;
}

const checkDef = (check: unknown): CheckDef => (check as { _zod: { def: CheckDef } })._zod.def;

/** Checks that only carry documentation (descriptions, JSON Schema hints): nothing to validate. */
const DOCUMENTATION_CHECKS = new Set(['describe', 'meta']);

/** Schemas whose names the generated code borrows, so it reads like the schema files. */
const NAMED_SCHEMAS: Record<string, unknown> = {
  ...schemas,
  CountryCodeSchema,
  HttpUrlSchema,
  IdSchema,
  LanguageSchema,
  NamesSchema,
  ParleyDateSchema,
  SameAsSchema,
};

/**
 * Writes the timeline validator as a TypeScript module: one declaration per object, union, list
 * and distinct kind of string, built from the small validators in validation/validators.ts, in
 * the order the zod schemas nest. It needs no `eval` (so a strict CSP is fine) and no zod (so the
 * browser build leaves zod and every field description out).
 *
 * The rules (refinements) are imported by name, so the zod schemas and this code run the same
 * functions; the wording of each problem lives in validation-run.ts.
 */
class ValidatorWriter {
  private readonly names = new Map<Schema, string>();
  private readonly bySource = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly declarations: string[] = [];
  private readonly imports = new Set<string>();
  private readonly schemaNames = new Map<Schema, string>();

  constructor() {
    for (const [name, schema] of Object.entries(NAMED_SCHEMAS))
      this.schemaNames.set(schema as Schema, name.replace(/Schema$/, ''));
  }

  /**
   * The name of the validator for `schema`, declaring it on first use.
   * @param place - Where it is first used, e.g. `CitationKind`: a name for fixed sets of values.
   */
  validatorFor(schema: Schema, place = ''): string {
    const known = this.names.get(schema);
    if (known) return known;
    const def = _defOf(schema);
    const [source, kind] = this.sourceOf(schema, def);
    // A field's schema is often a documented copy of a named one (`doc(IdSchema, …)`): same source.
    const named = this.schemaNames.get(schema) ?? this.nameOfSource(source);
    const fallback = ['OneOf', 'Number', 'String'].includes(kind) && place ? place : kind;
    // Schemas built alike (every `line(200)`) share one declaration.
    let name = this.bySource.get(source);
    if (!name) {
      name = this.unique(`validate${named ?? fallback}`);
      this.bySource.set(source, name);
      this.declarations.push(`const ${name}: Validator = ${source};\n`);
    }
    this.names.set(schema, name);
    return name;
  }

  /** The name of the named schema built by `source`, if any: `Id` for the id pattern. */
  private nameOfSource(source: string): string | undefined {
    for (const [schema, name] of this.schemaNames) {
      const def = _defOf(schema);
      if (def.type === 'string' && this.sourceOf(schema, def)[0] === source) return name;
    }
    return undefined;
  }

  /** The module's text: imports, then declarations in dependency order. */
  source(root: Schema): string {
    const rootName = this.validatorFor(root);
    return [
      '// Generated from the zod schemas by src/codegen/generate-validator.ts; do not edit.',
      '// Regenerate with `npm run codegen` after changing a schema.',
      `import { ${[...this.imports].sort().join(', ')} } from './validators.js';`,
      `import type { Validator } from './validation-run.js';`,
      `import { RULES } from '../rules/index.js';`,
      '',
      ...this.declarations,
      '/** Validates a whole timeline document, reporting every problem into `run`. */',
      `export const validateTimelineShape: Validator = ${rootName};`,
      '',
    ].join('\n');
  }

  /** The expression that builds a validator for `schema`, and a name for it when it has none. */
  private sourceOf(schema: Schema, def: _ZodDef): [string, string] {
    // Checks the generated code cannot carry must stop the build, never be dropped silently.
    if (['boolean', 'literal', 'enum', 'record', 'union', 'optional'].includes(def.type))
      documentationOnly(def);
    switch (def.type) {
      case 'string': {
        const kind = _referenceKindOf(schema);
        const validator = this.call('string', this.checks(schema, def));
        if (!kind) return [validator, this.leafName(def)];
        return [this.call('reference', [JSON.stringify(kind), validator]), `${capital(kind)}Ref`];
      }
      case 'number':
        return [this.call('number', this.checks(schema, def)), 'Number'];
      case 'boolean':
        return [this.call('boolean', []), 'Boolean'];
      case 'literal':
      case 'enum': {
        const values = def.type === 'literal' ? def.values! : Object.values(def.entries ?? {});
        return [
          this.call(
            'oneOf',
            values.map((value) => JSON.stringify(value)),
          ),
          'OneOf',
        ];
      }
      case 'array': {
        const item = this.validatorFor(def.element!);
        return [this.call('list', [item, this.listLimits(def)]), `${item.replace(/^validate/, '')}List`];
      }
      case 'record':
        return this.record(def);
      case 'object':
        return this.object(schema, def);
      case 'union':
        return def.discriminator === undefined ? this.union(def) : this.tagged(def);
      default:
        throw new Error(`The validator generator does not know zod type "${def.type}"`);
    }
  }

  private call(name: string, args: readonly string[]): string {
    this.imports.add(name);
    return `${name}(${args.join(', ')})`;
  }

  /** A leaf's checks in zod's order; "own" checks (the whole-number rule of z.int()) come first. */
  private checks(schema: Schema, def: _ZodDef): string[] {
    const own = (schema as unknown as { _zod: { check?: unknown } })._zod.check;
    const checks: unknown[] =
      typeof own === 'function' ? [schema, ...(def.checks ?? [])] : (def.checks ?? []);
    return checks.flatMap((check): string[] => {
      const rule = ruleNames.get(check as object);
      if (rule) {
        return [this.call('rule', [`RULES.${rule}`])];
      }
      const c = checkDef(check);
      switch (c.check) {
        case 'min_length':
          return [this.call('minLength', [String(c.minimum)])];
        case 'max_length':
          return [this.call('maxLength', [String(c.maximum)])];
        case 'string_format':
          if (c.format !== 'regex' || !c.pattern) throw new Error(`Unsupported string format "${c.format}"`);
          return [this.call('matches', [String(c.pattern), JSON.stringify(formatOf(schema, c))])];
        case 'number_format':
          if (c.format !== 'safeint') throw new Error(`Unsupported number format "${c.format}"`);
          return [this.call('integer', [])];
        case 'greater_than':
          if (!c.inclusive) throw new Error('Only inclusive minimums are supported');
          return [this.call('atLeast', [String(c.value)])];
        case 'less_than':
          if (!c.inclusive) throw new Error('Only inclusive maximums are supported');
          return [this.call('atMost', [String(c.value)])];
        default:
          if (DOCUMENTATION_CHECKS.has(c.check)) return [];
          throw new Error(`Unsupported zod check "${c.check}"`);
      }
    });
  }

  /** A list's length limits, `{ min, max }`: the only checks lists support. */
  private listLimits(def: _ZodDef): string {
    const limits: string[] = [];
    for (const check of def.checks ?? []) {
      const c = checkDef(check);
      if (c.check === 'min_length') limits.push(`min: ${c.minimum}`);
      else if (c.check === 'max_length') limits.push(`max: ${c.maximum}`);
      else if (!DOCUMENTATION_CHECKS.has(c.check)) throw new Error(`Unsupported list check "${c.check}"`);
    }
    return `{ ${limits.join(', ')} }`;
  }

  /** A name that says what a string accepts: `Line200`, `Paragraph2000`, or just `String`. */
  private leafName(def: _ZodDef): string {
    const rules = (def.checks ?? []).map((check) => ruleNames.get(check));
    const maximum = (def.checks ?? [])
      .map((check) => checkDef(check).maximum)
      .find((value) => value !== undefined);
    if (rules.includes('lineCharacters')) return `Line${maximum}`;
    if (rules.includes('paragraphCharacters')) return `Paragraph${maximum}`;
    return 'String';
  }

  private record(def: _ZodDef): [string, string] {
    const keyDef = _defOf(def.keyType!);
    const [keyCheck, ...others] = (keyDef.checks ?? [])
      .map(checkDef)
      .filter((check) => !DOCUMENTATION_CHECKS.has(check.check));
    if (keyDef.type !== 'string' || !keyCheck?.pattern || others.length > 0)
      throw new Error('Map keys support one regex check only');
    const item = this.validatorFor(def.valueType!);
    return [
      this.call('map', [item, String(keyCheck.pattern), JSON.stringify(formatOf(def.keyType!, keyCheck))]),
      `${item.replace(/^validate/, '')}Map`,
    ];
  }

  private object(schema: Schema, def: _ZodDef): [string, string] {
    if (def.catchall === undefined || _defOf(def.catchall).type !== 'never')
      throw new Error('Only strict objects are supported: unknown fields must be refused');
    const fields = Object.entries(def.shape!).map(([key, field]) => {
      const optional = _defOf(field).type === 'optional';
      if (optional) documentationOnly(_defOf(field));
      const place = `${this.schemaNames.get(schema) ?? ''}${capital(key)}`;
      const validator = this.validatorFor(optional ? _defOf(field).innerType! : field, place);
      if (optional) this.imports.add('OPTIONAL');
      return `  [${JSON.stringify(key)}, ${validator}${optional ? ', OPTIONAL' : ''}],`;
    });
    const rules = (def.checks ?? []).flatMap((check) => {
      const rule = ruleNames.get(check);
      if (rule) {
        return [`RULES.${rule}`];
      }
      if (!DOCUMENTATION_CHECKS.has(checkDef(check).check))
        throw new Error(`Unsupported object check "${checkDef(check).check}"`);
      return [];
    });
    return [this.call('object', [`[\n${fields.join('\n')}\n]`, ...rules]), 'Object'];
  }

  private tagged(def: _ZodDef): [string, string] {
    const tag = def.discriminator!;
    const options = def.options!.flatMap((option) => {
      const validator = this.validatorFor(option);
      const values = _defOf(_defOf(option).shape![tag]!).values ?? [];
      return values.map((value) => `  ${JSON.stringify(value)}: ${validator},`);
    });
    return [this.call('tagged', [JSON.stringify(tag), `{\n${options.join('\n')}\n}`]), 'Union'];
  }

  private union(def: _ZodDef): [string, string] {
    // Each option is tried on its own, without the document's ids: a reference could not be checked.
    for (const option of def.options!)
      if (containsReference(option)) throw new Error('References inside a plain union are not supported');
    return [
      this.call(
        'union',
        def.options!.map((option) => this.validatorFor(option)),
      ),
      'Union',
    ];
  }

  private unique(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}

/** Refuses a schema whose checks do more than document it: the generator would drop them. */
function documentationOnly(def: _ZodDef): void {
  for (const check of def.checks ?? [])
    if (!DOCUMENTATION_CHECKS.has(checkDef(check).check) || ruleNames.has(check))
      throw new Error(`The validator generator cannot check "${checkDef(check).check}" on a ${def.type}`);
}

/** Whether `schema` holds a reference field anywhere inside it. */
function containsReference(schema: Schema): boolean {
  if (_referenceKindOf(schema)) return true;
  const def = _defOf(schema);
  const children = [
    def.innerType,
    def.element,
    def.valueType,
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
  ];
  return children.some((child) => child !== undefined && containsReference(child));
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * The name of a string's format, which the locales word: `x-parley-format` (`id`, `language`…),
 * or `id:<kind>` for a reference. A pattern without a name has no words in any locale, so it
 * stops the generator.
 */
function formatOf(schema: Schema, check: CheckDef): string {
  const kind = _referenceKindOf(schema);
  if (kind) return `id:${kind}`;
  const named = z.globalRegistry.get(schema)?.['x-parley-format'];
  if (typeof named === 'string') return named;
  throw new Error(
    `A pattern (${String(check.pattern)}) needs z.meta({ 'x-parley-format': name }) and words in every locale`,
  );
}

/**
 * The source of src/validation/validate-timeline.generated.ts.
 * @param root - The schema to validate; the timeline's unless a test says otherwise.
 * @throws {Error} For a schema the generated code could not check as zod does.
 */
export function generateValidator(root: z.ZodMiniType = schemas.TimelineSchema): string {
  return new ValidatorWriter().source(root as unknown as Schema);
}
