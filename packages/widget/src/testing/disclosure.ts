import { expect } from 'vitest';

/** An event's Details button (`part="toggle"`), or null when it has no details. */
export function toggleOf(item: Element): HTMLButtonElement | null {
  return item.querySelector<HTMLButtonElement>('[part~="toggle"]');
}

/** An event's details are open: its button says so and they are shown, not only rendered for print. */
export function isOpen(item: Element): boolean {
  return (
    toggleOf(item)?.getAttribute('aria-expanded') === 'true' &&
    item.querySelector('[part~="details"]:not([hidden])') !== null
  );
}

/**
 * Opens every event that has details, pressing the Details button of each closed one, and
 * resolves once they are all shown. Returns those events.
 */
export async function openAll(root: ParentNode): Promise<Element[]> {
  const items = [...root.querySelectorAll('[part~="item"]')].filter((item) => toggleOf(item));
  for (const item of items) if (!isOpen(item)) toggleOf(item)!.click();
  await expect.poll(() => items.filter((item) => !isOpen(item)).map((item) => item.id)).toEqual([]);
  return items;
}
