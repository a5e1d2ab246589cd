/** Guides under docs/ that the docs app shows as pages, by file name → Storybook docs id. */
const PAGES: Record<string, string> = {
  'data-model.md': 'data-model--docs',
  'errors.md': 'errors--docs',
  'embedding.md': 'embedding--docs',
  'security.md': 'security--docs',
};

/**
 * A guide from the repository's docs/ folder, ready for Storybook's `<Markdown>` block: HTML
 * comments dropped, links to guides shown here pointed at their pages, and links to files that
 * only exist in the repository kept as plain text.
 *
 * Hint: the guides stay the single source; the docs app imports them (`?raw`), never copies them.
 */
export function guideMarkdown(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(
      /\[([^\]]+)\]\(([\w./-]+\.md)(#[\w-]+)?\)/g,
      (_link, text: string, file: string, anchor = '') => {
        const page = PAGES[file.replace(/^(\.\.?\/)*(docs\/)?/, '')];
        return page ? `[${text}](?path=/docs/${page}${anchor})` : text;
      },
    )
    .replace(/\[([^\]]+)\]\(((?!https?:|#|\?)[^)]+)\)/g, '$1');
}
