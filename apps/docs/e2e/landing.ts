import type { Page } from 'playwright';

/**
 * Waits until some frame of a Storybook page (the manager, its preview, a docs page's story
 * frames) shows a card whose title is `title`; returns that frame's URL.
 */
export async function waitForCardTitle(page: Page, title: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = [];
    for (const frame of page.frames()) {
      const text: string[] = await frame
        .evaluate(() => {
          // Cards in the page and inside other components' shadow roots (the playground's).
          const cards = (root: ParentNode): Element[] =>
            [...root.querySelectorAll('*')].flatMap((element) => [
              ...(element.localName === 'parley-timeline' ? [element] : []),
              ...(element.shadowRoot && element.localName !== 'parley-timeline'
                ? cards(element.shadowRoot)
                : []),
            ]);
          return cards(document).map(
            (card) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
          );
        })
        .catch(() => []);
      seen.push(...text.filter(Boolean));
      if (text.includes(title)) return frame.url();
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No card titled ${JSON.stringify(title)} appeared; cards seen: ${JSON.stringify(seen)}`);
}
