// The static build (`npm run build` → apps/docs/storybook-static) served by a plain static web
// server, as a docs host would: its landing page and its stories load with no dev server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright';
import type { EditorView } from '@codemirror/view';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import { launchChromium, recordProblems } from './browser.js';
import { waitForCardTitle } from './landing.js';
import { serveStatic } from './static-server.js';

const site = join(import.meta.dirname, '../storybook-static');
let browser: Browser;
let docs: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  if (!existsSync(join(site, 'index.html'))) throw new Error('Build the docs app first: npm run build');
  docs = await serveStatic(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

test('the landing page shows the Istanbul card', async () => {
  const page = await browser.newPage();
  await page.goto(docs.url);
  await waitForCardTitle(page, istanbul.title);
  await page.close();
});

test('the Istanbul story loads on its own, with no errors', async () => {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  await page.goto(`${docs.url}iframe.html?id=card-overview--istanbul&viewMode=story`);
  await waitForCardTitle(page, istanbul.title);
  expect(await page.locator('parley-timeline [part~="item"]').count()).toBe(istanbul.events.length);
  expect(problems).toEqual([]);
  await page.close();
});

test('the playground: typing a broken date shows it at its line and column; fixing it updates the card', async () => {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  await page.goto(`${docs.url}iframe.html?id=tools-playground--playground&viewMode=story`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForCardTitle(page, istanbul.title);
  const value = `"${istanbul.published}"`;
  // Select the published date in the editor, then type over it with real key presses.
  const where = await page.locator('parley-playground').evaluate((element, find) => {
    const view = (element as unknown as { editor: EditorView }).editor;
    const from = view.state.doc.toString().indexOf(find);
    view.dispatch({ selection: { anchor: from, head: from + find.length } });
    view.focus();
    const line = view.state.doc.lineAt(from);
    return { line: line.number, column: from - line.from + 1 };
  }, value);
  await page.keyboard.type('"2025-02-30"', { delay: 20 });
  const problem = page.locator('parley-playground [aria-label="Problems"] li');
  await problem.waitFor();
  expect((await problem.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
    new RegExp(
      `^Line ${where.line}, column ${where.column}: published: 2025-02 has no day 30; it has 28 days\\.$`,
    ),
  );
  const marked = page.locator('parley-playground .cm-lintRange-error');
  await marked.first().waitFor();
  expect(await marked.allTextContents()).toEqual(['"2025-02-30"']);
  // Fix it, and change the title, by typing: the diagnostic goes and the card follows.
  // The cursor is after the closing quote: step inside it, select "30" and type "28".
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('28', { delay: 20 });
  await problem.waitFor({ state: 'detached' });
  await page.locator('parley-playground').evaluate((element, title) => {
    const view = (element as unknown as { editor: EditorView }).editor;
    const from = view.state.doc.toString().indexOf(title);
    view.dispatch({ selection: { anchor: from, head: from + title.length } });
  }, istanbul.title);
  await page.keyboard.type('Typed in the playground', { delay: 10 });
  await waitForCardTitle(page, 'Typed in the playground', 20_000);
  expect(problems).toEqual([]);
  await page.close();
});
