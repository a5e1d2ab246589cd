/// <reference types="@vitest/browser-playwright" />
// Themes and media: tokens set by the page, light/dark/auto, forced colours, reduced motion and
// print, emulated through Chromium's DevTools protocol; axe-core in every theme and language.
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { ParleyTimeline } from './index.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };
import { openAll } from './testing/disclosure.js';

ParleyTimeline.define();

type Feature = { name: string; value: string };

/** Emulates CSS media features (prefers-color-scheme, forced-colors…) or the print media type. */
async function emulate(options: { media?: string; features?: Feature[] }): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    media: options.media ?? '',
    features: options.features ?? [],
  });
}

async function mount(attributes: Record<string, string> = {}, lang = 'en'): Promise<ParleyTimeline> {
  const main = document.createElement('main');
  main.lang = lang;
  const headline = document.createElement('h1');
  headline.textContent = 'Talks in Istanbul';
  const element = document.createElement('parley-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.timeline = istanbul;
  main.append(headline, element);
  document.body.append(main);
  await expect.poll(() => element.shadowRoot?.querySelector('[part~="item"]')).not.toBeNull();
  return element;
}

const find = (element: ParleyTimeline, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** A colour as the browser computes it, for comparing with what the card computes. */
function computed(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

afterEach(async () => {
  await emulate({});
  // Opening an event writes its deep link into the address; the next test starts without one.
  history.replaceState(null, '', location.pathname + location.search);
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
});

describe('tokens', () => {
  test('set on :root take effect inside the card', async () => {
    document.documentElement.style.setProperty('--parley-accent', 'rgb(1, 2, 3)');
    document.documentElement.style.setProperty('--parley-background', 'rgb(250, 240, 230)');
    const element = await mount();
    expect(getComputedStyle(find(element, 'a')).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(250, 240, 230)');
  });

  test('set on the element win over the page’s', async () => {
    document.documentElement.style.setProperty('--parley-accent', 'rgb(1, 2, 3)');
    const element = await mount();
    element.style.setProperty('--parley-accent', 'rgb(4, 5, 6)');
    expect(getComputedStyle(find(element, 'a')).color).toBe('rgb(4, 5, 6)');
  });
});

describe('themes', () => {
  const background = (element: ParleyTimeline) => getComputedStyle(element).backgroundColor;
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(27, 28, 31)';

  test('light by default, whatever the reader’s system prefers', async () => {
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const element = await mount();
    expect(background(element)).toBe(LIGHT);
    expect(getComputedStyle(element).colorScheme).toBe('light');
  });

  test('dark on request, with light text', async () => {
    const element = await mount({ theme: 'dark' });
    expect(background(element)).toBe(DARK);
    expect(getComputedStyle(element).color).toBe('rgb(230, 230, 230)');
    expect(getComputedStyle(element).colorScheme).toBe('dark');
  });

  test('auto follows prefers-color-scheme', async () => {
    const element = await mount({ theme: 'auto' });
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(background(element)).toBe(DARK);
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(background(element)).toBe(LIGHT);
  });
});

describe('media', () => {
  test('forced colours: markers and rules use the system’s text colour', async () => {
    const element = await mount();
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    const marker = getComputedStyle(find(element, '[part~="item"]'), '::before').backgroundColor;
    expect(marker).toBe(computed('CanvasText'));
    expect(getComputedStyle(find(element, '[part~="events"]')).borderInlineStartColor).toBe(
      computed('CanvasText'),
    );
  });

  test('reduced motion: a jump to an event scrolls there at once instead of smoothly', async () => {
    const element = await mount();
    const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (options) {
      calls.push(options);
    };
    try {
      const link = () => find(element, 'a[data-event]');
      link().click();
      await expect.poll(() => calls.length).toBe(1);
      expect(calls[0]).toMatchObject({ behavior: 'smooth' });
      await emulate({ features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
      link().click();
      await expect.poll(() => calls.length).toBe(2);
      expect(calls[1]).toMatchObject({ behavior: 'auto' });
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  test('print: every detail visible, disclosure buttons hidden, link addresses printed', async () => {
    const element = await mount();
    // Closed events keep their details out of the page until printing starts.
    expect(element.shadowRoot!.querySelector('[part~="details"]')).toBeNull();
    const toggles = [...element.shadowRoot!.querySelectorAll('[part~="toggle"]')];
    dispatchEvent(new Event('beforeprint'));
    await emulate({ media: 'print' });
    await expect
      .poll(() => element.shadowRoot!.querySelectorAll('[part~="details"]').length)
      .toBe(toggles.length);
    expect(element.shadowRoot!.querySelectorAll('[part~="details"] dl').length).toBeGreaterThan(0);
    // Rendered for print, not opened: each prints, and each event still reads as closed.
    const details = [...element.shadowRoot!.querySelectorAll('[part~="details"]')];
    expect(details.every((each) => each.checkVisibility())).toBe(true);
    expect(toggles.every((each) => each.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(toggles.every((each) => getComputedStyle(each).display === 'none')).toBe(true);
    expect(getComputedStyle(element).borderTopStyle).toBe('none');
    await emulate({});
    dispatchEvent(new Event('afterprint'));
    await expect.poll(() => element.shadowRoot!.querySelector('[part~="details"]')).toBeNull();
  });

  test('print: http(s) links print their address', async () => {
    const element = document.createElement('parley-timeline');
    element.timeline = {
      id: 't',
      title: 'T',
      sources: [{ id: 's', publisher: 'Wire', url: 'https://example.com/story' }],
      events: [
        {
          type: 'context',
          id: 'e',
          date: '2025-06-02',
          title: 'E',
          citations: [{ source: 's', kind: 'fact' }],
        },
      ],
    };
    document.body.append(element);
    await element.updateComplete;
    dispatchEvent(new Event('beforeprint'));
    await emulate({ media: 'print' });
    await expect.poll(() => element.shadowRoot!.querySelector('[part~="source"] a')).not.toBeNull();
    expect(getComputedStyle(find(element, '[part~="source"] a'), '::after').content).toContain(
      'https://example.com/story',
    );
  });
});

describe('axe-core', () => {
  async function violations(element: ParleyTimeline): Promise<string[]> {
    // An event's details render once it opens: check them, not the closed buttons.
    await openAll(element.shadowRoot!);
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${violation.help}`),
    );
  }

  test.each([
    ['light', {}],
    ['dark', { theme: 'dark' }],
    ['compact', { density: 'compact' }],
    ['dark and compact', { theme: 'dark', density: 'compact' }],
  ])('finds no violations in the %s card', async (_, attributes) => {
    const element = await mount(attributes);
    expect(await violations(element)).toEqual([]);
  });

  test.each(['uk', 'ru', 'tr', 'ar'])('finds no violations in the %s card', async (lang) => {
    const element = await mount({}, lang);
    await expect.poll(() => element.shadowRoot!.querySelector('.card')!.getAttribute('lang')).toBe(lang);
    expect(await violations(element)).toEqual([]);
  });
});
