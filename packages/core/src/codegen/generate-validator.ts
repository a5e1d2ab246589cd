import type * as z from 'zod/mini';
import * as schemas from '../schemas/index.js';
import { CountryCodeSchema } from '../schemas/primitives/country.js';
import { ParleyDateSchema } from '../schemas/primitives/date.js';
import { IdSchema } from '../schemas/primitives/id.js';
import { LanguageSchema } from '../schemas/primitives/language.js';
import { NamesSchema } from '../schemas/primitives/names.js';
import { SameAsSchema } from '../schemas/primitives/same-as.js';
import { HttpUrlSchema } from '../schemas/primitives/url.js';
import { referenceKinds } from '../schemas/primitives/id.js';
import { ruleNames } from '../schemas/primitives/rule.js';
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

/**
 * Writes the timeline validator as TypeScript: one function per object, union, array and
 * distinct kind of string, calling each other as the zod schemas nest. Plain code runs several
 * times faster than interpreting the schemas, needs no `eval` (so a strict CSP is fine), and
 * lets the browser build leave zod and the field descriptions out.
 *
 * The rules (refinements) are imported by name, so the zod schemas and this code run the
 * same functions; the wording of each problem lives in validation-run.ts.
 */
class ValidatorWriter {
  private readonly names = new Map<Schema, string>();
  private readonly bySignature = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly declarations: string[] = [];
  private readonly rulesUsed = new Set<string>();
  private readonly schemaNames = new Map<Schema, string>();
  private readonly patterns = new Map<string, string>();

  constructor() {
    const named = {
      ...schemas,
      CountryCodeSchema,
      HttpUrlSchema,
      IdSchema,
      LanguageSchema,
      NamesSchema,
      ParleyDateSchema,
      SameAsSchema,
    };
    for (const [name, schema] of Object.entries(named))
      this.schemaNames.set(schema as unknown as Schema, name.replace(/Schema$/, ''));
  }

