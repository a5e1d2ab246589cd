import { waitFor } from 'storybook/test';
import type { ParleyTimeline } from '@parley/widget';

/** The card a story rendered. */
export function cardIn(canvasElement: HTMLElement): ParleyTimeline {
  const card = canvasElement.querySelector('parley-timeline');
  if (!card) throw new Error('The story rendered no <parley-timeline>.');
  return card;
}

/** Elements inside the card's shadow root, selected by its styling API (`[part~="…"]`). */
export function parts(card: Element, part: string): Element[] {
  return [...(card.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])];
}

/** The text of the first element with that part, white space collapsed. */
export function partText(card: Element, part: string): string | undefined {
  return parts(card, part)[0]?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Waits until the card shows an element with that part, and returns it. */
export async function waitForPart(card: Element, part: string, timeout = 15_000): Promise<Element> {
  return waitFor(
    () => {
      const found = parts(card, part)[0];
      if (!found)
        throw new Error(
          `The card shows no [part~="${part}"] yet; it shows: ${card.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 300)}`,
        );
      return found;
    },
    { timeout },
  );
}
