// The reader-first layout: At a glance, day headings, citation markers, photos, heading levels
// and density, in a real Chromium.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ParleyTimeline } from './index.js';
import { isOpen, toggleOf } from './testing/disclosure.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

ParleyTimeline.define();

/** Mounts a card inside a British English section, so dates read "2 June 2025". */
async function mount(timeline: unknown, attributes: Record<string, string> = {}): Promise<ParleyTimeline> {
  const section = document.createElement('section');
  section.lang = 'en-GB';
  const element = document.createElement('parley-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.timeline = timeline;
  section.append(element);
  document.body.append(section);
  await element.updateComplete;
  return element;
}

const all = (element: ParleyTimeline, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const event = (overrides: Record<string, unknown>) => ({
  type: 'context',
  id: 'e',
  date: '2025-06-02',
  title: 'An event',
  ...overrides,
});

afterEach(() => {
  document.body.replaceChildren();
  // Opening an event writes its deep link into the address; the next test starts without one.
  history.replaceState(null, '', location.pathname + location.search);
});

describe('At a glance', () => {
  test('lists each Istanbul provision, exchange and next step, each linked to its event', async () => {
    const element = await mount(istanbul);
    const glance = all(element, '[part~="glance"]')[0]!;
    const links = [...glance.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => ({
      text: said(link),
      event: link.dataset.event,
      href: link.getAttribute('href'),
    }));
    const agreement = istanbul.events.find((each) => each.type === 'agreement')!;
    const delivered = istanbul.events.filter(
      (each) => each.type === 'document' && 'status' in each && each.status === 'delivered',
    );
    const proposals = istanbul.events.filter((each) => each.type === 'proposal');
    const expected = [
      ...agreement.provisions!.map((provision) => ({ text: provision.description, event: agreement.id })),
      ...delivered.map((doc) => ({ text: (doc as { subject: string }).subject, event: doc.id })),
      ...proposals.map((proposal) => ({ text: proposal.title, event: proposal.id })),
    ];
    expect(links.map(({ text, event }) => ({ text, event }))).toEqual(expected);
    // Every link points at an event the card shows.
    for (const link of links) {
      expect(link.href).toBe(`#parley-${istanbul.id}-${link.event}`);
      expect(element.shadowRoot!.getElementById(link.href!.slice(1))).not.toBeNull();
    }
    // Whom each provision covers, from the data.
    expect(said(glance)).toContain('(seriously wounded, seriously ill and under 18)');
    expect(said(glance)).toContain('(memorandum, Russia → Ukraine)');
  });

  test('a link opens its event’s details and moves focus to it', async () => {
    const element = await mount(istanbul);
    const link = all(element, 'a[href^="#"]')[0]!;
    await userEvent.click(link);
    const target = element.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(element.shadowRoot!.activeElement).toBe(target);
    await expect.poll(() => isOpen(target)).toBe(true);
    // The address bar holds the event's deep link, without a new history entry.
    expect(location.hash).toBe(link.getAttribute('href'));
    history.replaceState(null, '', location.pathname + location.search);
  });

  test('stays a summary on a long timeline: the latest agreed, the soonest next, the rest counted', async () => {
    const days = Array.from({ length: 12 }, (_, index) => `2025-06-${String(index + 1).padStart(2, '0')}`);
    const agreements = days.map((date, index) =>
      event({
        type: 'agreement',
        id: `agreement-${index + 1}`,
        date,
        title: `Agreement ${index + 1}`,
        parties: ['a', 'b'],
        status: 'signed',
        provisions: [{ kind: 'ceasefire', description: `Truce ${index + 1}` }],
      }),
    );
    const proposals = days.map((date, index) =>
      event({
        type: 'proposal',
        id: `proposal-${index + 1}`,
        date,
        title: `Proposal ${index + 1}`,
        proposedBy: ['a'],
        subject: 'talks',
        status: 'proposed',
      }),
    );
    const actors = [
      { id: 'a', kind: 'state', name: 'A', country: 'UA' },
      { id: 'b', kind: 'state', name: 'B', country: 'RU' },
    ];
    const element = await mount({ id: 't', title: 'T', actors, events: [...agreements, ...proposals] });
    const [agreed, next] = all(element, '[part~="glance"] .glance-section');
    expect([...agreed!.querySelectorAll('li')].map(said)).toEqual([
      '7 earlier, in the timeline below',
      ...[8, 9, 10, 11, 12].map((n) => `Truce ${n}`),
    ]);
    expect([...next!.querySelectorAll('li')].map(said)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `Proposal ${n} (proposed)`),
      '7 more, in the timeline below',
    ]);
    // Every event is still in the timeline below.
    expect(all(element, '[part~="item"]')).toHaveLength(24);
  });

  test('is left out when nothing was agreed, exchanged or proposed', async () => {
    const element = await mount({ id: 't', title: 'T', events: [event({})] });
    expect(all(element, '[part~="glance"]')).toEqual([]);
  });
});

