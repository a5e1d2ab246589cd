import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ParleyTimeline } from './index.js';
import { isOpen, openAll, toggleOf } from './testing/disclosure.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

ParleyTimeline.define();

/** Mounts the card where it lives: inside an article on a page with a main landmark and a headline. */
async function mount(timeline: unknown): Promise<ParleyTimeline> {
  const main = document.createElement('main');
  const headline = document.createElement('h1');
  headline.textContent = 'Talks in Istanbul';
  const element = document.createElement('parley-timeline');
  element.timeline = timeline;
  main.append(headline, element);
  document.body.append(main);
  await element.updateComplete;
  return element;
}

/** axe-core over the whole page, shadow roots included; returns "rule: target" lines. */
async function violations(): Promise<string[]> {
  const results = await axe.run(document, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${violation.help}`),
  );
}

afterEach(() => {
  document.body.replaceChildren();
  // Opening an event writes its deep link into the address; the next test starts without one.
  history.replaceState(null, '', location.pathname + location.search);
});

describe('accessibility', () => {
  test('the Istanbul card has no axe-core violations, with every details section open', async () => {
    const element = await mount(istanbul);
    // An event's details render once it opens: check them, not the closed buttons.
    await openAll(element.shadowRoot!);
    expect(await violations()).toEqual([]);
  });

  test('the error state has no axe-core violations', async () => {
    await mount({ id: 't', title: 42, events: 'none' });
    expect(await violations()).toEqual([]);
  });

  test('every event, its details and its source links can be reached and opened with the keyboard', async () => {
    const element = await mount(istanbul);
    const root = element.shadowRoot!;
    const items = [...root.querySelectorAll<HTMLElement>('[part~="item"]')];
    items[0]!.focus();
    for (const [at, item] of items.entries()) {
      if (at > 0) await userEvent.keyboard('{ArrowDown}');
      expect(root.activeElement).toBe(item);
      // Inside the event that holds the tab stop, Tab reaches its details, then its links.
      const toggle = toggleOf(item);
      if (!toggle) continue;
      await userEvent.keyboard('{Tab}');
      expect(root.activeElement, `event ${at}: ${item.dataset.id}`).toBe(toggle);
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => isOpen(item)).toBe(true);
      expect(root.activeElement).toBe(toggle);
      for (const link of item.querySelectorAll('[part~="details"] a[href]')) {
        await userEvent.keyboard('{Tab}');
        expect(root.activeElement).toBe(link);
      }
      item.focus();
    }
  });
});