  /** The name of the validator for `schema`, writing it on first use. */
  validatorFor(schema: Schema): string {
    const known = this.names.get(schema);
    if (known) return known;
    const def = _defOf(schema);
    let name: string;
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'literal':
      case 'enum':
        name = this.leaf(schema, def);
        break;
      case 'array':
        name = this.array(schema, def);
        break;
      case 'record':
        name = this.record(def);
        break;
      case 'object':
        name = this.object(schema, def);
        break;
      case 'union':
        name = def.discriminator === undefined ? this.plainUnion(schema, def) : this.taggedUnion(schema, def);
        break;
      default:
        throw new Error(`The validator generator does not know zod type "${def.type}"`);
    }
    this.names.set(schema, name);
    return name;
  }

  /** Declarations in dependency order, then the imports they need. */
  source(root: Schema): string {
    const rootName = this.validatorFor(root);
    const rules = [...this.rulesUsed].sort();
    return [
      '// Generated from the zod schemas by src/codegen/generate-validator.ts; do not edit.',
      '// Regenerate with `npx vitest run --project core -u` after changing a schema.',
      '/* eslint-disable */',
      `import {`,
      `  badFormat,`,
      `  enter,`,
      `  forbiddenKey,`,
      `  FORBIDDEN_KEYS,`,
      `  invalidKey,`,
      `  isObject,`,
      `  isPlainObject,`,
      `  leave,`,
      `  notOneOf,`,
      `  oneOfOptions,`,
      `  tooBig,`,
      `  tooSmall,`,
      `  unknownKeys,`,
      `  unknownTag,`,
      `  wrongType,`,
      `  type Key,`,
      `  type ValidationRun,`,
      `  type Validator,`,
      `} from './validation-run.js';`,
      `import { reference } from './references.js';`,
      rules.length > 0 ? `import { ${rules.join(', ')} } from '../rules/index.js';` : '',
      '',
      ...this.declarations,
      '/** Validates a whole timeline document, reporting every problem into `run`. */',
      `export function validateTimelineShape(value: unknown, run: ValidationRun): void {`,
      `  ${rootName}(value, run, undefined);`,
      `}`,
      '',
    ].join('\n');
  }

  private unique(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }

  private nameFor(schema: Schema, fallback: string): string {
    return this.unique(`validate${this.schemaNames.get(schema) ?? fallback}`);
  }

  private emit(comment: string, code: string): void {
    this.declarations.push(`/** ${comment} */\n${code}\n`);
  }

  /** The checks of a leaf schema, as statements on `v`; "own" checks (z.int()) come first, as in zod. */
  private leafChecks(schema: Schema, def: _ZodDef, origin: 'string' | 'number' | 'array'): string[] {
    const own = (schema as unknown as { _zod: { check?: unknown } })._zod.check;
    const checks: unknown[] =
      typeof own === 'function' ? [schema, ...(def.checks ?? [])] : (def.checks ?? []);
    const lines: string[] = [];
    for (const check of checks) {
      const rule = ruleNames.get(check as object);
      if (rule) {
        this.rulesUsed.add(rule);
        lines.push(`${rule}(v, r.reportAt(k));`);
        continue;
      }
      const c = checkDef(check);
      switch (c.check) {
        case 'min_length':
          lines.push(`if (v.length < ${c.minimum}) tooSmall(r, v, ${c.minimum}, '${origin}', k);`);
          break;
        case 'max_length':
          lines.push(`if (v.length > ${c.maximum}) tooBig(r, v, ${c.maximum}, '${origin}', k);`);
          break;
        case 'string_format': {
          if (c.format !== 'regex' || !c.pattern) throw new Error(`Unsupported string format "${c.format}"`);
          const message = c.error?.({}) ?? 'Expected the expected pattern.';
          lines.push(
            `if (!${this.pattern(c.pattern)}.test(v)) badFormat(r, v, ${JSON.stringify(message)}, k);`,
          );
          break;
        }
        case 'number_format':
          if (c.format !== 'safeint') throw new Error(`Unsupported number format "${c.format}"`);
          // A fraction is the wrong type and stops the remaining checks, as in zod.
          lines.push(`if (!Number.isInteger(v)) return wrongType(r, v, 'int', k);`);
          lines.push(`if (v > Number.MAX_SAFE_INTEGER) tooBig(r, v, Number.MAX_SAFE_INTEGER, 'number', k);`);
          lines.push(
            `else if (v < Number.MIN_SAFE_INTEGER) tooSmall(r, v, Number.MIN_SAFE_INTEGER, 'number', k);`,
          );
          break;
        case 'greater_than':
          if (!c.inclusive) throw new Error('Only inclusive minimums are supported');
          lines.push(`if (!(v >= ${c.value})) tooSmall(r, v, ${c.value}, 'number', k);`);
          break;
        case 'less_than':
          if (!c.inclusive) throw new Error('Only inclusive maximums are supported');
          lines.push(`if (!(v <= ${c.value})) tooBig(r, v, ${c.value}, 'number', k);`);
          break;
        default:
          if (!DOCUMENTATION_CHECKS.has(c.check)) throw new Error(`Unsupported zod check "${c.check}"`);
      }
    }
    return lines;
  }

  /** Strings, numbers, booleans and fixed values: one function per distinct set of checks. */
  private leaf(schema: Schema, def: _ZodDef): string {
    let body: string[];
    let what: string;
    if (def.type === 'literal' || def.type === 'enum') {
      const values = def.type === 'literal' ? def.values! : Object.values(def.entries ?? {});
      what = `One of ${values.map((value) => JSON.stringify(value)).join(', ')}.`;
      const list = `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
      body = [
        values.length === 1
          ? `if (v !== ${JSON.stringify(values[0])}) notOneOf(r, v, ${list}, k);`
          : `if (!${this.constant('ONE_OF', `new Set<unknown>(${list})`)}.has(v)) notOneOf(r, v, ${list}, k);`,
      ];
    } else if (def.type === 'boolean') {
      what = 'true or false.';
      body = [`if (typeof v !== 'boolean') wrongType(r, v, 'boolean', k);`];
    } else if (def.type === 'number') {
      what = 'A number.';
      body = [
        `if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(r, v, 'number', k);`,
        ...this.leafChecks(schema, def, 'number'),
      ];
    } else {
      const kind = referenceKinds.get(schema);
      what = kind ? `The id of a ${kind}.` : 'A string.';
      const checks = this.leafChecks(schema, def, 'string');
      body = [`if (typeof v !== 'string') return wrongType(r, v, 'string', k);`];
      if (kind)
        body.push(
          'const before = r.issues.length;',
          ...checks,
          `if (r.issues.length === before) reference(r, v, '${kind}', k);`,
        );
      else body.push(...checks);
    }
    const signature = body.join('\n');
    const existing = this.bySignature.get(signature);
    if (existing) return existing;
    const name = this.nameFor(schema, this.leafName(schema, def));
    this.bySignature.set(signature, name);
    this.emit(what, `function ${name}(v: unknown, r: ValidationRun, k: Key): void {\n${indent(body)}\n}`);
    return name;
  }

  /** A regular expression as a module constant: a literal inside a function is a new object per call. */
  private pattern(pattern: RegExp): string {
    const source = String(pattern);
    const known = this.patterns.get(source);
    if (known) return known;
    const name = this.constant('PATTERN', source);
    this.patterns.set(source, name);
    return name;
  }

  /** A name that says what a leaf accepts: `PartyRef`, `Line200`, `Paragraph2000`, `OneOf`. */
  private leafName(schema: Schema, def: _ZodDef): string {
    const kind = referenceKinds.get(schema);
    if (kind) return `${kind[0]!.toUpperCase()}${kind.slice(1)}Ref`;
    const rules = (def.checks ?? []).map((check) => ruleNames.get(check));
    const maximum = (def.checks ?? [])
      .map((check) => checkDef(check).maximum)
      .find((value) => value !== undefined);
    if (rules.includes('lineCharacters')) return `Line${maximum}`;
    if (rules.includes('paragraphCharacters')) return `Paragraph${maximum}`;
    if (def.type === 'literal' || def.type === 'enum') return 'OneOf';
    if (def.type === 'number')
      return def.checks?.length || (schema as unknown as { _zod: { check?: unknown } })._zod.check
        ? 'Count'
        : 'Number';
    return def.type[0]!.toUpperCase() + def.type.slice(1);
  }

  private constant(base: string, value: string): string {
    const name = this.unique(base);
    this.declarations.push(`const ${name} = ${value};\n`);
    return name;
  }

  private array(schema: Schema, def: _ZodDef): string {
    const element = this.validatorFor(def.element!);
    const body = [
      `if (!Array.isArray(v)) return wrongType(r, v, 'array', k);`,
      'r.count(v.length);',
      'enter(r, k);',
      // An index loop, not forEach: a hole in a sparse array is a missing item, as zod says.
      `for (let i = 0; i < v.length; i++) ${element}(v[i], r, i);`,
      'leave(r, k);',
      ...this.leafChecks(schema, def, 'array'),
    ];
    const signature = body.join('\n');
    const existing = this.bySignature.get(signature);
    if (existing) return existing;
    const name = this.unique(`${element}List`);
    this.bySignature.set(signature, name);
    this.emit(
      `A list; each item: see ${element}.`,
      `function ${name}(v: unknown, r: ValidationRun, k: Key): void {\n${indent(body)}\n}`,
    );
    return name;
  }

  private record(def: _ZodDef): string {
    const keyDef = _defOf(def.keyType!);
    if (keyDef.type !== 'string') throw new Error('Only string map keys are supported');
    const keyTests = (keyDef.checks ?? []).map((check) => {
      const c = checkDef(check);
      if (c.check !== 'string_format' || c.format !== 'regex' || !c.pattern)
        throw new Error('Map keys support regex checks only');
      return `if (!${this.pattern(c.pattern)}.test(name)) {\n  invalidKey(r, name, ${JSON.stringify(c.error?.({}) ?? 'Invalid key')});\n  continue;\n}`;
    });
    const value = this.validatorFor(def.valueType!);
    const name = this.unique(`${value}Map`);
    this.emit(
      `A map from keys to values; each value: see ${value}.`,
      `function ${name}(v: unknown, r: ValidationRun, k: Key): void {\n${indent([
        `if (!isPlainObject(v)) return wrongType(r, v, 'record', k);`,
        'enter(r, k);',
        'for (const name of Object.keys(v)) {',
        '  r.count(1);',
        '  if (FORBIDDEN_KEYS.has(name)) {',
        '    forbiddenKey(r, name);',
        '    continue;',
        '  }',
        ...indent(keyTests).split('\n'),
        `  ${value}(v[name], r, name);`,
        '}',
        'leave(r, k);',
      ])}\n}`,
    );
    return name;
  }

  private object(schema: Schema, def: _ZodDef): string {
    const name = this.nameFor(schema, 'Object');
    this.names.set(schema, name);
    const keys = Object.keys(def.shape!);
    const strict = def.catchall !== undefined && _defOf(def.catchall).type === 'never';
    const rules = (def.checks ?? []).flatMap((check) => {
      const rule = ruleNames.get(check);
      if (rule) {
        this.rulesUsed.add(rule);
        return [rule];
      }
      if (!DOCUMENTATION_CHECKS.has(checkDef(check).check))
        throw new Error(`Unsupported object check "${checkDef(check).check}"`);
      return [];
    });
    const fields = keys.map((key) => {
      let field = def.shape![key]!;
      const optional = _defOf(field).type === 'optional';
      if (optional) field = _defOf(field).innerType!;
      const validator = this.validatorFor(field);
      const read = `v[${JSON.stringify(key)}]`;
      return optional
        ? `x = ${read};\nif (x !== undefined) ${validator}(x, r, ${JSON.stringify(key)});`
        : `${validator}(${read}, r, ${JSON.stringify(key)});`;
    });
    const known = this.constant(
      `${name.replace(/^validate/, '').toUpperCase()}_FIELDS`,
      `new Set(${JSON.stringify(keys)})`,
    );
    const body = [
      `if (!isObject(v)) return wrongType(r, v, 'object', k);`,
      'enter(r, k);',
      ...(rules.length > 0 ? ['const aborting = r.aborting;'] : []),
      ...(fields.some((field) => field.startsWith('x =')) ? ['let x: unknown;'] : []),
      ...fields,
      ...(strict ? [`unknownKeys(r, v, ${known});`] : []),
      // An object's own rules run only when nothing inside it has the wrong type, as in zod.
      ...rules.map((rule) => `if (r.aborting === aborting) ${rule}(v as never, r.reportAt(undefined));`),
      'leave(r, k);',
    ];
    this.emit(
      `${this.schemaNames.get(schema) ?? 'An object'}: fields ${keys.join(', ')}.`,
      `function ${name}(v: unknown, r: ValidationRun, k: Key): void {\n${indent(body)}\n}`,
    );
    return name;
  }

  private taggedUnion(schema: Schema, def: _ZodDef): string {
    const name = this.nameFor(schema, 'Union');
    this.names.set(schema, name);
    const tag = def.discriminator!;
    const cases: string[] = [];
    const tags: unknown[] = [];
    for (const option of def.options!) {
      const validator = this.validatorFor(option);
      for (const value of _defOf(_defOf(option).shape![tag]!).values ?? []) {
        tags.push(value);
        cases.push(`  case ${JSON.stringify(value)}:\n    return ${validator}(v, r, k);`);
      }
    }
    const allowed = JSON.stringify(tags);
    this.emit(
      `${this.schemaNames.get(schema) ?? 'A union'}: one of several shapes, told apart by \`${tag}\`.`,
      `function ${name}(v: unknown, r: ValidationRun, k: Key): void {\n${indent([
        `if (!isObject(v)) return wrongType(r, v, 'object', k);`,
        `switch (v[${JSON.stringify(tag)}]) {`,
        ...cases,
        '  default:',
        `    unknownTag(r, v[${JSON.stringify(tag)}], ${JSON.stringify(tag)}, ${allowed}, k);`,
        '}',
      ])}\n}`,
    );
    return name;
  }

  private plainUnion(schema: Schema, def: _ZodDef): string {
    const name = this.nameFor(schema, 'Union');
    this.names.set(schema, name);
    const options = def.options!.map((option) => this.validatorFor(option));
    const list = this.constant(
      `${name.replace(/^validate/, '').toUpperCase()}_OPTIONS`,
      `[${options.join(', ')}] as const satisfies readonly Validator[]`,
    );
    this.emit(
      `${this.schemaNames.get(schema) ?? 'A union'}: the first of ${options.join(', ')} that fits.`,
      `function ${name}(v: unknown, r: ValidationRun, k: Key): void {\n  oneOfOptions(r, v, ${list}, k);\n}`,
    );
    return name;
  }
}

function indent(lines: readonly string[]): string {
  return lines
    .join('\n')
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

/** The source of src/validation/validate-timeline.generated.ts. */
export function generateValidator(): string {
  return new ValidatorWriter().source(schemas.TimelineSchema as unknown as Schema);
}
