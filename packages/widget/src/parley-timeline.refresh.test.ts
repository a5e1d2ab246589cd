// Live updates (`refresh`) against a local feed that answers like a CMS behind a CDN: ETags,
// 304s, outages (vitest.config.ts, /__live__). Timers and the clock are faked so that a
// 15-second interval takes no time; the requests and the rendering are real.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ParleyTimeline, type ParleyUpdateEvent } from './index.js';
import { en } from './i18n/en.js';
import { isOpen, toggleOf } from './testing/disclosure.js';

ParleyTimeline.define();

interface LogEntry {
  status: number;
  conditional: boolean;
}

let feed: string;
let feeds = 0;

const version = (titles: Record<string, string>) =>
  JSON.stringify({
    id: 'live',
    title: 'Live talks',
    sources: [{ id: 'wire', publisher: 'Wire' }],
    events: Object.entries(titles).map(([id, title]) => ({
      type: 'context',
      id,
      date: '2025-06-02',
      title,
      citations: [{ source: 'wire', kind: 'fact' }],
    })),
  });

/** Publishes a new version; `slowMs` makes each answer from now on take that long. */
const publish = (body: string, slowMs = 0) =>
  fetch(`/__live__/${feed}.json?slow=${slowMs}`, { method: 'POST', body });
const goDown = () => fetch(`/__live__/${feed}.json?fail`, { method: 'POST' });
const log = async (): Promise<LogEntry[]> => (await fetch(`/__live__/${feed}.log`)).json();
const root = (element: ParleyTimeline) => element.shadowRoot!;
const titles = (element: ParleyTimeline) =>
  [...root(element).querySelectorAll('[part~="event-title"]')].map((node) =>
    node.textContent!.replace(/\s*\[\d+\]\s*$/, '').trim(),
  );
const note = (element: ParleyTimeline) =>
  root(element).querySelector('[part~="refresh"]')?.textContent ?? null;
const item = (element: ParleyTimeline, id: string) =>
  root(element).querySelector<HTMLElement>(`[data-id="${id}"]`)!;

/**
 * Lets the card's timer fire, waits for the request it makes to be logged, and then for the card
 * to have handled the answer and set its next timer: the only page timer a card has (a request's
 * timeout is the browser's), so moving the clock again cannot race a check still under way.
 */
async function wait(seconds: number, requests: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(seconds * 1000);
  await expect.poll(async () => (await log()).length).toBe(requests);
  await expect.poll(() => vi.getTimerCount()).toBe(1);
}

async function mount(refresh: string | null, body: string): Promise<ParleyTimeline> {
  await publish(body);
  const element = document.createElement('parley-timeline');
  if (refresh !== null) element.setAttribute('refresh', refresh);
  element.src = `/__live__/${feed}.json`;
  document.body.append(element);
  await expect.poll(() => titles(element).length).toBeGreaterThan(0);
  return element;
}

/** Titles of events `e<first>`… `e<first + count - 1>`, in that order, for `version`. */
const titlesOf = (count: number, first = 0) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`e${first + index}`, `Event ${first + index}`]),
  );

