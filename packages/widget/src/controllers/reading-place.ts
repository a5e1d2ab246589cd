import type { Timeline } from '@parley/core';

/**
 * Keeps the event a reader is reading where it is on screen while a live refresh brings a new
 * version. The list renders again by position, so the element that showed an event may show
 * another afterwards, and the browser's scroll anchoring then holds the wrong one still (or none:
 * Safari has no scroll anchoring). So the card notes the first events on screen and where they are
 * before the new version renders, and scrolls by however far the first of them it still has moved.
 */

/** What notes where the reader is: the source controller, which the card reads it from. */
export interface ReadingNote {
  /** The event the reader is reading, while a new version first renders. */
  reading: string | undefined;
}

/** Events noted on screen: if the first is gone from the new version, the next one serves. */
const NOTED = 3;

/**
 * The element that scrolls the card: the nearest scrolling ancestor, across shadow roots, or the
 * page (undefined). Not `<body>`: with `overflow` on it alone, the page scrolls, not the body.
 */
function scrollerOf(node: Node): Element | undefined {
  for (let at: Node | null = node.parentNode; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at === document.body) return undefined;
    if (
      at instanceof Element &&
      at.scrollHeight > at.clientHeight &&
      /auto|scroll/.test(getComputedStyle(at).overflowY)
    )
      return at;
  }
  return undefined;
}

/**
 * Notes the first events of `root`'s list at least partly on screen, and in `note` the first of
 * them that the new version `next` still has. Returns what scrolls that one back to where it was
 * (and clears the note), to call once the new version is on the page; it does nothing when no
 * event was on screen, or none of them stays.
 */
export function keepReadingPlace(root: ParentNode, next: Timeline, note: ReadingNote): () => void {
  const blocks = root.querySelectorAll('.block');
  if (!blocks[0]) return () => {};
  const scroller = scrollerOf(blocks[0]);
  const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
  // Blocks of days run down the page: the first on screen is found by halving. Blocks, not events:
  // an event's position in a block the browser skipped (content-visibility) lays that block out.
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom <= view.top) low = middle + 1;
    else high = middle;
  }
  const items = [blocks[low], blocks[low + 1]].flatMap((block) => [
    ...(block?.querySelectorAll<HTMLElement>('[part~="item"]') ?? []),
  ]);
  const first = items.findIndex((item) => item.getBoundingClientRect().bottom > view.top);
  if (first < 0) return () => {};
  const kept = new Set(next.events.map((event) => event.id));
  const reading = items
    .slice(first, first + NOTED)
    .find((item) => item.getBoundingClientRect().top < view.bottom && kept.has(item.dataset.id!));
  if (!reading) return () => {};
  note.reading = reading.dataset.id!;
  const top = reading.getBoundingClientRect().top;
  // Found again by its element id (the event's anchor, the same in the new version): a lookup,
  // not a pass over every item of a long list.
  const anchor = `#${CSS.escape(reading.id)}`;
  return () => {
    note.reading = undefined;
    const again = root.querySelector(anchor);
    const moved = again ? again.getBoundingClientRect().top - top : 0;
    // At once, even on a page that scrolls smoothly: the reader should see no movement at all.
    if (Math.abs(moved) >= 1) (scroller ?? window).scrollBy({ top: moved, behavior: 'instant' });
  };
}
