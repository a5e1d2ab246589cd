// The script tag as a news page uses it, in Chromium, Firefox ESR and WebKitGTK: the built bundle
// on a page served with a strict Content-Security-Policy and Trusted Types, loaded twice, loaded
// late, fed hostile data. Every scenario also asserts zero violations, errors and dialogs (see
// engines/scenarios.ts); add one to the list below and it runs in every engine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { card, describeInEveryEngine, fetchedPaths, type ScenarioPage } from './engines/scenarios.js';
import { repoRoot } from './helpers.js';

const timeline = (title: string, extra: Record<string, unknown> = {}) => ({
  id: 't',
  title,
  events: [{ type: 'context', id: 'e1', date: '2025-06-02', title: `${title} (event)`, ...extra }],
});

/** `count` events one after another from event `first` on, all on one day. */
const manyEvents = (first: number, count: number) => ({
  id: 'live',
  title: 'A live story',
  events: Array.from({ length: count }, (_, index) => ({
    type: 'context',
    id: `e${first + index}`,
    date: '2025-06-02',
    title: `Event ${first + index}`,
  })),
});

/** The card's error state, in words, once it shows. */
async function errorText(page: ScenarioPage): Promise<string | null> {
  await page.waitForCard('[part~="error"]');
  return page.cardText('[part~="error"]');
}

const payloads = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  '{{constructor.constructor("alert(4)")()}}',
  '<a href="javascript:alert(5)">link</a>',
];

