// What Chromium gives assistive technology for a long card, read from its accessibility tree over
// the DevTools protocol (testing/accessibility-tree.ts). In a file of its own: reading the tree
// keeps Chromium maintaining it for the page, which would slow every other test in a file.
import axe from 'axe-core';
import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ParleyTimeline } from './index.js';
import { accessibilityTree, type AXNode } from './testing/accessibility-tree.js';
import { long } from './testing/long-timeline.js';

ParleyTimeline.define();

/** A card of `count` events (see testing/long-timeline.ts), once every one of them is in. */
async function mountAllIn(count: number): Promise<ParleyTimeline> {
  const rendered = new Promise((resolve) =>
    document.addEventListener('parley-render', resolve, { once: true }),
  );
  const element = document.createElement('parley-timeline');
  element.timeline = long(count);
  document.body.append(element);
  await rendered;
  return element;
}

const root = (element: ParleyTimeline) => element.shadowRoot!;
const titles = (nodes: AXNode[]) =>
  nodes.filter((node) => node.role === 'heading' && node.name.startsWith('Event number'));

afterEach(() => {
  document.body.replaceChildren();
});

describe('the accessibility tree of a long card', () => {
  test('a long list in blocks of days is still one list of days to assistive technology', async () => {
    // 150 events in 50 days: three blocks, of 10, 20 and 20 days (render/day-blocks.ts). A
    // viewport tall enough for all of them, so that no block is skipped: Chromium leaves skipped
    // content out of the tree.
    const { innerWidth: width, innerHeight: height } = window;
    await page.viewport(800, 40_000);
    onTestFinished(() => page.viewport(width, height));
    const element = await mountAllIn(150);
    expect(root(element).querySelectorAll('[part~="day"]')).toHaveLength(50);
    expect(root(element).querySelectorAll('.block')).toHaveLength(3);

    await expect.poll(async () => titles(await accessibilityTree()).length).toBe(150);

    // The blocks are plain <div>s the tree skips: the list's own items are the 50 days.
    const lists = (await accessibilityTree()).filter((node) => node.role === 'list');
    const days = lists.find((list) => list.children.length === 50)?.children;
    expect(days?.map((item) => item.role)).toEqual(Array(50).fill('listitem'));

    const results = await axe.run(element, { resultTypes: ['violations'] });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }, 60_000);

  test('on a long list, a skipped event is not in the tree until the keyboard brings it there', async () => {
    // 600 events: the blocks of days off screen are skipped, and Chromium leaves them out.
    const element = await mountAllIn(600);
    const exposed = async (name: string) =>
      titles(await accessibilityTree()).some((node) => node.name === name);
    expect(await exposed('Event number 599')).toBe(false);
    root(element).querySelector<HTMLElement>('[data-id="e0"]')!.focus();
    await userEvent.keyboard('{End}');
    expect((root(element).activeElement as HTMLElement).dataset.id).toBe('e599');
    await expect.poll(() => exposed('Event number 599')).toBe(true);
  }, 60_000);
});
