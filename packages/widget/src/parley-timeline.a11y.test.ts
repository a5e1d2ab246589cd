import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ParleyTimeline } from './index.js';
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
});

describe('accessibility', () => {
  test('the Istanbul card has no axe-core violations, with every details section open', async () => {
    const element = await mount(istanbul);
    for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    expect(await violations()).toEqual([]);
  });

  test('the error state has no axe-core violations', async () => {
    await mount({ id: 't', title: 42, events: 'none' });
    expect(await violations()).toEqual([]);
  });

  test('every details section and source link can be reached and opened with the keyboard', async () => {
    const element = await mount(istanbul);
    const root = element.shadowRoot!;
    const focusable = [...root.querySelectorAll<HTMLElement>('summary, a[href]')];
    expect(focusable.length).toBeGreaterThan(10);
    document.body.focus();
    const reached = new Set<Element>();
    for (let step = 0; step < focusable.length; step++) {
      await userEvent.keyboard('{Tab}');
      if (root.activeElement) reached.add(root.activeElement);
    }
    expect(focusable.filter((node) => !reached.has(node))).toEqual([]);
    // Enter on a summary opens its details.
    const first = root.querySelector('summary')!;
    first.focus();
    await userEvent.keyboard('{Enter}');
    expect((first.parentElement as HTMLDetailsElement).open).toBe(true);
  });
});