describeInEveryEngine('the script tag under a strict CSP with Trusted Types', [
  {
    // Without this, "zero violations" below could mean the policy was never applied, or that the
    // recorder hears nothing in this engine. Chromium 156, Firefox ESR 153 and WebKitGTK 2.50 all
    // enforce `require-trusted-types-for 'script'` and `trusted-types lit-html` (checked 2026-12).
    name: 'control: the page is under the strict policy, and breaches of it are recorded',
    head: '',
    body: '<script>window.inlineRan = true</script>',
    async check(page) {
      expect(await page.evaluate(() => 'inlineRan' in window), 'inline script ran').toBe(false);
      const sinks = await page.evaluate(() => {
        const attempt = (action: () => void) => {
          try {
            action();
            return 'allowed';
          } catch (error) {
            return (error as Error).name;
          }
        };
        return {
          innerHTML: attempt(() => (document.body.innerHTML = '<b>string HTML</b>')),
          // TypeScript's DOM types do not know Trusted Types yet.
          otherPolicy: attempt(() =>
            (
              window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }
            ).trustedTypes.createPolicy('not-lit', {}),
          ),
        };
      });
      expect(sinks, `Trusted Types not enforced in ${page.engine}`).toEqual({
        innerHTML: 'TypeError',
        otherPolicy: 'TypeError',
      });
    },
    expectedProblems: [
      'csp: script-src-elem inline',
      'csp: require-trusted-types-for trusted-types-sink',
      'csp: trusted-types trusted-types-policy',
    ],
  },
  {
    name: 'renders with zero policy violations and no errors',
    body: card(timeline('Istanbul talks')),
    async check(page) {
      await page.waitForCard();
      expect(await page.cardText('[part~="title"]')).toBe('Istanbul talks');
      expect(await page.cardText('[part~="day-heading"] time')).toBe('2 June 2025');
      expect(await page.cardText('[part~="event-title"]')).toBe('Istanbul talks (event)');
      // The classes are there for page scripts too, e.g. to register under another tag name.
      expect(
        await page.evaluate(
          () => typeof (window as { Parley?: { ParleyTimeline?: unknown } }).Parley?.ParleyTimeline,
        ),
      ).toBe('function');
    },
  },
  {
    name: 'loaded twice, still renders and throws nothing',
    head: '<script src="/parley-timeline.js"></script><script src="/parley-timeline.js?again"></script>',
    body: card(timeline('Loaded twice')),
    async check(page) {
      await page.waitForCard();
      expect(await page.cardText('[part~="title"]')).toBe('Loaded twice');
    },
  },
  {
    name: 'defined after the markup is parsed, upgrades the element already on the page',
    head: '',
    body: `${card(timeline('Defined late'))}<script src="/parley-timeline.js" defer></script>`,
    async check(page) {
      await page.waitForCard();
      expect(await page.cardText('[part~="title"]')).toBe('Defined late');
    },
  },
  {
    // The element is upgraded as soon as the parser reaches it, and it watches its children for a
    // page script that edits the data; while the page is still arriving, it must wait for the
    // whole of it. Read in pieces, the data looked broken: the card fetched the words for issues
    // (and the strict JSON reader) for a valid timeline.
    name: 'reads inline data whole when the page arrives in pieces',
    body: card({ ...manyEvents(1, 30), title: 'Arrived in pieces' }),
    pauseAt: '"Event 15"',
    async check(page) {
      await page.waitForCard();
      expect(await page.cardText('[part~="title"]')).toBe('Arrived in pieces');
      const loaded = await fetchedPaths(page);
      expect(loaded, 'a valid card needs no words for issues').not.toContain('/parley-timeline.messages.js');
    },
  },
  {
    // The details are parley-timeline.details.js, built to use the script tag's own Lit: a second
    // Lit would try to create the 'lit-html' policy again, which the recorder would report.
    name: 'opening an event renders its details from parley-timeline.details.js',
    body: card({
      id: 't',
      title: 'Details on demand',
      actors: [{ id: 'p', kind: 'person', name: 'A. Speaker' }],
      sources: [
        { id: 'ok', publisher: 'Wire', url: 'https://example.com/story' },
        { id: 'print', publisher: 'Paper' },
      ],
      events: [
        {
          type: 'statement',
          id: 'said',
          date: '2025-06-02',
          title: 'Something was said',
          speaker: 'p',
          quote: payloads[0],
          citations: [
            { source: 'ok', kind: 'fact' },
            { source: 'print', kind: 'claim', claimant: 'p' },
          ],
        },
      ],
    }),
    async check(page) {
      await page.waitForCard();
      expect(await page.cardTexts('[part~="quote"]'), 'closed details are not rendered').toEqual([]);
      await page.evaluate(() =>
        document
          .querySelector('parley-timeline')!
          .shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!
          .click(),
      );
      await page.waitForCard('[part~="quote"]');
      expect(await page.cardTexts('[part~="quote"]')).toEqual([payloads[0]]);
      const links = await page.evaluate(() =>
        [
          ...document
            .querySelector('parley-timeline')!
            .shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="source"] a'),
        ].map((link) => link.href),
      );
      expect(links).toEqual(['https://example.com/story']);
      expect(await page.cardTexts('[part~="standing"]')).toEqual(['Reported', 'Claim by A. Speaker']);
      const loaded = await fetchedPaths(page);
      expect(loaded).toContain('/parley-timeline.details.js');
      expect(loaded, 'a page with inline data needs no src code').not.toContain('/parley-timeline.remote.js');
      expect(loaded, 'a valid card needs no words for issues').not.toContain('/parley-timeline.messages.js');
    },
  },
  {
    // The words for issues are parley-timeline.messages.js, imported only when a card has
    // problems to show; the error state and parley-error wait for them.
    name: 'shows what is wrong with the data in words from parley-timeline.messages.js',
    body: card({
      id: 't',
      title: 'Broken',
      events: [
        { type: 'context', id: 'e1', date: '2025-02-30', title: 'Bad date', sumary: 'typo' },
        { type: 'context', id: 'e2', date: '2001-34', title: 'Level 2 date' },
      ],
    }),
    async check(page) {
      await page.waitForCard('[part~="error"]');
      const error = await page.cardText('[part~="error"]');
      // Why each date is impossible: the script tag leaves these words to the messages file.
      expect(error).toContain('events[0].date: 2025-02 has no day 30; it has 28 days.');
      expect(error).toContain(
        'events[1].date: "2001-34" uses a sub-year grouping (25–41): EDTF level 2, which Parley does not support.',
      );
      expect(error).toContain('events[0].sumary: Unknown field "sumary". Did you mean "summary"?');
      const loaded = await fetchedPaths(page);
      expect(loaded).toContain('/parley-timeline.messages.js');
      // Another broken timeline: parley-error carries worded issues, as the card shows them.
      const messages = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const element = document.querySelector('parley-timeline') as HTMLElement & { timeline: unknown };
            element.addEventListener(
              'parley-error',
              (event) =>
                resolve((event as Event & { issues: { message: string }[] }).issues.map((i) => i.message)),
              { once: true },
            );
            element.timeline = { id: 't', title: 5, events: [] };
          }),
      );
      expect(messages).toEqual(['Expected a string, received number 5.']);
    },
  },
  {
    // JSON.parse keeps the last of two equal names without a word; the strict reader, which the
    // script tag leaves to parley-timeline.messages.js, refuses them and says where.
    name: 'places a problem in the JSON text at its line and column, with the reader from parley-timeline.messages.js',
    body: '<parley-timeline><script type="application/json">{\n  "id": "t",\n  "title": "One",\n  "title": "Two",\n  "events": []\n}</script></parley-timeline>',
    async check(page) {
      const error = await errorText(page);
      expect(error).toContain('line 4, column 3');
      expect(error).toContain('Duplicate property name "title"');
      expect(await fetchedPaths(page)).toContain('/parley-timeline.messages.js');
    },
  },
  {
    name: 'says which file is missing when the reader of broken JSON cannot load',
    head: '<script src="/alone/parley-timeline.js"></script>',
    body: '<parley-timeline><script type="application/json">{"id": "t", "events": [],}</script></parley-timeline>',
    async check(page) {
      const error = await errorText(page);
      expect(error).toContain('Could not load parley-timeline.messages.js');
      expect(error).toContain('keep it beside parley-timeline.js');
    },
  },
  {
    // The src loader and live refresh are parley-timeline.remote.js, imported only for src.
    name: 'loads src through parley-timeline.remote.js, and refreshes it',
    body: '<parley-timeline src="/talks.json" refresh="15"></parley-timeline>',
    json: { '/talks.json': timeline('From src') },
    async check(page) {
      await page.waitForCard();
      expect(await page.cardText('[part~="title"]')).toBe('From src');
      expect(await page.cardText('[part~="refresh"]')).toBe('');
      const loaded = await fetchedPaths(page);
      expect(loaded).toContain('/parley-timeline.remote.js');
      expect(loaded).toContain('/talks.json');
    },
  },
  {
    // Safari has no scroll anchoring, and anchoring elsewhere holds the wrong element still: the
    // card puts the reader's event back itself (controllers/reading-place.ts).
    name: 'a live refresh that brings events above the one being read leaves it where it was on screen',
    body: `${'<p>A paragraph of the article.</p>'.repeat(30)}<parley-timeline src="/live.json" refresh="15"></parley-timeline>`,
    versions: { '/live.json': [manyEvents(10, 40), manyEvents(0, 50)] },
    async check(page) {
      await page.waitFor(
        () =>
          document.querySelector('parley-timeline')?.shadowRoot?.querySelectorAll('[part~="item"]').length ===
          40,
      );
      // (Each function runs in the page, as source: nothing from here can be shared between them.)
      const top = () =>
        page.evaluate(
          () =>
            document
              .querySelector('parley-timeline')!
              .shadowRoot!.querySelector('[data-id="e30"]')!
              .getBoundingClientRect().top,
        );
      await page.evaluate(() =>
        scrollBy(
          0,
          document
            .querySelector('parley-timeline')!
            .shadowRoot!.querySelector('[data-id="e30"]')!
            .getBoundingClientRect().top - 100,
        ),
      );
      const before = await top();
      expect(Math.round(before)).toBe(100);
      // The card checks again after 15 s; then it has ten events more, all above the reader's.
      const deadline = Date.now() + 30_000;
      while ((await page.cardTexts('[part~="event-title"]')).length < 50 && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 250));
      expect(await page.cardTexts('[part~="event-title"]')).toHaveLength(50);
      const after = await top();
      expect(Math.abs(after - before), `${page.engine}: moved from ${before} to ${after}`).toBeLessThan(2);
    },
  },
  {
    name: 'shows markup and script in the data as inert text',
    body: card({
      id: 'xss',
      title: payloads[0],
      summary: payloads.join(' '),
      events: payloads.map((payload, index) => ({
        type: 'context',
        id: `e${index}`,
        date: '2025-06-02',
        title: payload,
        summary: payload,
      })),
    }),
    async check(page) {
      await page.waitForCard();
      // The card's own icons are the only SVG it may hold; anything else came from the data.
      const elements = await page.evaluate(() =>
        [
          ...document
            .querySelector('parley-timeline')!
            .shadowRoot!.querySelectorAll('img, script, svg:not([part~="icon"]), a, iframe, object, embed'),
        ].map((node) => node.outerHTML.slice(0, 120)),
      );
      expect(elements).toEqual([]);
      expect(await page.cardText('[part~="title"]')).toBe(payloads[0]);
      expect(await page.cardTexts('[part~="event-title"]')).toEqual(payloads);
      // A payload that ran would have called alert(), which the recorder turns into a problem.
    },
  },
]);

