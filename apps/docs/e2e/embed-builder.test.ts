// The embed builder's snippet, pasted into a plain static page, renders the same card as the
// builder's preview: same title, options and events.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Locator } from 'playwright';
import { launchChromium, recordProblems } from './browser.js';
import { serveStatic } from './static-server.js';

const site = join(import.meta.dirname, '../storybook-static');
let browser: Browser;
let docs: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  if (!existsSync(join(site, 'iframe.html'))) throw new Error('Build the docs app first: npm run build');
  docs = await serveStatic(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

const timeline = {
  id: 'pasted',
  title: 'Talks pasted into the builder',
  summary: 'Two rounds.',
  events: [
    { type: 'talks', id: 'r1', date: '2025-05-16', title: 'First round' },
    { type: 'talks', id: 'r2', date: '2025-06-02', title: 'Second round' },
  ],
};

/** What a card shows: its title, options and event titles. */
async function describeCard(card: Locator) {
  await card.locator('[part~="title"]').waitFor({ timeout: 30_000 });
  return card.evaluate((element) => ({
    title: element.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim(),
    theme: element.getAttribute('theme'),
    density: element.getAttribute('density'),
    lang: element.shadowRoot!.querySelector('.card')!.getAttribute('lang'),
    events: [...element.shadowRoot!.querySelectorAll('[part~="event-title"]')].map((each) =>
      each.textContent!.trim(),
    ),
    background: getComputedStyle(element).backgroundColor,
  }));
}

test("the builder's snippet in a static page renders the same card as its preview", async () => {
  const page = await browser.newPage();
  await page.goto(`${docs.url}iframe.html?id=tools-embed-builder--embed-builder&viewMode=story`);
  const builder = page.locator('parley-embed-builder');
  await builder.locator('textarea').fill(JSON.stringify(timeline));
  await builder.locator('select[name="theme"]').selectOption('dark');
  await builder.locator('select[name="lang"]').selectOption('tr');
  await builder.locator('select[name="density"]').selectOption('compact');
  const preview = await describeCard(builder.locator('parley-timeline'));
  await expect
    .poll(() => builder.locator('[data-snippet="script"]').textContent())
    .toContain('integrity="sha384-');
  const snippet = (await builder.locator('[data-snippet="script"]').textContent())!;
  // The article's own server hosts the same file instead of the CDN (same origin, so no CORS
  // is needed for crossorigin="anonymous"); the snippet's integrity still holds for it.
  const pages: Record<string, string> = {};
  const article = await serveStatic(site, pages);
  const local = snippet.replace(
    /https:\/\/unpkg\.com\/@parley\/widget@[^/]+\/dist\//,
    `${article.url}widget/`,
  );
  expect(local).not.toBe(snippet);
  pages['/article.html'] =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>` +
    `<link rel="icon" href="data:,"></head><body><h1>Article</h1>\n${local}</body></html>`;
  try {
    const pasted = await browser.newPage();
    const problems = recordProblems(pasted);
    await pasted.goto(`${article.url}article.html`);
    expect(await describeCard(pasted.locator('parley-timeline'))).toEqual(preview);
    expect(preview).toMatchObject({ title: timeline.title, theme: 'dark', density: 'compact', lang: 'tr' });
    expect(problems).toEqual([]);
  } finally {
    await article.close();
  }
});
