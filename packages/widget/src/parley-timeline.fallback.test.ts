// The static HTML export (`@parley/core/html`) as the card's fallback content: what readers
// without JavaScript get, parsed as a browser parses it, and what the card does with it when
// it upgrades next to its child JSON data.
import { afterEach, describe, expect, test } from 'vitest';
import { renderTimelineHtml, stringifyJsonForScript } from '@parley/core/html';
import { parseTimeline, type Timeline } from '@parley/core';
import { ParleyTimeline } from './index.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

const example = parseTimeline(istanbul);
/** The example with a link on each source, so the links have something to show. */
const linked: Timeline = parseTimeline({
  ...istanbul,
  sources: istanbul.sources.map((source, index) => ({
    ...source,
    url: `https://news.example/reports/${index}?from=parley&lang=en`,
  })),
});

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

/** Every attribute in a document whose name starts with `on` (an event handler). */
function handlers(document: Document): string[] {
  return [...document.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
  );
}

describe('renderTimelineHtml, parsed by Chromium', () => {
  test.each([
    ['the Istanbul example', example],
    ['the Istanbul example with source links', linked],
  ])('%s: every event title, date and source link, and no script, style or handler', (_, timeline) => {
    const document = parse(renderTimelineHtml(timeline));
    const articles = [...document.querySelectorAll('section > ol > li > article')];
    expect(articles).toHaveLength(timeline.events.length);
    const titles = articles.map((article) => article.querySelector('h3')?.textContent);
    expect([...titles].sort()).toEqual(timeline.events.map((event) => event.title).sort());
    for (const event of timeline.events) {
      const article = articles.find(
        (candidate) => candidate.querySelector('h3')?.textContent === event.title,
      )!;
      // The machine-readable date is the event's first known end, without EDTF's qualifiers.
      const [from = '', to = ''] = event.date.split('/');
      const known = (from && from !== '..' ? from : to).replace(/[?~%]$/, '');
      expect(article.querySelector('time')?.getAttribute('datetime'), event.id).toBe(known);
      const cited = new Set((event.citations ?? []).map((citation) => citation.source));
      const urls = (timeline.sources ?? [])
        .filter((source) => cited.has(source.id))
        .map((source) => source.url);
      const hrefs = [...article.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      expect(hrefs, event.id).toEqual(urls.filter((url) => url !== undefined));
    }
    expect(document.querySelectorAll('script, style, link, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    expect(handlers(document)).toEqual([]);
  });

  test('the source links are really there when the sources have URLs', () => {
    const document = parse(renderTimelineHtml(linked));
    expect(document.querySelectorAll('a[href^="https://news.example/reports/"]').length).toBeGreaterThan(0);
  });

  test('hostile text stays text: no element, attribute or link comes from the data', () => {
    const hostile = {
      ...example,
      title: '<script>alert(1)</script><img src=x onerror=alert(2)>',
      sources: [{ id: 'report-2025-06-02', publisher: 'Wire', url: 'javascript:alert(3)' }],
      events: example.events.map((event) => ({ ...event, summary: '" onerror="alert(4)" x="' })),
    } as Timeline;
    const document = parse(renderTimelineHtml(hostile));
    expect(document.querySelector('h2')?.textContent).toBe(hostile.title);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(handlers(document)).toEqual([]);
  });
});

describe('<parley-timeline> with the static HTML as fallback and a child JSON script', () => {
  // A tag of its own, defined only when the test says so: until then the element is not
  // upgraded, as on a page whose script has not loaded or cannot run.
  const TAG = 'parley-fallback-card';
  let card: HTMLElement;

  afterEach(() => card?.remove());

  function mount(timeline: unknown): HTMLElement {
    card = document.createElement(TAG);
    card.innerHTML =
      `<script type="application/json">${stringifyJsonForScript(timeline)}</script>` +
      renderTimelineHtml(example);
    document.body.append(card);
    return card;
  }

  const fallback = () => card.querySelector(':scope > section')!;

  test('shows the fallback until the card upgrades, then only the card, with the data from the script', async () => {
    mount({ ...istanbul, title: 'From the child script' });
    // Not upgraded: the fallback is what readers see.
    expect(fallback().checkVisibility()).toBe(true);
    expect(card.shadowRoot).toBeNull();

    ParleyTimeline.define(TAG);
    const upgraded = card as ParleyTimeline;
    await expect
      .poll(() => upgraded.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim())
      .toBe('From the child script');
    // Once the card shows, the light-DOM fallback is not rendered at all, so no event shows twice.
    expect(fallback().checkVisibility()).toBe(false);
    expect(upgraded.shadowRoot!.querySelector('slot')).toBeNull();
    const visibleTitles = (title: string) =>
      [
        ...card.querySelectorAll('h3'),
        ...upgraded.shadowRoot!.querySelectorAll('[part~="event-title"]'),
      ].filter((element) => element.checkVisibility() && element.textContent?.includes(title));
    for (const event of example.events) expect(visibleTitles(event.title), event.id).toHaveLength(1);
    // The fallback is still in the page for search engines and reader modes, untouched.
    expect(card.querySelectorAll(':scope > section article')).toHaveLength(example.events.length);
  });

  test('keeps the fallback beside the error when the child data is invalid', async () => {
    ParleyTimeline.define(TAG);
    const upgraded = mount({ id: 'broken' }) as ParleyTimeline;
    await expect.poll(() => upgraded.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull();
    expect(fallback().checkVisibility()).toBe(true);
    expect(upgraded.shadowRoot!.querySelectorAll('slot')).toHaveLength(1);
  });
});
