/** What the producer chose in the embed builder. */
export interface EmbedOptions {
  /** The timeline as pasted (already validated) or undefined when it comes from `src`. */
  readonly timeline?: { readonly title: string; readonly summary?: string } & Record<string, unknown>;
  /** The timeline's URL, when it comes from one. */
  readonly src?: string;
  readonly theme?: string;
  readonly lang?: string;
  readonly density?: string;
  readonly filters?: string;
  readonly order?: string;
  /** The script tag's URL and its Subresource Integrity value. */
  readonly scriptUrl: string;
  readonly integrity?: string;
  /** Where embed.html and embed-resize.js are served, ending in `/`. */
  readonly embedBase: string;
}

/** Text safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
  };
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

/** The card's attributes, in a stable order, leaving out defaults. */
function cardAttributes(options: EmbedOptions): string {
  const pairs: [string, string | undefined][] = [
    ['src', options.timeline ? undefined : options.src],
    ['theme', options.theme],
    ['lang', options.lang],
    ['density', options.density === 'comfortable' ? undefined : options.density],
    ['filters', options.filters === 'on' ? undefined : options.filters],
    ['order', options.order === 'oldest' ? undefined : options.order],
  ];
  return pairs
    .filter((pair): pair is [string, string] => !!pair[1])
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/**
 * The copy-paste snippet: the pinned script tag, the card with the chosen options, its data
 * inline (`<` escaped so no text can close the script) or by `src`, and fallback content.
 */
export function scriptSnippet(options: EmbedOptions): string {
  const integrity = options.integrity
    ? `\n  integrity="${options.integrity}"\n  crossorigin="anonymous"`
    : '';
  const script = `<script src="${escapeHtml(options.scriptUrl)}"${integrity}></script>`;
  const data = options.timeline
    ? `\n  <script type="application/json">\n${JSON.stringify(options.timeline, null, 2)
        .replace(/</g, '\\u003c')
        .replace(/^/gm, '    ')}\n  </script>`
    : '';
  const title = options.timeline?.title;
  const fallback = title
    ? `\n  <p>${escapeHtml(title)}${options.timeline?.summary ? `. ${escapeHtml(options.timeline.summary)}` : ''}</p>`
    : `\n  <p><a href="${escapeHtml(options.src ?? '')}">Read the timeline</a></p>`;
  return `${script}\n<parley-timeline${cardAttributes(options)}>${data}${fallback}\n</parley-timeline>\n`;
}

/** The iframe snippet for content systems that strip scripts; needs the timeline at a URL. */
export function iframeSnippet(options: EmbedOptions): string | undefined {
  if (!options.src || options.timeline) return undefined;
  const query = new URLSearchParams({ src: options.src });
  if (options.theme) query.set('theme', options.theme);
  if (options.lang) query.set('lang', options.lang);
  if (options.density === 'compact') query.set('density', 'compact');
  if (options.filters === 'off') query.set('filters', 'off');
  if (options.order === 'newest') query.set('order', 'newest');
  const url = `${options.embedBase}embed.html?${query}`;
  return (
    `<iframe src="${escapeHtml(url)}" title="Timeline" loading="lazy"\n` +
    `  style="width: 100%; height: 600px; border: 0"></iframe>\n` +
    `<script src="${escapeHtml(`${options.embedBase}embed-resize.js`)}"></script>\n`
  );
}
