import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type { Plugin } from 'esbuild';

const TAGS = new Set(['html', 'css', 'svg']);

/**
 * Removes the indentation after each line break inside Lit's `html`, `css` and `svg` templates.
 * Indentation there is only source formatting: HTML and CSS collapse it into the line break's
 * one space anyway. Line breaks stay, so line numbers in source maps stay right.
 */
export function compactTemplates(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const spans: [start: number, end: number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) spans.push([template.getStart(file), template.end]);
      else {
        spans.push([template.head.getStart(file), template.head.end]);
        for (const span of template.templateSpans)
          spans.push([span.literal.getStart(file), span.literal.end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    result += source.slice(at, start) + source.slice(start, end).replace(/\n[ \t]+/g, '\n');
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
