// The card at work: filters, order, expand and collapse, deep links, its events, the keyboard
// path and long timelines, in a real Chromium.
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ParleyTimeline } from './index.js';
import type { ParleyRenderEvent, ParleySelectEvent } from './index.js';
import { isOpen, toggleOf } from './testing/disclosure.js';
import { detailed, long } from './testing/long-timeline.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

ParleyTimeline.define();

async function mount(
  attributes: Record<string, string> = {},
  timeline: unknown = istanbul,
): Promise<ParleyTimeline> {
  const main = document.createElement('main');
  main.lang = 'en-GB';
  const headline = document.createElement('h1');
  headline.textContent = 'Talks in Istanbul';
  const before = document.createElement('button');
  before.textContent = 'Before the card';
  const after = document.createElement('button');
  after.textContent = 'After the card';
  const element = document.createElement('parley-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.timeline = timeline;
  main.append(headline, before, element, after);
  document.body.append(main);
  await element.updateComplete;
  return element;
}

const root = (element: ParleyTimeline) => element.shadowRoot!;
const all = (element: ParleyTimeline, selector: string) => [
  ...root(element).querySelectorAll<HTMLElement>(selector),
];
const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const shownIds = (element: ParleyTimeline) => all(element, '[part~="item"]').map((item) => item.dataset.id);
const chip = (element: ParleyTimeline, name: string) =>
  all(element, '[part~="chip"]').find((button) => said(button).startsWith(`${name} `))!;
const button = (element: ParleyTimeline, name: string) =>
  all(element, 'button').find((each) => said(each) === name)!;
const result = (element: ParleyTimeline) => said(all(element, '[part~="result"]')[0]!);

afterEach(() => {
  // A deep link scrolls smoothly: a scroll still under way would carry on into the next test.
  scrollTo({ top: 0, behavior: 'instant' });
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('filters', () => {
  test('by type: a chip per type with its count; pressing one shows only that type, and says so', async () => {
    const element = await mount();
    const statements = istanbul.events.filter((event) => event.type === 'statement');
    expect(said(chip(element, 'Statement'))).toBe(`Statement ${statements.length}`);
    expect(result(element)).toBe(`Showing all ${istanbul.events.length} events`);
    await userEvent.click(chip(element, 'Statement'));
    expect(chip(element, 'Statement').getAttribute('aria-pressed')).toBe('true');
    expect(new Set(shownIds(element))).toEqual(new Set(statements.map((event) => event.id)));
    expect(result(element)).toBe(`Showing ${statements.length} of ${istanbul.events.length} events`);
    expect(all(element, '[part~="result"]')[0]!.getAttribute('aria-live')).toBe('polite');
    // A second type adds to the first.
    await userEvent.click(chip(element, 'Talks'));
    expect(shownIds(element)).toHaveLength(statements.length + 2);
  });

  test('by party: Russia shows what Russia and its officials did and said', async () => {
    const element = await mount();
    await userEvent.click(chip(element, 'Russia'));
    const ids = shownIds(element);
    expect(ids).toContain('russia-rejects-mediation'); // Russia speaking as a state
    expect(ids).toContain('russian-memorandum-withheld'); // a document from Russia
    expect(ids).not.toContain('zelensky-lithuania'); // Ukraine's president, about Russia, is Ukraine's
    expect(ids.length).toBeLessThan(istanbul.events.length);
  });

  test('by text: every word must appear, in any case', async () => {
    const element = await mount();
    await userEvent.fill(all(element, '[part~="find"]')[0]!, 'MEMORANDUM back');
    expect(shownIds(element)).toEqual(['russian-memorandum-withheld']);
    // Names count too: the parties an event concerns, the speaker of a statement.
    await userEvent.fill(all(element, '[part~="find"]')[0]!, 'umerov');
    expect(shownIds(element)).toContain('talks-round-2');
  });

  test('clear all brings every event back; no match says how to get them back', async () => {
    const element = await mount();
    await userEvent.fill(all(element, '[part~="find"]')[0]!, 'no such words anywhere');
    expect(shownIds(element)).toEqual([]);
    expect(result(element)).toBe('No events match. Clear the filters to see them all.');
    await userEvent.click(button(element, 'Clear filters'));
    expect(shownIds(element)).toHaveLength(istanbul.events.length);
    expect(all(element, '[part~="find"]')[0]).toHaveProperty('value', '');
  });

  test('every chip’s count is how many events pressing it shows, for types and parties alike', async () => {
    const element = await mount();
    const chips = all(element, '[part~="chip"]');
    const groups = new Set(chips.map((each) => each.closest('[role="group"]')!.getAttribute('aria-label')));
    expect(groups.size).toBe(2); // by type and by party
    for (const index of chips.keys()) {
      const pressed = all(element, '[part~="chip"]')[index]!;
      const [, name, count] = /^(.+) (\d+)$/.exec(said(pressed))!;
      await userEvent.click(pressed);
      expect(shownIds(element), name).toHaveLength(Number(count));
      expect(result(element)).toBe(`Showing ${count} of ${istanbul.events.length} events`);
      await userEvent.click(all(element, '[part~="chip"]')[index]!);
      expect(shownIds(element)).toHaveLength(istanbul.events.length);
    }
  });

  test('can be turned off', async () => {
    const element = await mount({ filters: 'off' });
    expect(all(element, '[part~="controls"]')).toEqual([]);
  });
});

describe('order and disclosure', () => {
  test('newest first reverses the days and the events in them', async () => {
    const element = await mount();
    const oldest = shownIds(element);
    await userEvent.click(button(element, 'Newest first'));
    expect(element.getAttribute('order')).toBe('newest');
    expect(shownIds(element)).toEqual([...oldest].reverse());
    expect(button(element, 'Oldest first')).toBeDefined();
  });

  test('order="newest" starts newest first; pressing Oldest first turns it back', async () => {
    const oldest = shownIds(await mount());
    document.body.replaceChildren();
    const element = await mount({ order: 'newest' });
    expect(shownIds(element)).toEqual([...oldest].reverse());
    await userEvent.click(button(element, 'Oldest first'));
    expect(element.getAttribute('order')).toBe('oldest');
    expect(shownIds(element)).toEqual(oldest);
    expect(button(element, 'Newest first')).toBeDefined();
  });

  test('expand all opens every shown event, collapse all closes them', async () => {
    const element = await mount();
    await userEvent.click(button(element, 'Expand all'));
    const withDetails = all(element, '[part~="item"]').filter((item) => toggleOf(item));
    expect(withDetails.length).toBeGreaterThan(5);
    await expect.poll(() => withDetails.every(isOpen)).toBe(true);
    await userEvent.click(button(element, 'Collapse all'));
    await expect.poll(() => withDetails.some(isOpen)).toBe(false);
    expect(all(element, '[part~="details"]')).toEqual([]);
  });

  test('open details stay open through filtering', async () => {
    const element = await mount({ open: 'exchange-agreement' });
    const open = () => isOpen(root(element).getElementById(`parley-${istanbul.id}-exchange-agreement`)!);
    expect(open()).toBe(true);
    await userEvent.click(chip(element, 'Agreement'));
    expect(open()).toBe(true);
    await userEvent.click(chip(element, 'Agreement'));
    expect(open()).toBe(true);
  });
});

describe('selection and deep links', () => {
  const prefix = `#parley-${istanbul.id}-`;

  test('opening an event fires parley-select with the event, and puts its link in the address bar', async () => {
    const element = await mount();
    const selected: ParleySelectEvent[] = [];
    element.addEventListener('parley-select', (event) => selected.push(event));
    const item = root(element).getElementById(`parley-${istanbul.id}-talks-round-2`)!;
    await userEvent.click(toggleOf(item)!);
    await element.updateComplete;
    expect(selected).toHaveLength(1);
    expect(selected[0]!.detail.id).toBe('talks-round-2');
    expect(selected[0]!.detail.event.title).toBe('Second round of direct talks at Ciragan Palace');
    expect(selected[0]!.composed && selected[0]!.bubbles).toBe(true);
    expect(location.hash).toBe(`${prefix}talks-round-2`);
    expect(element.selected).toBe('talks-round-2');
  });

  test('a page loaded with an event’s fragment opens that event and focuses it', async () => {
    history.replaceState(null, '', `${prefix}exchange-agreement`);
    const element = await mount();
    const item = root(element).getElementById(`parley-${istanbul.id}-exchange-agreement`)!;
    await expect.poll(() => root(element).activeElement).toBe(item);
    expect(isOpen(item)).toBe(true);
  });

  test('follows hashchange, and leaves fragments that are not its own alone', async () => {
    const element = await mount();
    const comments = document.createElement('section');
    comments.id = 'comments';
    document.body.append(comments);
    location.hash = 'comments';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(all(element, '[part~="details"]')).toEqual([]);
    // The page's own fragment stays in the address bar, and its target stays the page's.
    expect(location.hash).toBe('#comments');
    expect(document.querySelector(':target')).toBe(comments);
    location.hash = `${prefix.slice(1)}leaders-meeting-discussed`;
    const item = root(element).getElementById(`parley-${istanbul.id}-leaders-meeting-discussed`)!;
    await expect.poll(() => isOpen(item)).toBe(true);
    expect(root(element).activeElement).toBe(item);
  });

  test('the selected attribute opens an event', async () => {
    const element = await mount({ selected: 'russian-missile-strike' });
    const item = root(element).getElementById(`parley-${istanbul.id}-russian-missile-strike`)!;
    await expect.poll(() => isOpen(item)).toBe(true);
  });
});

describe('parley-render', () => {
  test('says how many events are on the page once the last of them is', async () => {
    const rendered: ParleyRenderEvent[] = [];
    const listener = (event: ParleyRenderEvent) => rendered.push(event);
    document.addEventListener('parley-render', listener);
    try {
      const element = await mount();
      await expect.poll(() => rendered.length).toBe(1);
      expect(rendered[0]!.bubbles && rendered[0]!.composed).toBe(true);
      expect(rendered[0]!.detail.eventCount).toBe(istanbul.events.length);
      expect(rendered[0]!.detail.duration).toBeGreaterThanOrEqual(0);
      await userEvent.click(chip(element, 'Talks'));
      await expect.poll(() => rendered.at(-1)!.detail.eventCount).toBe(2);
    } finally {
      document.removeEventListener('parley-render', listener);
    }
  });
});

describe('the keyboard', () => {
  test('Tab reaches the links and controls, then the list as one stop, then leaves the card', async () => {
    const element = await mount();
    const before = document.querySelector('main > button')!;
    (before as HTMLElement).focus();
    const stops: string[] = [];
    for (let step = 0; step < 40; step++) {
      await userEvent.keyboard('{Tab}');
      const active =
        document.activeElement === element ? root(element).activeElement : document.activeElement;
      if (!active || !element.contains(document.activeElement)) {
        stops.push(`outside: ${said(document.activeElement!)}`);
        break;
      }
      stops.push(active.getAttribute('part') ?? active.tagName.toLowerCase());
    }
    const items = stops.filter((stop) => stop.startsWith('item'));
    expect(items).toHaveLength(1);
    expect(stops.at(-1)).toBe('outside: After the card');
    expect(stops.indexOf('find')).toBeLessThan(stops.indexOf(items[0]!));
    expect(stops.filter((stop) => stop === 'chip').length).toBeGreaterThan(3);
  });

  test('arrows, Home and End move between events; Enter and Space open; Escape closes', async () => {
    const element = await mount();
    const items = all(element, '[part~="item"]');
    items[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(root(element).activeElement).toBe(items[1]);
    await userEvent.keyboard('{End}');
    expect(root(element).activeElement).toBe(items.at(-1));
    await userEvent.keyboard('{ArrowUp}');
    expect(root(element).activeElement).toBe(items.at(-2));
    await userEvent.keyboard('{Home}');
    const first = items[0]!;
    expect(root(element).activeElement).toBe(first);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => isOpen(first)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => isOpen(first)).toBe(false);
    expect(root(element).activeElement).toBe(first);
    await userEvent.keyboard(' ');
    await expect.poll(() => isOpen(first)).toBe(true);
    // The one tab stop follows the reader.
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    expect(items.map((item) => item.tabIndex).filter((index) => index === 0)).toHaveLength(1);
    expect(items[1]!.tabIndex).toBe(0);
  });

  test('focus is visible on every stop: controls, the list, an open event’s links, an arrowed-to event', async () => {
    const first = istanbul.events[0]!.id;
    const element = await mount({ open: first });
    document.querySelector<HTMLElement>('main > button')!.focus();
    const unseen: string[] = [];
    const stops: string[] = [];
    const seen = (focused: Element) => {
      const style = getComputedStyle(focused);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    for (let step = 0; step < 60; step++) {
      await userEvent.keyboard('{Tab}');
      if (!element.contains(document.activeElement)) break;
      const focused = root(element).activeElement!;
      const name = focused.getAttribute('part') ?? focused.tagName.toLowerCase();
      stops.push(name);
      if (!seen(focused)) unseen.push(name);
    }
    // The open event's source links are stops of their own.
    expect(stops.filter((stop) => stop === 'a').length).toBeGreaterThan(0);
    expect(stops.length).toBeGreaterThan(8);
    all(element, '[part~="item"]')[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(root(element).activeElement).toBe(all(element, '[part~="item"]')[1]);
    if (!seen(root(element).activeElement!)) unseen.push('item after an arrow key');
    expect(unseen).toEqual([]);
  });
});

describe('accessibility at work', () => {
  test('axe-core finds no violations with a filter on and an event selected', async () => {
    const element = await mount();
    await userEvent.click(chip(element, 'Statement'));
    element.selected = 'zelensky-lithuania';
    const item = root(element).getElementById(`parley-${istanbul.id}-zelensky-lithuania`)!;
    await expect.poll(() => isOpen(item)).toBe(true);
    expect(all(element, '[part~="details"]').length).toBeGreaterThan(0);
    const results = await axe.run(document, { resultTypes: ['violations'] });
    expect(
      results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target}`),
      ),
    ).toEqual([]);
  });
});

describe('long timelines', () => {
  /** A card of `count` events, once every one of them is in (its parley-render). */
  /** Resolves once nothing in `node` has changed for 300 ms. */
  function quiet(node: Node): Promise<void> {
    return new Promise((resolve) => {
      let timer = setTimeout(done, 300);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 300);
      });
      function done() {
        observer.disconnect();
        resolve();
      }
      observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }

  async function mountAllIn(count: number): Promise<ParleyTimeline> {
    const rendered = new Promise((resolve) =>
      document.addEventListener('parley-render', resolve, { once: true }),
    );
    const element = await mount({}, long(count));
    await rendered;
    return element;
  }

  test('10,000 events from the property arrive in chunks, every one of them in the end', async () => {
    const rendered: ParleyRenderEvent[] = [];
    const listener = (event: ParleyRenderEvent) => rendered.push(event);
    document.addEventListener('parley-render', listener);
    try {
      const element = await mount({}, long(10_000));
      await expect.poll(() => all(element, '[part~="item"]').length, { timeout: 30_000 }).toBeGreaterThan(0);
      const first = all(element, '[part~="item"]').length;
      expect(first).toBeLessThan(10_000);
      await expect.poll(() => rendered.length, { timeout: 60_000 }).toBe(1);
      expect(all(element, '[part~="item"]')).toHaveLength(10_000);
      expect(rendered[0]!.detail.eventCount).toBe(10_000);
      // The last event is in the page, text and all, for find-in-page and screen readers.
      expect(said(all(element, '[part~="item"]').at(-1)!)).toContain('Event number 9999');
    } finally {
      document.removeEventListener('parley-render', listener);
    }
  }, 90_000);

  test('10,000 events are validated across tasks, so the page can respond meanwhile', async () => {
    const element = document.createElement('parley-timeline');
    element.timeline = long(10_000);
    document.body.append(element);
    await element.updateComplete;
    expect(root(element).textContent).toContain('Loading the timeline');
    // Tasks the page queues one after another while the card gets ready: some run before its first
    // events show, because validation gives the main thread back between slices.
    let between = 0;
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (all(element, '[part~="item"]').length > 0) return resolve();
        between++;
        channel.port2.postMessage(undefined);
      };
      channel.port2.postMessage(undefined);
    });
    expect(between).toBeGreaterThan(1);
  }, 60_000);

  test('a mistake in the last of 10,000 events is found and shown where it is', async () => {
    const timeline = long(10_000);
    timeline.events[9_999]!.date = '2025-02-30';
    const element = document.createElement('parley-timeline');
    element.timeline = timeline;
    document.body.append(element);
    await expect.poll(() => all(element, '[part~="error"]').length, { timeout: 30_000 }).toBe(1);
    expect(said(all(element, '[part~="error"]')[0]!)).toContain('events[9999].date');
  }, 60_000);

  test('a deep link reaches an event far down a long list, once its chunk is in', async () => {
    history.replaceState(null, '', '#parley-long-e1999');
    const element = await mount({}, long(2_000));
    await expect
      .poll(() => (root(element).activeElement as HTMLElement | null)?.dataset.id, { timeout: 30_000 })
      .toBe('e1999');
    const focused = root(element).activeElement!;
    expect(toggleOf(focused) === null || isOpen(focused)).toBe(true);
  }, 60_000);

  test('opening one event of a long list leaves every other event as it was', async () => {
    const element = await mountAllIn(2_000);
    // Far down the list, as a reader scrolls there: its block renders in full once on screen.
    root(element).getElementById('parley-long-e1501')!.scrollIntoView();
    await expect.poll(() => toggleOf(root(element).getElementById('parley-long-e1501')!)).not.toBeNull();
    // Its block and the ones beside it may take a few more frames (at most 100 events each).
    await quiet(root(element).querySelector('[part~="list"]')!);
    const target = root(element).getElementById('parley-long-e1501')!;
    const changed = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const item =
          (record.target as Element).closest?.('[part~="item"]') ??
          record.target.parentElement?.closest('[part~="item"]');
        changed.add((item as HTMLElement | null)?.dataset.id ?? `outside: ${record.target.nodeName}`);
      }
    });
    observer.observe(root(element).querySelector('[part~="list"]')!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    toggleOf(target)!.click();
    await expect.poll(() => isOpen(target)).toBe(true);
    observer.disconnect();
    // The event itself, and the first event, which gives the tab stop to it.
    expect([...changed].sort()).toEqual(['e0', 'e1501']);
  }, 60_000);

  test('expand all on a long list opens its events over several updates, every one in the end', async () => {
    const element = await mountAllIn(2_000);
    // Every event but the talks (e0, e10, …) has details: a speaker and a quote. Far down the
    // list they are their words only until shown (no Details button yet), so count by id.
    const withDetails = () =>
      all(element, '[part~="item"]').filter((item) => Number(item.dataset.id!.slice(1)) % 10 !== 0);
    const closed = () => withDetails().filter((item) => !isOpen(item)).length;
    expect(withDetails()).toHaveLength(1_800);
    await userEvent.click(button(element, 'Expand all'));
    await element.updateComplete;
    // The first events open at once; the rest follow in later frames, so the page keeps responding.
    expect(isOpen(withDetails()[0]!)).toBe(true);
    expect(isOpen(withDetails().at(-1)!)).toBe(false);
    await expect.poll(closed, { timeout: 30_000 }).toBe(0);
    expect(button(element, 'Collapse all')).toBeDefined();
  }, 60_000);

  test('far down a long list, events are their words until the browser shows them, then in full', async () => {
    const element = await mountAllIn(2_000);
    const last = () => root(element).getElementById('parley-long-e1999')!;
    // Off screen: the same item, with every word find-in-page looks for, but no Details yet.
    expect(all(element, '[part~="item"]')).toHaveLength(2_000);
    expect(toggleOf(last())).toBeNull();
    expect(last().querySelector('[role="heading"]')!.textContent).toBe('Event number 1999');
    expect(said(last().querySelector('p')!)).toBe('Statement · Something was said about the talks.');
    // Brought on screen, its block renders in full: the same words, and its Details button.
    last().scrollIntoView();
    await expect.poll(() => toggleOf(last())).not.toBeNull();
    expect(said(last())).toContain('Event number 1999');
    expect(said(last())).toContain('Something was said about the talks.');
    // The block before it is still words only: only what the browser shows is rendered in full.
    expect(toggleOf(root(element).getElementById('parley-long-e1000')!)).toBeNull();
  }, 60_000);

  test('an event that is its words keeps every word of its place, people and time', async () => {
    // Written in Ukrainian, shown with English words around it.
    const timeline = { ...long(600), language: 'uk' };
    timeline.actors.push({ id: 'ru', kind: 'state', name: 'Russia', country: 'RU' });
    Object.assign(timeline, {
      places: [{ id: 'palace', name: 'Ciragan Palace', kind: 'venue', city: 'Istanbul', country: 'TR' }],
    });
    Object.assign(timeline.events[599]!, {
      date: '2020-07-28T14:00+03:00',
      place: 'palace',
      actors: ['ua', 'ru'],
    });
    const rendered = new Promise((resolve) =>
      document.addEventListener('parley-render', resolve, { once: true }),
    );
    const element = await mount({}, timeline);
    await rendered;
    const item = root(element).getElementById('parley-long-e599')!;
    expect(toggleOf(item)).toBeNull();
    expect(said(item.querySelector('p')!)).toBe(
      'Statement · 28 July 2020 at 14:00 UTC+03:00 · Something was said about the talks. · ' +
        'Place: Ciragan Palace, Istanbul · Involved: Ukraine and Russia',
    );
    // Its title is marked with the data's language, and reads in its own direction.
    const title = item.querySelector('[role="heading"]')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['uk', 'auto']);
  }, 60_000);

  test('find-in-page finds an event that is still its words, and the card then renders it in full', async () => {
    const element = await mountAllIn(2_000);
    const item = () => root(element).getElementById('parley-long-e1733')!;
    expect(toggleOf(item())).toBeNull();
    // window.find (not in TypeScript's DOM types) is the page's handle on the browser's find-in-page.
    const find = (window as unknown as { find(text: string, caseSensitive: boolean): boolean }).find;
    expect(find('Event number 1733', true)).toBe(true);
    await expect.poll(() => toggleOf(item())).not.toBeNull();
  }, 60_000);

  test('End reaches the last event of a long list, which renders in full and keeps the focus', async () => {
    const element = await mountAllIn(2_000);
    const first = root(element).getElementById('parley-long-e0')!;
    first.focus();
    await userEvent.keyboard('{End}');
    const focused = () => root(element).activeElement as HTMLElement | null;
    await expect.poll(() => focused() && toggleOf(focused()!)).not.toBeNull();
    expect(focused()!.dataset.id).toBe('e1999');
    // Enter opens it, as on any event.
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => isOpen(root(element).getElementById('parley-long-e1999')!)).toBe(true);
  }, 60_000);

  test('Enter and Space on an event that is still its words open and close it', async () => {
    const element = await mountAllIn(2_000);
    const item = () => root(element).getElementById('parley-long-e1501')!;
    const press = (key: string) =>
      item().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    // Focus moves there and Enter follows in the same task: its block has not come near the screen
    // yet, so the item has no Details button to press.
    item().focus();
    expect(toggleOf(item())).toBeNull();
    press('Enter');
    await expect.poll(() => toggleOf(item()) && isOpen(item())).toBe(true);
    expect((root(element).activeElement as HTMLElement).dataset.id).toBe('e1501');
    press(' ');
    await expect.poll(() => isOpen(item())).toBe(false);
  }, 60_000);

  test('End brings the last event of a long list on screen, and it stays there as it renders in full', async () => {
    const element = await mountAllIn(2_000);
    root(element).getElementById('parley-long-e0')!.focus();
    await userEvent.keyboard('{End}');
    await quiet(root(element));
    const focused = root(element).activeElement as HTMLElement;
    expect(focused.dataset.id).toBe('e1999');
    expect(toggleOf(focused)).not.toBeNull();
    const { top, bottom } = focused.getBoundingClientRect();
    expect(top).toBeGreaterThanOrEqual(0);
    // Within a pixel: the page scrolls by whole pixels (scrollY 111,894), while nearest alignment
    // of an item laid out at a fraction of one would need 111,894.03 (its bottom at 896.03 of 896).
    expect(bottom).toBeLessThan(innerHeight + 1);
  }, 60_000);

  test('a filter that shortens a long list lets go of the blocks it removed', async () => {
    // What the card's IntersectionObservers watch, seen through the prototype it calls.
    const watched = new Map<IntersectionObserver, Set<Element>>();
    const { observe, unobserve, disconnect } = IntersectionObserver.prototype;
    const targets = (observer: IntersectionObserver) =>
      watched.get(observer) ?? watched.set(observer, new Set()).get(observer)!;
    IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
      targets(this).add(target);
      observe.call(this, target);
    };
    IntersectionObserver.prototype.unobserve = function (this: IntersectionObserver, target: Element) {
      targets(this).delete(target);
      unobserve.call(this, target);
    };
    IntersectionObserver.prototype.disconnect = function (this: IntersectionObserver) {
      targets(this).clear();
      disconnect.call(this);
    };
    try {
      const element = await mountAllIn(2_000);
      const inList = () =>
        [...watched.values()].flatMap((set) => [...set]).filter((target) => root(element).contains(target));
      const blocks = root(element).querySelectorAll('[part~="list"] > div').length;
      expect(inList().length).toBeGreaterThan(blocks / 2);
      // Talks only: a tenth of the events, in far fewer blocks.
      await userEvent.click(chip(element, 'Talks'));
      await quiet(root(element));
      const watchedNow = [...watched.values()].flatMap((set) => [...set]);
      expect(root(element).querySelectorAll('[part~="list"] > div').length).toBeLessThan(blocks);
      expect(watchedNow.filter((target) => !target.isConnected)).toEqual([]);
    } finally {
      Object.assign(IntersectionObserver.prototype, { observe, unobserve, disconnect });
    }
  }, 60_000);

  test('in a scroll container, a block renders in full before it scrolls into view', async () => {
    const element = await mountAllIn(2_000);
    // The card in a box of its own that scrolls, as in a sidebar or a live blog's panel.
    const box = element.parentElement!;
    box.style.cssText = 'display: block; height: 600px; overflow: auto; position: relative';
    const blocks = [...root(element).querySelectorAll<HTMLElement>('[part~="list"] > div')];
    const block = blocks[5]!;
    const firstItem = () => block.querySelector('[part~="item"]')!;
    expect(toggleOf(firstItem())).toBeNull();
    // Half a box below what the box shows.
    box.scrollTop = block.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 900;
    await expect.poll(() => block.querySelector('[part~="toggle"]')).not.toBeNull();
    expect(block.getBoundingClientRect().top).toBeGreaterThan(box.getBoundingClientRect().bottom);
  }, 60_000);

  test('printing a long list renders every event in full', async () => {
    const element = await mountAllIn(600);
    const withButton = () => all(element, '[part~="item"]').filter((item) => toggleOf(item)).length;
    expect(withButton()).toBeLessThan(540);
    dispatchEvent(new Event('beforeprint'));
    // Every event but the talks has details, and while printing they are rendered.
    await expect.poll(withButton).toBe(540);
    dispatchEvent(new Event('afterprint'));
  }, 60_000);

  test('10,000 events from a src URL render too', async () => {
    const element = document.createElement('parley-timeline');
    element.src = '/__fixtures__/long.json?count=10000';
    document.body.append(element);
    await expect.poll(() => all(element, '[part~="item"]').length, { timeout: 60_000 }).toBe(10_000);
    expect(all(element, '[role="alert"]')).toEqual([]);
  }, 90_000);

  test('10,000 detailed events inline in a child script render too, the last one with its details', async () => {
    const timeline = detailed(10_000);
    const element = document.createElement('parley-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(timeline); // about 5 MB
    element.append(script);
    document.body.append(element);
    await expect.poll(() => all(element, '[part~="item"]').length, { timeout: 60_000 }).toBe(10_000);
    expect(all(element, '[role="alert"]')).toEqual([]);
    const last = timeline.events.at(-1)!;
    const item = () => root(element).querySelector<HTMLElement>(`[data-id="${last.id}"]`)!;
    item().scrollIntoView();
    await expect.poll(() => toggleOf(item())).toBeTruthy();
    expect(said(item().querySelector('[part~="event-title"]')!)).toContain(last.title);
    toggleOf(item())!.click();
    await expect.poll(() => isOpen(item())).toBe(true);
    const publisher = timeline.sources.find(
      (source) => source.id === (last as { citations?: { source: string }[] }).citations![0]!.source,
    )!.publisher;
    expect(said(item().querySelector('[part~="source"]')!)).toContain(publisher);
  }, 90_000);
});
