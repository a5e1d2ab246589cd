import { html, type TemplateResult } from 'lit';

/** Days per block: few enough that a block scrolled into view renders and lays out quickly (about 30 events). */
const DAYS_PER_BLOCK = 20;
/**
 * Days in the first block, which renders in full from the start, as does any block near the
 * screen (controllers/shown-blocks.ts): about a screen of them, not a block's worth. With 40 days
 * in every block, a 1,000-event card rendered 60 events in full before its last chunk was in;
 * with these, 45 (`node bench/compare.mjs`, docs/benchmarks.md).
 */
const FIRST_BLOCK_DAYS = 10;

/** The block that the day at `index` of the list is in. */
export const blockOf = (index: number): number =>
  index < FIRST_BLOCK_DAYS ? 0 : 1 + Math.floor((index - FIRST_BLOCK_DAYS) / DAYS_PER_BLOCK);

/**
 * The list's days (rendered, or `noChange`) in blocks (see `blockOf`), each a plain `<div>`
 * that the accessibility tree skips, so the days stay items of one list. A long list lets the
 * browser skip the layout of off-screen blocks (`content-visibility: auto`, see the styles), and
 * Chromium checks every such element against the viewport in every frame: one per day made that
 * check 20–30 ms a frame at 10,000 events, and the whole render about 30% slower.
 */
export function dayBlocks(days: readonly unknown[]): TemplateResult[] {
  const blocks: unknown[][] = [];
  days.forEach((day, index) => (blocks[blockOf(index)] ??= []).push(day));
  return blocks.map((block) => html`<div class="block">${block}</div>`);
}