function hidePage(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  feed = `feed-${++feeds}-${Date.now()}`;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  scrollTo({ top: 0, behavior: 'instant' });
  document.documentElement.style.scrollBehavior = '';
  vi.useRealTimers();
  delete (document as { hidden?: boolean }).hidden;
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<parley-timeline refresh>', () => {
  test('checks src again every interval; an unchanged timeline is a 304 that changes nothing', async () => {
    const element = await mount('15', version({ a: 'Talks open' }));
    const updates: ParleyUpdateEvent[] = [];
    element.addEventListener('parley-update', (event) => updates.push(event));
    const first = item(element, 'a');
    await wait(15, 2);
    await wait(15, 3);
    const [initial, ...checks] = await log();
    expect(initial).toEqual({ status: 200, conditional: false });
    expect(checks).toEqual([
      { status: 304, conditional: true },
      { status: 304, conditional: true },
    ]);
    await element.updateComplete;
    expect(updates).toEqual([]);
    expect(item(element, 'a')).toBe(first);
    expect(note(element)).toBe('');
  });

  test('waits for a slow answer without calling it a failure, and keeps checking every interval', async () => {
    const element = await mount('15', version({ a: 'Talks open' }));
    // From now on each answer takes a second of real time, while the page's clock races ahead.
    await publish(version({ a: 'Talks open' }), 1_000);
    await wait(15, 2);
    await wait(15, 3);
    expect((await log()).map((entry) => entry.status)).toEqual([200, 200, 304]);
    expect(note(element)).toBe('');
    expect(titles(element)).toEqual(['Talks open']);
  });

  test('shows a changed timeline, marks what is new or updated, says so, and keeps the reader’s place', async () => {
    const element = await mount(
      '60',
      version({ a: 'Talks open', b: 'Talks on prisoners', c: 'Statement', d: 'Talks end' }),
    );
    // The reader filters to the talks, opens one event and has the list's focus on it.
    const find = root(element).querySelector<HTMLInputElement>('input[part~="find"]')!;
    find.value = 'talks';
    find.dispatchEvent(new Event('input', { bubbles: true }));
    await expect.poll(() => titles(element)).toEqual(['Talks open', 'Talks on prisoners', 'Talks end']);
    toggleOf(item(element, 'b'))!.click();
    await expect.poll(() => isOpen(item(element, 'b'))).toBe(true);
    item(element, 'b').focus();

    const updated = new Promise<ParleyUpdateEvent>((resolve) =>
      element.addEventListener('parley-update', resolve, { once: true }),
    );
    // A new event before the reader's, one changed, one removed.
    await publish(
      version({ z: 'Talks resume', a: 'Talks open', b: 'Talks on prisoners and bodies', d: 'Talks end' }),
    );
    await wait(60, 2);
    const event = await updated;
    // Heard outside the card's shadow root, like the others: it bubbles and is composed.
    expect(event.bubbles && event.composed).toBe(true);
    const { detail } = event;
    expect(detail).toMatchObject({ added: ['z'], changed: ['b'], removed: ['c'] });
    expect(detail.timeline.events.map((event) => event.id)).toEqual(['z', 'a', 'b', 'd']);

    expect(titles(element)).toEqual([
      'Talks resume',
      'Talks open',
      'Talks on prisoners and bodies',
      'Talks end',
    ]);
    const mark = (id: string) => item(element, id).querySelector('[part~="mark"]')?.textContent ?? null;
    expect([mark('z'), mark('a'), mark('b')]).toEqual([en.live.added, null, en.live.changed]);
    // Said politely, once, in words.
    expect(root(element).querySelector('[part~="refresh"]')!.getAttribute('role')).toBe('status');
    expect(note(element)).toBe('1 new event, 1 updated');
    // The reader's filter, open details and focus survive the new version.
    expect(find.value).toBe('talks');
    expect(isOpen(item(element, 'b'))).toBe(true);
    expect((root(element).activeElement as HTMLElement).dataset.id).toBe('b');
  });

  test('a long new version is checked across tasks and then shown, with what changed', async () => {
    const element = await mount('15', version({ a: 'Talks open' }));
    const updated = new Promise<ParleyUpdateEvent>((resolve) =>
      element.addEventListener('parley-update', resolve, { once: true }),
    );
    await publish(version({ a: 'Talks open', ...titlesOf(3_000) }));
    await wait(15, 2);
    const { detail } = await updated;
    expect(detail.added).toHaveLength(3_000);
    expect(detail.removed).toEqual([]);
    await expect.poll(() => titles(element).length, { timeout: 30_000 }).toBe(3_001);
  }, 60_000);

  test('keeps the last good timeline through an outage and broken data, backing off, then recovers', async () => {
    const element = await mount('15', version({ a: 'Talks open' }));
    await goDown();
    await wait(15, 2);
    await expect.poll(() => note(element)).toBe(en.live.failed);
    expect(titles(element)).toEqual(['Talks open']);
    expect(root(element).querySelector('[part~="error"]')).toBeNull();
    // After one failure the wait doubles: nothing at 15 s, a check at 30 s.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await log()).toHaveLength(2);
    await wait(15, 3);
    // Data that does not validate is a failure too: the card keeps what it has.
    await publish('{"id": "live", "title": "Live talks", "events": [,]}');
    await wait(60, 4);
    expect(note(element)).toBe(en.live.failed);
    expect(titles(element)).toEqual(['Talks open']);
    // Back to good data: the wait returns to one interval once a check succeeds.
    await publish(version({ a: 'Talks open', b: 'Talks end' }));
    await wait(120, 5);
    await expect.poll(() => titles(element)).toEqual(['Talks open', 'Talks end']);
    expect(note(element)).toBe('1 new event');
    await wait(15, 6);
    expect((await log()).map((entry) => entry.status)).toEqual([200, 500, 500, 200, 200, 304]);
  });

  test('does not check while the page is hidden, and checks as soon as the reader is back', async () => {
    const element = await mount('20', version({ a: 'Talks open' }));
    hidePage(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(await log()).toHaveLength(1);
    hidePage(false);
    await wait(0, 2);
    // And then every interval again.
    await wait(20, 3);
    expect(titles(element)).toEqual(['Talks open']);
  });

  test('waits at least 15 seconds, and not at all without the attribute', async () => {
    await mount('1', version({ a: 'Talks open' }));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(await log()).toHaveLength(1);
    await wait(1, 2);
    document.body.replaceChildren();

    feed = `${feed}-off`;
    const element = await mount(null, version({ a: 'Talks open' }));
    await vi.advanceTimersByTimeAsync(600_000);
    expect(await log()).toHaveLength(1);
    expect(note(element)).toBeNull();
  });

  test('stops checking when the card leaves the page or refresh is removed', async () => {
    const element = await mount('15', version({ a: 'Talks open' }));
    element.removeAttribute('refresh');
    await element.updateComplete;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await log()).toHaveLength(1);
    element.setAttribute('refresh', '15');
    await element.updateComplete;
    await wait(15, 2);
    element.remove();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await log()).toHaveLength(2);
  });
});