describe('day headings', () => {
  test('group the Istanbul events by day, placing and labelling inexact dates', async () => {
    const element = await mount(istanbul);
    const days = all(element, '[part~="day"]').map((day) => ({
      heading: said(day.querySelector('[part~="day-heading"]')!),
      events: day.querySelectorAll('[part~="item"]').length,
    }));
    expect(days.map((day) => day.heading)).toEqual([
      'mid-May 2025 (exact day not reported)',
      '31 May – 1 June 2025 (exact day not reported)',
      'By 1 June 2025 (exact day not reported)',
      '1 June 2025',
      'By 2 June 2025 (exact day not reported)',
      '2 June 2025',
    ]);
    expect(days.reduce((sum, day) => sum + day.events, 0)).toBe(istanbul.events.length);
  });

  test('place approximate, open-ended and timed events, each under one heading', async () => {
    const element = await mount({
      id: 't',
      title: 'T',
      events: [
        event({ id: 'later', date: '2025-06-03/..', title: 'Open-ended' }),
        event({ id: 'approx', date: '2025-06-02~', title: 'Approximate' }),
        event({ id: 'timed', date: '2025-06-02T14:30+03:00', title: 'Timed' }),
        event({ id: 'by', date: '/2025-06-02', title: 'By then' }),
      ],
    });
    const days = all(element, '[part~="day"]').map((day) => [
      said(day.querySelector('[part~="day-heading"]')!),
      [...day.querySelectorAll('[part~="event-title"]')].map(said),
    ]);
    expect(days).toEqual([
      ['By 2 June 2025 (exact day not reported)', ['By then']],
      ['c. 2 June 2025 (exact day not reported)', ['Approximate']],
      ['2 June 2025', ['Timed']],
      ['From 3 June 2025 (exact day not reported)', ['Open-ended']],
    ]);
    // A time of day stays with its event, with its offset.
    const timed = all(element, '[part~="item"]').find((item) => item.id.endsWith('-timed'))!;
    expect(said(timed.querySelector('[part~="meta"]')!)).toBe('Context · 2 June 2025 at 14:30 UTC+03:00');
  });

  test('carry machine-readable dates', async () => {
    const element = await mount(istanbul);
    expect(all(element, '[part~="day-heading"] time').map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-05',
      '2025-05-31', // an interval gives its first day: <time> takes no intervals
      '2025-06-01',
      '2025-06-01',
      '2025-06-02',
      '2025-06-02',
    ]);
  });
});

describe('citations', () => {
  const timeline = {
    id: 't',
    title: 'T',
    actors: [{ id: 'kremlin', kind: 'organisation', name: 'Kremlin' }],
    sources: [
      { id: 'wire', publisher: 'Wire', url: 'https://example.com/wire' },
      { id: 'paper', publisher: 'Paper', title: 'Talks end' },
    ],
    events: [
      event({
        summary: 'Both sides met.',
        citations: [
          { source: 'wire', kind: 'fact' },
          { source: 'paper', kind: 'claim', claimant: 'kremlin', quote: 'constructive' },
          { source: 'wire', kind: 'opinion', quote: 'going nowhere' },
        ],
      }),
    ],
  };

  test('show compact numbered markers beside the text, claims marked in words', async () => {
    const element = await mount(timeline);
    const text = all(element, '[part~="text"]')[0]!;
    expect([...text.querySelectorAll('[part~="markers"] sup')].map(said)).toEqual(['[1]', '[2 · claim]']);
  });

  test('list each source once per event, with every claim and opinion it carries', async () => {
    const element = await mount(timeline, { open: timeline.events.map((event) => event.id).join(' ') });
    const sources = all(element, '[part~="source"]');
    expect(sources.map((source) => said(source))).toEqual([
      'Wire Reported Opinion: going nowhere',
      'Paper: Talks end Claim by Kremlin: constructive',
    ]);
    // Quotes are <q> elements: the browser adds the quotation marks of the card's language.
    expect(all(element, '[part~="source"] q').map(said)).toEqual(['going nowhere', 'constructive']);
    expect(sources[0]!.querySelector('a')!.href).toBe('https://example.com/wire');
    const kinds = sources.map((source) =>
      [...source.querySelectorAll<HTMLElement>('[part~="citation"]')].map(
        (citation) => citation.dataset.kind,
      ),
    );
    expect(kinds).toEqual([['fact', 'opinion'], ['claim']]);
  });

  test('repeat no source line in the visible text of the Istanbul card', async () => {
    const element = await mount(istanbul);
    // Sources live inside each event's closed details; only markers show.
    for (const list of all(element, '[part~="sources"]')) expect(list.checkVisibility()).toBe(false);
    expect(all(element, '[part~="markers"] sup').length).toBeGreaterThanOrEqual(istanbul.events.length);
  });
});

