/** Which blocks of a long list's days to render in full; see `shownBlocks`. */
export interface ShownBlocks {
  /** Render the block in full: it has come near the screen, or nothing here can tell (a server). */
  full(block: number): boolean;
  /** Watches the list's blocks that have not come near yet, and only those: not the ones a filter removed. */
  watch(blocks: HTMLCollection): void;
}

/**
 * Which blocks of a long list's days have come near the screen. Until one has, its closed events
 * render as their words only (render/event-words.ts): a long list is in the page several times
 * sooner, and find-in-page and the list's keys still reach every event. A block renders in full
 * once it comes within a screen's height of the viewport (scrolled near, focused, found), and
 * stays so (`onShown` renders it); the first always does, as the first thing on screen.
 *
 * An IntersectionObserver, not the browser's `contentvisibilityautostatechange`: Chromium does not
 * send that for the block find-in-page scrolls to, which then stayed words on screen.
 */
export function shownBlocks(onShown: () => void): ShownBlocks {
  const shown = new Set([0]);
  const observer =
    typeof IntersectionObserver === 'function' &&
    new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries)
          // A block a filter has since removed has no list to be counted in.
          if (isIntersecting && target.parentElement) {
            (observer as IntersectionObserver).unobserve(target);
            shown.add([...target.parentElement.children].indexOf(target));
            onShown();
          }
      },
      // A screen ahead in the page (rootMargin) and in a scroll container the card sits in
      // (scrollMargin, not yet in TypeScript's DOM types; browsers without it upgrade on sight).
      { rootMargin: '100% 0px', scrollMargin: '100% 0px' } as IntersectionObserverInit,
    );
  return {
    full: (block) => !observer || shown.has(block),
    watch(blocks) {
      if (!observer) return;
      // The observer holds on to what it watches: a block a filter removed would stay in memory,
      // with its events, every time the filter changed. Watching afresh lets those go.
      observer.disconnect();
      for (let at = 0; at < blocks.length; at++) if (!shown.has(at)) observer.observe(blocks[at]!);
    },
  };
}
