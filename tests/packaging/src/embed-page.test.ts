// The docs app's plain embed page: what a producer copies, served as a static site would serve it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchChromium, repoRoot, serveDirectory } from './helpers.js';
import { STRICT_CSP } from './strict-csp.js';

const site = join(repoRoot, 'apps/docs/storybook-static');

test('the embed page shows the Istanbul card from one script tag and a src URL, under a strict CSP', async () => {
  expect(existsSync(join(site, 'embed.html')), 'build the docs app first (npm run build)').toBe(true);
  const { server, url } = await serveDirectory(site, { 'content-security-policy': STRICT_CSP });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective}`),
      ),
    );
    await page.goto(`${url}embed.html`);
    const title = page.locator('parley-timeline [part~="title"]');
    await title.waitFor();
    expect((await title.textContent())?.trim()).toBe('Ukraine–Russia talks in Istanbul, 2 June 2025');
    expect(await page.locator('parley-timeline [part~="item"]').count()).toBeGreaterThan(15);
    // The fallback paragraph gives way to the card once it renders.
    expect(await page.getByText('Enable JavaScript to see the full timeline.').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a link to one event survives a real reload: the same event opens and has focus', async () => {
  const { server, url } = await serveDirectory(site, { 'content-security-policy': STRICT_CSP });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}embed.html`);
    const card = page.locator('parley-timeline');
    const toggle = card.locator('[data-id="talks-round-2"] [part~="toggle"]');
    await toggle.click();
    await page.waitForFunction(() => location.hash.endsWith('-talks-round-2'));
    const link = await page.evaluate(() => location.href);
    expect(new URL(link).hash).toMatch(/^#parley-[\w-]+-talks-round-2$/);

    // A reader opening the shared link: a fresh load of that address.
    await page.goto('about:blank');
    await page.goto(link);
    await expect
      .poll(() => card.locator('[data-id="talks-round-2"] [part~="toggle"]').getAttribute('aria-expanded'))
      .toBe('true');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('parley-timeline')?.shadowRoot?.activeElement?.getAttribute('data-id') ??
            null,
        ),
      )
      .toBe('talks-round-2');
    // Scrolled to (smoothly, so in a moment): the event is on screen.
    const onScreen = async () => {
      const box = (await card.locator('[data-id="talks-round-2"]').boundingBox())!;
      return box.y >= 0 && box.y < page.viewportSize()!.height;
    };
    await expect.poll(onScreen).toBe(true);
    // And the reload itself keeps it, as a reader pressing F5 would.
    await page.reload();
    await expect
      .poll(() => card.locator('[data-id="talks-round-2"] [part~="toggle"]').getAttribute('aria-expanded'))
      .toBe('true');
  } finally {
    await browser.close();
    server.close();
  }
});
