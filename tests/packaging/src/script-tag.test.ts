// The script tag as a news page uses it: the built bundle on a page served with a strict
// Content-Security-Policy and Trusted Types, loaded twice, loaded late, fed hostile data.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, repoRoot } from './helpers.js';
import { STRICT_CSP } from './strict-csp.js';

const timeline = (title: string, extra: Record<string, unknown> = {}) => ({
  id: 't',
  title,
  events: [{ type: 'context', id: 'e1', date: '2025-06-02', title: `${title} (event)`, ...extra }],
});

let browser: Browser;
let server: Server;
let origin: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  const bundle = await readFile(join(repoRoot, 'packages/widget/dist/parley-timeline.js'));
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    response.setHeader('content-security-policy', STRICT_CSP);
    if (path === '/parley-timeline.js') response.setHeader('content-type', 'text/javascript').end(bundle);
    else if (path === '/favicon.ico') response.writeHead(204).end();
    else if (pages.has(path))
      response.setHeader('content-type', 'text/html; charset=utf-8').end(pages.get(path));
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page and records what a security review would look for: CSP violations, errors, dialogs. */
async function open(path: string, html: string): Promise<{ page: Page; problems: string[] }> {
  pages.set(path, html);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(origin + path);
  return { page, problems };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
}

const card = (data: unknown) =>
  `<parley-timeline><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></parley-timeline>`;

describe('the script tag under a strict CSP with Trusted Types', () => {
  test('renders with zero policy violations and no errors', async () => {
    const { page, problems } = await open(
      '/strict.html',
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Strict</title>
       <script src="/parley-timeline.js"></script></head>
       <body>${card(timeline('Istanbul talks'))}</body></html>`,
    );
    await page.locator('parley-timeline h2').waitFor();
    expect(await page.locator('parley-timeline h2').textContent()).toBe('Istanbul talks');
    expect(await page.locator('parley-timeline [part~="item"] time').textContent()).toBe('2 June 2025');
    // The classes are there for page scripts too, e.g. to register under another tag name.
    expect(
      await page.evaluate(
        () => typeof (window as { Parley?: { ParleyTimeline?: unknown } }).Parley?.ParleyTimeline,
      ),
    ).toBe('function');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('loaded twice, still renders and throws nothing', async () => {
    const { page, problems } = await open(
      '/twice.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>Twice</title>
       <script src="/parley-timeline.js"></script><script src="/parley-timeline.js?again"></script></head>
       <body>${card(timeline('Loaded twice'))}</body></html>`,
    );
    await page.locator('parley-timeline h2').waitFor();
    expect(await page.locator('parley-timeline h2').textContent()).toBe('Loaded twice');
    expect(problems).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('defined after the markup is parsed, upgrades the element already on the page', async () => {
    const { page, problems } = await open(
      '/late.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>Late</title></head>
       <body>${card(timeline('Defined late'))}<script src="/parley-timeline.js" defer></script></body></html>`,
    );
    await page.locator('parley-timeline h2').waitFor();
    expect(await page.locator('parley-timeline h2').textContent()).toBe('Defined late');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('shows markup and script in the data as inert text', async () => {
    const payloads = [
      '<img src=x onerror="alert(1)">',
      '<script>alert(2)</script>',
      '"><svg onload=alert(3)>',
      '{{constructor.constructor("alert(4)")()}}',
      '<a href="javascript:alert(5)">link</a>',
    ];
    const data = {
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
    };
    const { page, problems } = await open(
      '/xss.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>XSS</title>
       <script src="/parley-timeline.js"></script></head><body>${card(data)}</body></html>`,
    );
    await page.locator('parley-timeline h2').waitFor();
    const rendered = await page.evaluate(() => {
      const root = document.querySelector('parley-timeline')!.shadowRoot!;
      return {
        // The card's own icons are the only SVG it may hold; anything else came from the data.
        elements: [
          ...root.querySelectorAll('img, script, svg:not([part~="icon"]), a, iframe, object, embed'),
        ].map((node) => node.outerHTML.slice(0, 120)),
        titles: [...root.querySelectorAll('h3')].map((node) => node.textContent),
      };
    });
    expect(rendered.elements).toEqual([]);
    expect(rendered.titles).toEqual(payloads);
    expect(problems).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
