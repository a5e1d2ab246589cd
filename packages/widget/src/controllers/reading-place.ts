/**
 * Keeps the event a reader is reading where it is on screen while a live refresh brings a new
 * version. The list renders again by position, so the element that showed an event may show
 * another afterwards, and the browser's scroll anchoring then holds the wrong one still (or none:
 * Safari has no scroll anchoring). So the card notes the first event on screen and its top before
 * the new version renders, and scrolls by however far that event moved once it has.
 */

/** The element that scrolls the card: the nearest scrolling ancestor, across shadow roots, or the page. */
function scrollerOf(node: Node): Element {
  for (let at: Node | null = node.parentNode; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (
      at instanceof Element &&
      at.scrollHeight > at.clientHeight &&
      /auto|scroll/.test(getComputedStyle(at).overflowY)
    )
      return at;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Notes the first event of `root`'s list at least partly on screen. Returns what scrolls it back
 * to where it was, to call once the new version is on the page; it does nothing when no event was
 * on screen, or when the new version no longer has that one.
 */
export function keepReadingPlace(root: ParentNode): () => void {
  const items = root.querySelectorAll<HTMLElement>('[part~="item"]');
  const first = items[0];
  if (!first) return () => {};
  const scroller = scrollerOf(first);
  const view =
    scroller === document.scrollingElement
      ? { top: 0, bottom: innerHeight }
      : scroller.getBoundingClientRect();
  // Events run down the page in document order: the first on screen is found by halving.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.getBoundingClientRect().bottom <= view.top) low = middle + 1;
    else high = middle;
  }
  const reading = items[low];
  const top = reading?.getBoundingClientRect().top;
  if (!reading || top === undefined || top >= view.bottom) return () => {};
  const id = reading.dataset.id!;
  return () => {
    const again = root.querySelector(`[part~="item"][data-id="${CSS.escape(id)}"]`);
    const moved = again ? again.getBoundingClientRect().top - top : 0;
    if (Math.abs(moved) >= 1) scroller.scrollBy(0, moved);
  };
}
