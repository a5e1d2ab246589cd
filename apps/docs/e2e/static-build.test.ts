// The static build (`npm run build` → apps/docs/storybook-static) served by a plain static web
// server, as a docs host would: its landing page and its stories load with no dev server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright';
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
