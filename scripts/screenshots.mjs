// `npm run screenshots`: the Istanbul card as readers see it, from the built script tag, in
// Debian's headless Chromium. Writes docs/images/*.png, which the README shows. Run it after a
// change to how the card looks, look at every image, and commit them.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.config.mjs';

/** Each shot: a file name, the page's language, the card's attributes, the viewport width. */
const SHOTS = [
  { name: 'card-light', lang: 'en-GB', width: 720, attributes: '' },
  { name: 'card-dark', lang: 'en-GB', width: 720, attributes: 'theme="dark"', pageBackground: '#111214' },
  { name: 'card-320', lang: 'en-GB', width: 320, attributes: '' },
  { name: 'card-768', lang: 'en-GB', width: 768, attributes: '' },
  { name: 'card-wide', lang: 'en-GB', width: 1100, attributes: '' },
  { name: 'card-ar', lang: 'ar', width: 720, attributes: '' },
  { name: 'card-uk', lang: 'uk', width: 720, attributes: '' },
];

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
console.log('Building @parley/widget…');
execFileSync('npx', ['turbo', 'run', 'build', '--filter=@parley/widget', '--output-logs=errors-only'], {
  stdio: 'inherit',
  env,
});

const dist = 'packages/widget/dist';
const example = readFileSync('packages/core/examples/istanbul-2025-06-02.json');
const page = ({ lang, attributes, pageBackground = '#f6f6f4' }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Parley</title><link rel="stylesheet" href="/page.css"><script src="/parley-timeline.js"></script></head>
<body style="background:${pageBackground}"><parley-timeline src="/istanbul.json" ${attributes}></parley-timeline></body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  const send = (type, body) => response.setHeader('content-type', type).end(body);
  if (url.pathname === '/istanbul.json') return send(types['.json'], example);
  if (url.pathname === '/page.css')
    return send(types['.css'], 'body{margin:0;padding:16px;font:16px Georgia,serif}');
  if (url.pathname.startsWith('/parley-timeline')) {
    try {
      return send(types[extname(url.pathname)] ?? 'text/plain', readFileSync(join(dist, url.pathname)));
    } catch {
      return response.writeHead(404).end();
    }
  }
  const shot = SHOTS.find((each) => `/${each.name}.html` === url.pathname);
  if (shot) return send('text/html; charset=utf-8', page(shot));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
mkdirSync('docs/images', { recursive: true });
try {
  for (const shot of SHOTS) {
    const tab = await browser.newPage({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(`${origin}/${shot.name}.html`);
    // Wait for the card itself (data and, on a uk or ar page, its translation have arrived).
    await tab.locator('parley-timeline [part~="item"]').first().waitFor();
    const file = `docs/images/${shot.name}.png`;
    await tab.screenshot({ path: file, fullPage: true });
    console.log(
      `✔ ${file} (${shot.width} px, lang=${shot.lang}${shot.attributes ? `, ${shot.attributes}` : ''})`,
    );
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