describe('<parley-timeline refresh> keeps the reader’s place', () => {
  const top = (element: ParleyTimeline, id: string) => item(element, id).getBoundingClientRect().top;
  /** Scrolls the page so that event `id` is `at` px below the top of the viewport. */
  const readAt = (element: ParleyTimeline, id: string, at = 100) => {
    scrollBy({ top: top(element, id) - at, behavior: 'instant' });
    expect(Math.round(top(element, id))).toBe(at);
  };
  /** Where event `id` is when the new version is on screen (`parley-update`), and two frames later. */
  const afterRefresh = (element: ParleyTimeline, id: string) =>
    new Promise<[number, number]>((resolve) =>
      element.addEventListener(
        'parley-update',
        () => {
          const then = top(element, id);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve([then, top(element, id)])));
        },
        { once: true },
      ),
    );

  test('events arriving above the one being read leave it where it was, at once, even on a smooth-scrolling page', async () => {
    document.documentElement.style.scrollBehavior = 'smooth';
    const element = await mount('15', version(titlesOf(40, 10)));
    // Every event in, the second chunk too: before it, the page may be too short to scroll there.
    await expect.poll(() => titles(element).length).toBe(40);
    readAt(element, 'e30');
    const where = afterRefresh(element, 'e30');
    await publish(version({ ...titlesOf(10), ...titlesOf(40, 10) }));
    await wait(15, 2);
    const [then, later] = await where;
    expect(titles(element)).toHaveLength(50);
    expect(Math.abs(then - 100)).toBeLessThan(2);
    expect(Math.abs(later - 100)).toBeLessThan(2);
  });

  test('when the event being read is gone from the new version, the next one on screen stays put', async () => {
    const element = await mount('15', version(titlesOf(40, 10)));
    await expect.poll(() => titles(element).length).toBe(40);
    // The top of the screen is just inside e30: it is the first event on screen, e29 is above.
    readAt(element, 'e30', -1);
    const below = top(element, 'e31');
    const where = afterRefresh(element, 'e31');
    const { e30, ...rest } = titlesOf(40, 10);
    expect(e30).toBe('Event 30');
    await publish(version({ ...titlesOf(10), ...rest }));
    await wait(15, 2);
    const [then, later] = await where;
    expect(Math.abs(then - below)).toBeLessThan(2);
    expect(Math.abs(later - below)).toBeLessThan(2);
  });

  test('on a long list the page does not shrink under the reader while the new version renders', async () => {
    const element = await mount('15', version(titlesOf(1_000, 10)));
    await expect.poll(() => titles(element).length, { timeout: 20_000 }).toBe(1_000);
    // Far past the first chunk the card renders.
    readAt(element, 'e600');
    const where = afterRefresh(element, 'e600');
    await publish(version({ ...titlesOf(10), ...titlesOf(1_000, 10) }));
    await wait(15, 2);
    const [then, later] = await where;
    expect(Math.abs(then - 100)).toBeLessThan(2);
    expect(Math.abs(later - 100)).toBeLessThan(2);
    await expect.poll(() => titles(element).length, { timeout: 20_000 }).toBe(1_010);
  }, 60_000);

  test('a reader near the top of a long list gets the new version in chunks, not in one long task', async () => {
    const element = await mount('15', version(titlesOf(3_000, 10)));
    await expect.poll(() => titles(element).length, { timeout: 30_000 }).toBe(3_000);
    readAt(element, 'e12');
    const shownAtFirst = new Promise<number>((resolve) =>
      element.addEventListener('parley-update', () => resolve(titles(element).length), { once: true }),
    );
    await publish(version({ ...titlesOf(10), ...titlesOf(3_000, 10) }));
    await wait(15, 2);
    // The reader's event and a screen's worth below it first; the rest follow a chunk at a time.
    expect(await shownAtFirst).toBeLessThan(100);
    expect(Math.abs(top(element, 'e12') - 100)).toBeLessThan(2);
    await expect.poll(() => titles(element).length, { timeout: 30_000 }).toBe(3_010);
  }, 90_000);
});
