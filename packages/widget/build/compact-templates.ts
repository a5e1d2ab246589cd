import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { transformSync, type Plugin } from 'esbuild';

const TAGS = new Set(['html', 'css', 'svg']);

/**
 * A css`` template without substitutions, minified by esbuild's CSS minifier: comments and
 * spaces go, colours and numbers get shorter. Its line breaks move to the end, so the lines of
 * the code after it, and the source map, stay where they were.
 */
function minifyCss(template: string): string {
  const body = template.slice(1, -1);
  const css = transformSync(body, { loader: 'css', minify: true }).code.trim();
  const lines = body.split('\n').length - 1;
  return `\`${css.replace(/[`\\$]/g, '\\$&')}${'\n'.repeat(lines)}\``;
}

/** Elements the card's styles lay out as blocks (or flex and grid items), never inline. */
const BLOCK = 'li|ol|ul|p|div|dl|dt|dd|figure|figcaption|blockquote|article|section';
/** A line break just after a block element's tag, or just before one. */
const AFTER_BLOCK_TAG = new RegExp(`(<\\/?(?:${BLOCK})\\b[^<>]*)>\n`, 'g');
const BEFORE_BLOCK_TAG = new RegExp(`\n<(\\/?(?:${BLOCK})\\b)`, 'g');

/** Inside an icon: after `<svg …>` and before its `<path`; SVG renders no text there. */
const AFTER_SVG_TAG = /(<svg\b[^<>]*)>\n(?=<path\b)/g;

/**
 * A line break next to a block's tag renders as nothing, yet becomes a whitespace text node in
 * every copy of the template: about a third of an event's nodes. It moves inside the tag
 * instead (`<li\n>`, `<li\n part=…`), where HTML ignores it and the line count stays. The
 * template comes whole, its substitutions as SUBSTITUTION characters, so a tag with a bound
 * attribute (`<div aria-level=${…}>`) counts as a tag too.
 */
function dropBlockLineBreaks(html: string): string {
  return html
    .replace(AFTER_BLOCK_TAG, '$1\n>')
    .replace(BEFORE_BLOCK_TAG, '<$1\n')
    .replace(AFTER_SVG_TAG, '$1\n>');
}

/** Stands for a `${…}` between two pieces of a template; never in source text. */
const SUBSTITUTION = '\u0000';

/**
 * Removes the indentation after each line break inside Lit's `html`, `css` and `svg` templates.
 * Indentation there is only source formatting: HTML and CSS collapse it into the line break's
 * one space anyway. Line breaks stay, so line numbers in source maps stay right. A css``
 * template without substitutions is minified as CSS.
 */
export function compactTemplates(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  // Each template as the source ranges of its literal pieces (one, or head and spans).
  const templates: { pieces: [start: number, end: number][]; css: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template))
        templates.push({ pieces: [[template.getStart(file), template.end]], css: node.tag.text === 'css' });
      else
        templates.push({
          pieces: [
            [template.head.getStart(file), template.head.end],
            ...template.templateSpans.map((span): [number, number] => [
              span.literal.getStart(file),
              span.literal.end,
            ]),
          ],
          css: false,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Nested templates sit inside an outer one's substitutions, so pieces never overlap.
  const replacements: [start: number, end: number, text: string][] = [];
  for (const { pieces, css } of templates) {
    const whole = pieces.map(([start, end]) => source.slice(start, end)).join(SUBSTITUTION);
    const compacted = css ? minifyCss(whole) : dropBlockLineBreaks(whole.replace(/\n[ \t]+/g, '\n'));
    const parts = compacted.split(SUBSTITUTION);
    pieces.forEach(([start, end], index) => replacements.push([start, end, parts[index]!]));
  }
  let result = '';
  let at = 0;
  for (const [start, end, text] of replacements.sort((a, b) => a[0] - b[0])) {
    result += source.slice(at, start) + text;
    at = end;
  }
  return result + source.slice(at);
}

/** The esbuild plugin: applies `compactTemplates` to the package's own TypeScript sources. */
export const compactTemplatesPlugin: Plugin = {
  name: 'compact-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]widget[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: compactTemplates(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};