describe('photos', () => {
  const withImage = (image: Record<string, unknown>) => ({
    id: 't',
    title: 'T',
    images: [
      {
        id: 'photo',
        caption: 'Delegations at the table.',
        credit: 'Agency',
        alt: 'Two rows of chairs',
        ...image,
      },
    ],
    events: [event({ image: 'photo' })],
  });

  test('show a lazy image with its alt text, caption and credit when the data gives a URL', async () => {
    const url = `${location.origin}/__fixtures__/photo.jpg`;
    const element = await mount(withImage({ url }));
    const img = all(element, 'img')[0]!;
    expect(img.getAttribute('src')).toBe(url);
    expect(img.getAttribute('alt')).toBe('Two rows of chairs');
    expect(img.getAttribute('loading')).toBe('lazy');
    const figure = all(element, '[part~="image"]')[0]!;
    expect(said(figure)).toBe('Delegations at the table. Agency');
    expect(figure.closest('[part~="details"]')).toBeNull();
  });

  test('make no request and show no image without a URL, keeping the caption in the details', async () => {
    const before = performance.getEntriesByType('resource').length;
    const element = await mount(withImage({}));
    expect(all(element, 'img')).toEqual([]);
    // A closed event's details, the caption with them, are rendered once it opens.
    expect(all(element, '[part~="image"]')).toEqual([]);
    toggleOf(all(element, '[part~="item"]')[0]!)!.click();
    await expect.poll(() => all(element, '[part~="image"]')).toHaveLength(1);
    const figure = all(element, '[part~="image"]')[0]!;
    expect(said(figure)).toBe('Photo: Delegations at the table. Agency');
    expect(figure.closest('[part~="details"]')).not.toBeNull();
    expect(performance.getEntriesByType('resource').length).toBe(before);
  });
});

describe('heading-level', () => {
  const levels = (element: ParleyTimeline) =>
    [
      '[part~="title"]',
      '[part~="glance"] > [role="heading"]',
      '[part~="day-heading"]',
      '[part~="event-title"]',
    ].map((selector) => all(element, selector)[0]?.getAttribute('aria-level'));

  test('puts the title at level 2 by default, days and events below it', async () => {
    expect(levels(await mount(istanbul))).toEqual(['2', '3', '3', '4']);
  });

  test('follows the attribute, so the card fits the page’s outline', async () => {
    expect(levels(await mount(istanbul, { 'heading-level': '4' }))).toEqual(['4', '5', '5', '6']);
  });

  test('never goes past 6, and ignores nonsense', async () => {
    expect(levels(await mount(istanbul, { 'heading-level': '6' }))).toEqual(['6', '6', '6', '6']);
    expect(levels(await mount(istanbul, { 'heading-level': 'banana' }))).toEqual(['2', '3', '3', '4']);
  });
});

describe('density', () => {
  test('compact takes less room than comfortable for the same timeline', async () => {
    const comfortable = await mount(istanbul);
    const compact = await mount(istanbul, { density: 'compact' });
    expect(compact.getAttribute('density')).toBe('compact');
    expect(compact.getBoundingClientRect().height).toBeLessThan(
      comfortable.getBoundingClientRect().height * 0.95,
    );
  });

  test('reflects the property to the attribute', async () => {
    const element = await mount(istanbul);
    element.density = 'compact';
    await element.updateComplete;
    expect(element.getAttribute('density')).toBe('compact');
  });
});
