// The widget README's API reference (properties and attributes, events, slots, parts, custom
// properties, static methods), generated from custom-elements.json so nothing is written twice.
// `node build/readme-api.mjs` rewrites the section between the markers in README.md; the
// packaging tests fail when the committed README and the manifest disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const START = '<!-- api:start — generated from custom-elements.json by build/readme-api.mjs -->';
export const END = '<!-- api:end -->';

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '—');

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * The API section for the README.
 *
 * @param {object} manifest - The parsed custom-elements.json.
 * @returns {string} Markdown, without the markers.
 */
export function renderApi(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.customElement);
  const fields = element.members.filter(
    (member) => member.kind === 'field' && !member.static && member.privacy !== 'private',
  );
  const statics = element.members.filter((member) => member.static && member.privacy !== 'private');
  const sections = [
    `### Properties and attributes of \`<${element.tagName}>\``,
    table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((field) => [
        code(field.name),
        code(field.attribute),
        code(field.type?.text),
        code(field.default),
        cell(field.description),
      ]),
    ),
    '### Static members',
    table(
      ['Name', 'Description'],
      statics.map((member) => [
        code(`${element.name}.${member.name}${member.kind === 'method' ? '()' : ''}`),
        cell(member.description),
      ]),
    ),
    '### Events',
    table(
      ['Event', 'Description'],
      (element.events ?? []).map((event) => [code(event.name), cell(event.description)]),
    ),
    '### Slots',
    table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [
        slot.name ? code(slot.name) : '(default)',
        cell(slot.description),
      ]),
    ),
    '### Parts',
    'Style them with `parley-timeline::part(name)`. Parts are the styling API: anything else inside the card may change between versions.',
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
    '### Custom properties',
    'Set them on the element or on any ancestor (`:root`, `body`); the card reads them and never declares them, so the page always wins.',
    table(
      ['Property', 'Description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)]),
    ),
  ];
  return sections.join('\n\n');
}

/** README text with its API section replaced, formatted as Prettier formats `filepath`. */
export async function withApi(readme, manifest, filepath) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const text = `${readme.slice(0, start + START.length)}\n\n${renderApi(manifest)}\n\n${readme.slice(end)}`;
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const readme = fileURLToPath(new URL('README.md', root));
  writeFileSync(readme, await withApi(readFileSync(readme, 'utf8'), manifest, readme));
  console.log('README.md: API section regenerated from custom-elements.json');
}
