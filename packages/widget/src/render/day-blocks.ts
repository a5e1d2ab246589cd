import { html, type TemplateResult } from 'lit';

/** Days per block: few enough that a block scrolled into view lays out quickly (about 60 events). */
export const DAYS_PER_BLOCK = 40;

/**
 * The list's days (rendered, or `noChange`) in blocks of `DAYS_PER_BLOCK`, each a plain `<div>`
 * that the accessibility tree skips, so the days stay items of one list. A long list lets the
 * browser skip the layout of off-screen blocks (`content-visibility: auto`, see the styles), and
 * Chromium checks every such element against the viewport in every frame: one per day made that
 * check 20–30 ms a frame at 10,000 events, and the whole render about 30% slower.
 */
export function dayBlocks(days: readonly unknown[]): TemplateResult[] {
  const blocks: TemplateResult[] = [];
  for (let at = 0; at < days.length; at += DAYS_PER_BLOCK)
    blocks.push(html`<div class="block">${days.slice(at, at + DAYS_PER_BLOCK)}</div>`);
  return blocks;
}