// terser once wrote `module: true` into a compress object the script tag shared with the
// translations, and the script tag lost its strict-mode wrapper and its loaded-twice guard.
test('the built script tag keeps its strict-mode wrapper and its loaded-twice guard', async () => {
  const bundle = await readFile(join(repoRoot, 'packages/widget/dist/parley-timeline.js'), 'utf8');
  const start = bundle.slice(bundle.indexOf('*/') + 2, bundle.indexOf('*/') + 200);
  expect(start).toMatch(/^\s*!?\(?function\s*\(\)\s*\{\s*["']use strict["'];/);
  expect(start).toContain('customElements.get("parley-timeline")');
});

// The words for issues, why a date is impossible included, are in parley-timeline.messages.js,
// loaded only for a card with problems to show (a scenario above shows them in every engine).
test('the built script tag leaves the words for issues to parley-timeline.messages.js', async () => {
  const dist = join(repoRoot, 'packages/widget/dist');
  const bundle = await readFile(join(dist, 'parley-timeline.js'), 'utf8');
  const messages = await readFile(join(dist, 'parley-timeline.messages.js'), 'utf8');
  for (const words of [
    'has no day',
    'EDTF level 2',
    'UTC offsets run',
    'Missing required field',
    'Trailing comma before',
    'Did you mean',
  ]) {
    expect(bundle, words).not.toContain(words);
    expect(messages, words).toContain(words);
  }
  // And the strict JSON reader that places them in the text (its reasons for refusing a text).
  for (const reason of ['trailing_comma', 'leading_zero', 'single_quote']) {
    expect(bundle, reason).not.toContain(reason);
    expect(messages, reason).toContain(reason);
  }
});
