// The card's languages: each built-in table, how the language is chosen, changes, added
// locales, and right-to-left layout at every width, in a real Chromium.
import { formatParleyDate, safeParseTimelineJson, toDotPath, type ParleyLocale } from '@parley/core';
import { uk as ukIssues } from '@parley/core/locales/uk';
import { ru as ruIssues } from '@parley/core/locales/ru';
import { tr as trIssues } from '@parley/core/locales/tr';
import type { ParleyErrorEvent } from './index.js';
import { afterEach, describe, expect, test } from 'vitest';
import { ParleyTimeline } from './index.js';
import type { Translation } from './index.js';
import { en } from './i18n/en.js';
import { uk } from './i18n/uk.js';
import { ru } from './i18n/ru.js';
import { tr } from './i18n/tr.js';
import { ar } from './i18n/ar.js';
import { enDetail } from './i18n/en-detail.js';
import { secondEdition } from './testing/second-edition.js';
import { openAll } from './testing/disclosure.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

ParleyTimeline.define();

const TABLES: Record<string, Translation> = { en, uk, ru, tr, ar };

/** A card inside a section of the given language; resolves once it shows events. */
async function mount(
  lang: string | undefined,
  timeline: unknown = istanbul,
  open?: string,
): Promise<ParleyTimeline> {
  const section = document.createElement('section');
  if (lang !== undefined) section.lang = lang;
  const element = document.createElement('parley-timeline');
  element.timeline = timeline;
  if (open) element.open = open;
  section.append(element);
  document.body.append(section);
  await expect.poll(() => element.shadowRoot?.querySelector('[part~="title"]')).not.toBeNull();
  return element;
}

