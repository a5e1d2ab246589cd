// embed.html as an iframe embed on another site: it takes its options from the query, and with the
// documented host-side snippet (public/embed-resize.js) the frame grows to the card's height.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, recordProblems } from './browser.js';
import { serveStatic } from './static-server.js';

const site = join(import.meta.dirname, '../storybook-static');
let browser: Browser;
let docs: Awaited<ReturnType<typeof serveStatic>>;
let host: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  if (!existsSync(join(site, 'embed.html'))) throw new Error('Build the docs app first: npm run build');
  docs = await serveStatic(site);
  const snippet = readFileSync(join(site, 'embed-resize.js'), 'utf8');
  const frame = (query: string) =>
    `<iframe title="Timeline" src="${docs.url}embed.html?${query}" style="width: 700px; height: 150px; border: 0"></iframe>`;
  host = await serveStatic(site, {
    '/article.html': `<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,"><h1>An article</h1>
      ${frame(`src=${encodeURIComponent(`${docs.url}examples/istanbul-2025-06-02.json`)}&theme=dark&lang=uk`)}
      <script>${snippet}</script>`,
    '/options.html': `<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,">
      ${frame(`src=${encodeURIComponent(`${docs.url}examples/istanbul-2025-06-02.json`)}&filters=off&order=newest`)}`,
    '/hostile.html': `<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,">
      ${frame(`src=${encodeURIComponent('javascript:alert(1)')}`)}<script>${snippet}</script>`,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
  await host?.close();
});

test('the iframe shows the card from ?src= with ?theme= and ?lang=, and resizes to it', async () => {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  const messages: unknown[] = [];
  await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data));
  await page.addInitScript(() =>
    addEventListener('message', (event) =>
      (window as unknown as { recordMessage(d: unknown): void }).recordMessage(event.data),
    ),
  );
  await page.goto(`${host.url}article.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('parley-timeline [part~="item"]').first().waitFor({ timeout: 30_000 });
  const inner = page.frames().find((each) => each.url().includes('embed.html'))!;
  await expect
    .poll(() => inner.evaluate(() => document.querySelector('parley-timeline')!.getAttribute('theme')))
    .toBe('dark');
  expect(
    await inner.evaluate(() =>
      document.querySelector('parley-timeline')!.shadowRoot!.querySelector('.card')!.getAttribute('lang'),
    ),
  ).toBe('uk');
  // The frame grows from 150 px to the whole card, and stays in step with the page inside it.
  await expect
    .poll(
      async () => {
        const [outer, content] = await Promise.all([
          page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height),
          inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
        ]);
        return outer > 600 && outer === content;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  // Each message is plain data in the documented shape.
  for (const message of messages.filter((each) => (each as { type?: string })?.type === 'parley:height'))
    expect(message).toEqual({
      type: 'parley:height',
      version: 1,
      height: expect.any(Number),
      src: expect.stringContaining('istanbul'),
    });
  expect(problems).toEqual([]);
  await page.close();
});

test('the iframe takes ?filters=off and ?order=newest from the query', async () => {
  const page = await browser.newPage();
  await page.goto(`${host.url}options.html`);
  const card = page.frameLocator('iframe').locator('parley-timeline');
  await card.locator('[part~="item"]').first().waitFor({ timeout: 30_000 });
  expect(await card.getAttribute('filters')).toBe('off');
  expect(await card.getAttribute('order')).toBe('newest');
  expect(await card.locator('[part~="controls"]').count()).toBe(0);
  // Newest first: the list's first day is the timeline's latest.
  const days = await card
    .locator('[part~="day-heading"] time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(days.length).toBeGreaterThan(1);
  expect([...days].sort().reverse()).toEqual(days);
  await page.close();
});

test("a src that is not http(s) shows the card's error, never runs", async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  await page.goto(`${host.url}hostile.html`);
  const error = page.frameLocator('iframe').locator('parley-timeline [part~="error"]');
  await error.waitFor({ timeout: 30_000 });
  expect(await error.textContent()).toContain('Only http: and https: URLs can be loaded');
  expect(dialogs).toEqual([]);
  await page.close();
});
