// The script tag in each UI language, in Chromium, Firefox ESR and WebKitGTK: a page's lang picks
// the strings, a non-English table arrives from parley-timeline.<lang>.js beside the bundle
// under the strict CSP with Trusted Types, and Arabic lays the card out right to left.
import { expect } from 'vitest';
import type { Translation } from '../../../packages/widget/src/i18n/translation.js';
import { en } from '../../../packages/widget/src/i18n/en.js';
import { uk } from '../../../packages/widget/src/i18n/uk.js';
import { ru } from '../../../packages/widget/src/i18n/ru.js';
import { tr } from '../../../packages/widget/src/i18n/tr.js';
import { ar } from '../../../packages/widget/src/i18n/ar.js';
import { enDetail } from '../../../packages/widget/src/i18n/en-detail.js';
import {
  card,
  describeInEveryEngine,
  fetchedPaths,
  type Scenario,
  type ScenarioPage,
} from './engines/scenarios.js';

const talks = {
  id: 'istanbul',
  title: 'Istanbul',
  events: [
    { type: 'talks', id: 'r2', date: '2025-06-02', title: 'Second round' },
    {
      type: 'agreement',
      id: 'a',
      date: '2025-06-02',
      title: 'Exchange',
      parties: ['ua'],
      status: 'agreed',
      provisions: [{ kind: 'prisoner-exchange', description: 'Prisoners' }],
    },
  ],
  actors: [{ id: 'ua', kind: 'state', name: 'Ukraine', country: 'UA' }],
};

const tables: [string, Translation][] = [
  ['en', en],
  ['uk', uk],
  ['ru', ru],
  ['tr', tr],
  ['ar', ar],
];

const inLanguage = ([lang, t]: [string, Translation]): Scenario => ({
  name: `speaks ${lang}: strings from its table, the date as the engine writes it in ${lang}, an open event's details from parley-timeline.details.js`,
  lang,
  body: card(talks, 'open="a"'),
  async check(page) {
    await page.waitForCard('[part~="item"]');
    // Opened from the start: its details arrive after the translation, and still render.
    await page.waitForCard('[part~="provision"]');
    expect(await page.cardTexts('dt')).toEqual([
      (t.detail ?? enDetail).labels.parties,
      (t.detail ?? enDetail).labels.status,
    ]);
    expect(await page.cardText('[part~="count"]')).toBe(t.eventCount(2));
    expect(await page.cardTexts('[part~="type"]')).toEqual([t.types.talks, t.types.agreement]);
    expect(await page.cardText('[part~="glance"] > [role="heading"]')).toBe(t.atAGlance);
    // Each engine's own Intl data: WebKitGTK writes Arabic-Indic digits where the others do not.
    const day = await page.evaluate(
      (language) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2025, 5, 2),
        ),
      lang,
    );
    expect(await page.cardText('[part~="day-heading"] time')).toBe(day);
    const card = await page.evaluate(() => {
      const root = document.querySelector('parley-timeline')!.shadowRoot!.querySelector('.card')!;
      return { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
    });
    expect(card).toEqual({ lang, dir: t.dir });
  },
});

/** A card whose JSON has an impossible date on line 2, column 52. */
const broken = `<parley-timeline><script type="application/json">{"id": "t", "title": "T",
 "events": [{"type": "context", "id": "e", "date": "2025-02-30", "title": "E"}]}</script></parley-timeline>`;

/** Waits for the error state with its heading in the card's language. */
const waitForErrorIn = (page: ScenarioPage, t: Translation) =>
  page.waitFor(
    (heading) =>
      document
        .querySelector('parley-timeline')!
        .shadowRoot!.querySelector('[part~="error"] > [role="heading"]')
        ?.textContent?.trim() === heading,
    t.errorTitle,
  );

/** The on-demand files of words for issues the page imported. */
const messageFiles = async (page: ScenarioPage) =>
  (await fetchedPaths(page)).filter((path) => path.startsWith('/parley-timeline.messages'));

describeInEveryEngine('the script tag in each language', [
  ...tables.map(inLanguage),
  {
    name: 'ar: mirrors the card, the timeline rule on the right, nothing overflowing',
    lang: 'ar',
    dir: 'rtl',
    body: card(talks),
    async check(page) {
      await page.waitForCard('[part~="item"]');
      const layout = await page.evaluate(() => {
        const host = document.querySelector('parley-timeline')!;
        const root = host.shadowRoot!;
        const rule = getComputedStyle(root.querySelector('[part~="events"]')!);
        const box = host.getBoundingClientRect();
        const outside = [...root.querySelectorAll('*')].filter((node) => {
          const rect = node.getBoundingClientRect();
          return rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1);
        });
        const title = root.querySelector('[part~="title"]')!.getBoundingClientRect();
        return {
          right: rule.borderRightWidth,
          left: rule.borderLeftWidth,
          outside: outside.length,
          // Right-aligned: the title ends at the card's right edge, less its padding.
          titleNearRight: box.right - title.right < 40,
        };
      });
      expect(layout).toEqual({ right: '2px', left: '0px', outside: 0, titleNearRight: true });
    },
  },
  {
    // Core's Ukrainian words come in parley-timeline.messages.uk.js, beside the English file that
    // words what a locale leaves out; only a card with problems to show imports either.
    name: 'uk: words problems with the data in Ukrainian, from parley-timeline.messages.uk.js',
    lang: 'uk',
    body: broken,
    async check(page) {
      await waitForErrorIn(page, uk);
      expect(await page.cardTexts('[part~="error"] li')).toEqual([
        'рядок 2, стовпець 52: events[0].date: У місяці 2025-02 немає дня 30: у ньому 28 днів.',
      ]);
      expect((await messageFiles(page)).sort()).toEqual([
        '/parley-timeline.messages.js',
        '/parley-timeline.messages.uk.js',
      ]);
    },
  },
  {
    name: 'ar: words problems with the data in English, which core has the only words for',
    lang: 'ar',
    dir: 'rtl',
    body: broken,
    async check(page) {
      await waitForErrorIn(page, ar);
      expect(await page.cardText('[part~="error"] li')).toMatch(
        /: events\[0\]\.date: 2025-02 has no day 30; it has 28 days\.$/,
      );
      expect(await messageFiles(page)).toEqual(['/parley-timeline.messages.js']);
    },
  },
  {
    name: 'follows a change of the page’s lang',
    lang: 'en',
    body: card(talks),
    async check(page) {
      await page.waitForCard('[part~="item"]');
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'tr'));
      await page.waitFor(
        (expected) =>
          document
            .querySelector('parley-timeline')!
            .shadowRoot!.querySelector('[part~="count"]')
            ?.textContent?.trim() === expected,
        tr.eventCount(2),
      );
      expect(await page.cardText('[part~="type"]')).toBe(tr.types.talks);
    },
  },
]);
