// Writes the React 19 JSX typings of the package's custom elements from custom-elements.json:
// dist/jsx.d.ts (the types) and dist/jsx.js (an empty module, so that a plain
// `import '@parley/widget/jsx'` resolves too). The build runs it after `cem analyze`:
//
//   node build/jsx-types.mjs [manifest = custom-elements.json] [outDir = dist]
//
// Nothing here names an attribute: every attribute, property and `parley-*` event the class JSDoc
// documents reaches the typings through the manifest, so a new attribute needs no edit here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the element classes' own declarations are, relative to the generated file. */
const TYPES_MODULE = './index.js';

/**
 * Words a type text may use and still mean the same thing in the generated file. A text with any
 * other name in it (an alias such as `Theme`, an imported `Timeline`) is typed through the class
 * instead, as `ParleyTimeline['theme']`, which TypeScript resolves to the same union.
 */
const SELF_CONTAINED_WORDS = new Set([
  'string',
  'number',
  'boolean',
  'bigint',
  'undefined',
  'null',
  'unknown',
  'object',
  'true',
  'false',
  'readonly',
]);

/**
 * Whether a manifest type text can be copied as it is: literals (`'light' | 'dark'`, `2`),
 * the keywords above, unions, intersections, arrays and parentheses, and nothing else.
 *
 * @param {string} text
 * @returns {boolean}
 */
function isSelfContained(text) {
  const withoutStrings = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '');
  if (/[^\w\s|&()[\],.-]/.test(withoutStrings)) return false; // `<`, `{`, `` ` ``, `:`, `=>` …
  const words = withoutStrings.match(/[A-Za-z_$][\w$]*/g) ?? [];
  return words.every((word) => SELF_CONTAINED_WORDS.has(word));
}

/**
 * The TypeScript type of one attribute or property: the manifest's text where it stands alone,
 * else the class field's own type, else `string` (an attribute with no field behind it).
 *
 * @param {{ text?: string } | undefined} type
 * @param {string} className
 * @param {string | undefined} fieldName
 * @returns {string}
 */
function valueType(type, className, fieldName) {
  const text = type?.text?.trim();
  let result;
  if (text && isSelfContained(text)) result = text;
  else if (fieldName) result = `${className}[${JSON.stringify(fieldName)}]`;
  else result = 'string';
  // Optional props also take `undefined`, so `src={maybeUrl}` passes under exactOptionalPropertyTypes.
  return /\bundefined\b/.test(result) || result === 'unknown' ? result : `${result} | undefined`;
}

/**
 * A JSDoc block from a manifest description and default, indented for an interface member.
 *
 * @param {string | undefined} description
 * @param {string | undefined} [defaultValue]
 * @returns {string}
 */
function docComment(description, defaultValue) {
  const lines = (description ?? '').split('\n').filter((line, i, all) => line || i < all.length - 1);
  if (defaultValue !== undefined) lines.push(`@default ${defaultValue}`);
  if (lines.length === 0) return '';
  const safe = lines.map((line) => line.replaceAll('*/', '*\\/'));
  return `  /**\n${safe.map((line) => `   * ${line}`.trimEnd()).join('\n')}\n   */\n`;
}

/** A prop name as an interface key: bare when it is an identifier, quoted otherwise (`'max-bytes'`). */
const key = (/** @type {string} */ name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/**
 * @typedef {{ name: string, type?: { text?: string }, description?: string, default?: string }} Documented
 * @typedef {Documented & { fieldName?: string }} Attribute
 * @typedef {Documented & { kind: string, privacy?: string, static?: boolean, readonly?: boolean }} Member
 * @typedef {{ name: string, tagName?: string, customElement?: boolean, attributes?: Attribute[],
 *   members?: Member[], events?: Documented[] }} Declaration
 * @typedef {{ modules: { declarations?: Declaration[] }[] }} Manifest
 */

/**
 * The members of one element's props interface: each attribute under its HTML name, each public
 * settable field under its property name (React 19 sets a property when the element has one), and
 * each event as `on<event-name>`, the name React 19 listens to for a custom element.
 *
 * @param {Declaration} element
 * @returns {string}
 */
function propsMembers(element) {
  /** @type {Map<string, string>} */
  const members = new Map();
  for (const attribute of element.attributes ?? []) {
    const type = valueType(attribute.type, element.name, attribute.fieldName);
    members.set(
      attribute.name,
      `${docComment(attribute.description, attribute.default)}  ${key(attribute.name)}?: ${type};\n`,
    );
  }
  for (const member of element.members ?? []) {
    const isPublic = (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
    if (member.kind !== 'field' || !isPublic || member.static || member.readonly) continue;
    if (members.has(member.name)) continue; // the attribute of the same name already says it
    const type = valueType(member.type, element.name, member.name);
    members.set(
      member.name,
      `${docComment(member.description, member.default)}  ${key(member.name)}?: ${type};\n`,
    );
  }
  for (const event of element.events ?? []) {
    const name = `on${event.name}`;
    members.set(
      name,
      `${docComment(event.description)}  ${key(name)}?: ((event: EventOf<'${event.name}'>) => void) | undefined;\n`,
    );
  }
  return [...members.values()].join('');
}

/**
 * The text of dist/jsx.d.ts for every custom element in a manifest.
 *
 * @param {Manifest} manifest
 * @returns {string}
 */
function jsxTypes(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  if (elements.length === 0)
    throw new Error('custom-elements.json declares no custom element with a tag name');
  const classes = elements.map((element) => element.name).join(', ');
  const interfaces = elements
    .map(
      (element) =>
        `/** \`<${element.tagName}>\`'s own attributes, properties and events, as React 19 passes them. */\n` +
        `export interface ${element.name}Props {\n${propsMembers(element)}}\n`,
    )
    .join('\n');
  const intrinsic = elements
    .map(
      (element) =>
        `      ${key(element.tagName)}: Omit<DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}>, keyof ${element.name}Props> &\n` +
        `        ${element.name}Props;\n`,
    )
    .join('');
  return `// Generated from custom-elements.json by build/jsx-types.mjs; do not edit.
// React 19 JSX types: \`import type {} from '@parley/widget/jsx';\` once in the app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes} } from '${TYPES_MODULE}';

/** The event a listener receives: the package declares each of its events in GlobalEventHandlersEventMap. */
type EventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : Event;

${interfaces}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}    }
  }
}
`;
}

const [manifestPath = 'custom-elements.json', outDir = 'dist'] = process.argv.slice(2);
const manifest = /** @type {Manifest} */ (JSON.parse(readFileSync(manifestPath, 'utf8')));
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'jsx.d.ts'), jsxTypes(manifest));
writeFileSync(join(outDir, 'jsx.js'), '// Types only: see jsx.d.ts.\nexport {};\n');