const root = (element: ParleyTimeline) => element.shadowRoot!;
const text = (element: ParleyTimeline, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

afterEach(() => {
  document.body.replaceChildren();
  // Opening an event writes its deep link into the address; the next test starts without one.
  history.replaceState(null, '', location.pathname + location.search);
});

describe.each(Object.keys(TABLES))('the %s strings', (lang) => {
  const t = TABLES[lang]!;

  test('label types, counts, details and day headings in the language, dates formatted in it', async () => {
    const element = await mount(lang);
    const card = root(element).querySelector<HTMLElement>('.card')!;
    expect(card.lang).toBe(lang);
    expect(card.dir).toBe(t.dir);
    expect(text(element, '[part~="count"]')).toEqual([t.eventCount(istanbul.events.length)]);
    expect(text(element, '[part~="glance"] > [role="heading"]')).toEqual([t.atAGlance]);
    expect(new Set(text(element, '[part~="type"]'))).toEqual(
      new Set(istanbul.events.map((event) => t.types[event.type as keyof Translation['types']])),
    );
    expect(new Set(text(element, '[part~="toggle"]'))).toEqual(new Set([t.details]));
    // "2 June 2025" as that language writes it, from the same formatter the core package exports.
    const day = root(element).querySelectorAll('[part~="day-heading"] time')[5]!;
    expect(day.textContent).toBe(formatParleyDate('2025-06-02', lang));
    expect(text(element, '[part~="day-heading"]')[2]).toContain(t.dateNotExact);
  });

  test("word an opened event's second-edition fields in the language", async () => {
    const words = t.detail ?? enDetail;
    const element = await mount(
      lang,
      secondEdition,
      'short-truces exchange-agreement talks-round-3 minsk-two',
    );
    const item = (id: string) => root(element).querySelector<HTMLElement>(`[data-id="${id}"]`)!;
    await expect.poll(() => item('short-truces').querySelector('dl')).not.toBeNull();
    const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    // Grouped as the language groups digits; spaces as `said` leaves them.
    const n = (value: number) => value.toLocaleString(lang).replace(/\s/g, ' ');
    const proposal = said(item('short-truces'));
    expect(proposal).toContain(`${words.labels.number} ${words.oneSide(`${n(3000)} bodies`)}`);
    expect(proposal).toContain(words.labels.duration);
    expect(proposal).toContain(`${words.labels.deadline} ${formatParleyDate('2025-08', lang)}`);
    expect(proposal).toContain(`${words.labels.plannedFor} ${formatParleyDate('2025-07-30', lang)}`);
    expect(proposal).toContain(`${words.relations['responds-to']} Third round at Dolmabahçe Palace`);
    const provision = said(item('exchange-agreement').querySelector('[part~="provision"]')!);
    expect(provision).toContain(words.eachSide(n(1000)));
    expect(provision).toContain(`${words.labels.status}: ${t.words.implemented ?? 'implemented'}`);
    expect(provision).toContain(
      `${words.labels.carriedOut}: ${formatParleyDate('2025-06-09/2025-06-14', lang)}`,
    );
    expect(said(item('talks-round-3'))).toContain(
      'Rustem Umerov (Secretary of the National Security Council)',
    );
    expect(said(item('minsk-two').querySelector('[part~="background"]')!)).toBe(words.background);
  });

  test('word the error state in the language', async () => {
    const section = document.createElement('section');
    section.lang = lang;
    const element = document.createElement('parley-timeline');
    element.timeline = { id: 't', title: 42, events: [] };
    section.append(element);
    document.body.append(section);
    await expect.poll(() => text(element, '[part~="error"] > [role="heading"]')[0]).toBe(t.errorTitle);
    expect(root(element).querySelector('[role="alert"]')!.textContent).toContain(t.errorLead);
  });
});

describe('the language', () => {
  test('comes from the element’s own lang first', async () => {
    const element = await mount('uk');
    element.lang = 'tr';
    await expect.poll(() => text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(tr.atAGlance);
  });

  test('follows a change of the page’s lang, re-rendering', async () => {
    const element = await mount('en');
    expect(text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(en.atAGlance);
    element.parentElement!.lang = 'ru';
    await expect.poll(() => text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(ru.atAGlance);
  });

  test('is found across shadow roots', async () => {
    const host = document.createElement('div');
    host.lang = 'uk';
    const shadow = host.attachShadow({ mode: 'open' });
    const element = document.createElement('parley-timeline');
    element.timeline = istanbul;
    shadow.append(element);
    document.body.append(host);
    await expect.poll(() => text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(uk.atAGlance);
  });

  test('falls back to the timeline’s own language when the page sets none', async () => {
    const html = document.documentElement;
    const pageLang = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      const element = await mount(undefined, { ...istanbul, language: 'tr' });
      await expect.poll(() => text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(tr.atAGlance);
    } finally {
      if (pageLang !== null) html.setAttribute('lang', pageLang);
    }
  });

  test('falls back to English, dates included, for a language without strings or an invalid tag', async () => {
    for (const lang of ['pl', 'not a language!']) {
      const element = await mount(lang);
      expect(text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(en.atAGlance);
      expect(root(element).querySelector('.card')!.getAttribute('lang')).toBe('en');
      element.parentElement!.remove();
    }
  });

  test('can be added at run time, re-rendering cards already on the page', async () => {
    const element = await mount('pl');
    ParleyTimeline.addLocale('pl', {
      ...en,
      atAGlance: 'W skrócie',
      types: { ...en.types, talks: 'Rozmowy' },
    });
    await expect.poll(() => text(element, '[part~="glance"] > [role="heading"]')[0]).toBe('W skrócie');
    expect(text(element, '[part~="type"]')).toContain('Rozmowy');
    // Dates follow the page's language once the card speaks it.
    expect(root(element).querySelectorAll('[part~="day-heading"] time')[5]!.textContent).toBe(
      formatParleyDate('2025-06-02', 'pl'),
    );
  });

  test('marks the data’s own language on its text when the card speaks another', async () => {
    const element = await mount('uk');
    await expect.poll(() => text(element, '[part~="glance"] > [role="heading"]')[0]).toBe(uk.atAGlance);
    const title = root(element).querySelector('[part~="title"] span')!;
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.getAttribute('dir')).toBe('auto');
  });
});

describe('problems with the data', () => {
  /** An impossible date on line 2, column 52 of the card's JSON. */
  const broken =
    '{"id": "t", "title": "T",\n "events": [{"type": "context", "id": "e", "date": "2025-02-30", "title": "E"}]}';

  /** A card in `lang` whose child JSON is `json`; resolves once the error state shows. */
  async function mountBroken(lang: string, json = broken) {
    const errors: ParleyErrorEvent[] = [];
    const section = document.createElement('section');
    section.lang = lang;
    section.addEventListener('parley-error', (event) => errors.push(event));
    const element = document.createElement('parley-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
    section.append(element);
    document.body.append(section);
    await expect.poll(() => root(element).querySelector('[part~="error"] li')).not.toBeNull();
    return { element, errors, problems: () => text(element, '[part~="error"] li') };
  }

  test('are worded in Ukrainian on a Ukrainian card, with line and column', async () => {
    const { element, errors, problems } = await mountBroken('uk-UA');
    await expect
      .poll(problems)
      .toEqual(['рядок 2, стовпець 52: events[0].date: У місяці 2025-02 немає дня 30: у ньому 28 днів.']);
    expect(root(element).querySelector('[part~="error"] li span')!.getAttribute('lang')).toBe('uk');
    expect(errors.map((event) => event.issues.map((issue) => issue.message))).toEqual([
      ['У місяці 2025-02 немає дня 30: у ньому 28 днів.'],
    ]);
  });

  test.each([
    ['ru', ruIssues],
    ['tr', trIssues],
    ['uk', ukIssues],
  ] as [string, ParleyLocale][])(
    'are worded by core’s %s locale on a card in that language',
    async (lang, locale) => {
      const json =
        '{"id": "t", "title": 5, "events": [{"type": "context", "id": "e", "date": "2001-34", "title": "E"}]}';
      const { errors, problems } = await mountBroken(lang, json);
      const parsed = safeParseTimelineJson(json, { locale });
      if (parsed.success) throw new Error('expected issues');
      const t = TABLES[lang]!;
      const expected = parsed.error.issues.map(
        (issue) =>
          `${t.lineColumn(String(issue.line), String(issue.column))}: ${toDotPath(issue.path)}: ${issue.message}${issue.hint ? ` ${issue.hint}` : ''}`,
      );
      await expect.poll(problems).toEqual(expected);
      expect(errors.at(-1)!.issues.map((issue) => issue.message)).toEqual(
        parsed.error.issues.map((issue) => issue.message),
      );
    },
  );

  test('are worded in English on a card in Arabic, which core has no locale for', async () => {
    const { element, problems } = await mountBroken('ar');
    const digits = (value: number) => new Intl.NumberFormat('ar').format(value);
    await expect.poll(() => text(element, '[part~="error"] > [role="heading"]')[0]).toBe(ar.errorTitle);
    expect(problems()).toEqual([
      `${ar.lineColumn(digits(2), digits(52))}: events[0].date: 2025-02 has no day 30; it has 28 days.`,
    ]);
    expect(root(element).querySelector('[part~="error"] li span')!.getAttribute('lang')).toBe('en');
  });

  test('are worded again when the page’s language changes, without a second parley-error', async () => {
    const { element, errors, problems } = await mountBroken('uk');
    await expect.poll(() => problems()[0]).toContain('У місяці 2025-02 немає дня 30');
    element.parentElement!.lang = 'tr';
    await expect
      .poll(problems)
      .toEqual(['satır 2, sütun 52: events[0].date: 2025-02 ayının 30. günü yok: bu ay 28 gün çeker.']);
    element.parentElement!.lang = 'en';
    await expect
      .poll(problems)
      .toEqual(['line 2, column 52: events[0].date: 2025-02 has no day 30; it has 28 days.']);
    expect(errors).toHaveLength(1);
  });
});

describe('layout at every width', () => {
  /** Anything inside the card that reaches past its edges, as "part: px" lines. */
  function overflow(element: ParleyTimeline): string[] {
    const box = element.getBoundingClientRect();
    const out: string[] = [];
    if (element.scrollWidth > element.clientWidth + 1) out.push(`card scrolls: ${element.scrollWidth}`);
    for (const node of root(element).querySelectorAll<HTMLElement>('*')) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1)
        out.push(
          `${node.getAttribute('part') ?? node.tagName}: ${rect.left}–${rect.right} in ${box.left}–${box.right}`,
        );
    }
    return out;
  }

  test.each([280, 375, 768, 1200])(
    'has no horizontal overflow at %i px, left to right and right to left',
    async (width) => {
      for (const lang of ['en', 'ar']) {
        const element = await mount(lang);
        element.parentElement!.style.width = `${width}px`;
        await expect
          .poll(() => root(element).querySelector('.card')!.getAttribute('dir'))
          .toBe(lang === 'ar' ? 'rtl' : 'ltr');
        // Opened details render their content a moment later: measure with it in.
        await openAll(root(element));
        expect(overflow(element), `${lang} at ${width}px`).toEqual([]);
        element.parentElement!.remove();
      }
    },
  );

  test('mirrors for right-to-left: the timeline rule runs down the right-hand side', async () => {
    const ltr = await mount('en');
    const rtl = await mount('ar');
    await expect.poll(() => root(rtl).querySelector('.card')!.getAttribute('dir')).toBe('rtl');
    const rule = (element: ParleyTimeline) =>
      getComputedStyle(root(element).querySelector('[part~="events"]')!);
    expect(rule(ltr).borderLeftWidth).toBe('2px');
    expect(rule(ltr).borderRightWidth).toBe('0px');
    expect(rule(rtl).borderRightWidth).toBe('2px');
    expect(rule(rtl).borderLeftWidth).toBe('0px');
  });
});
