// What bench/interaction.mjs and bench/refresh.mjs share: their options, the generated data's
// source, a progress line, and a page with the built script tag served from 127.0.0.1 to Debian's
// headless Chromium (never a downloaded browser). PARLEY_DIST=DIR serves the script tag in DIR
// instead of packages/widget/dist, e.g. one built from another commit.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.config.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = process.env.PARLEY_DIST ?? join(root, 'packages/widget/dist');

/** `--name=value` from the command line, else `fallback`. */
export const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** The Istanbul example, which bench/generate.mjs repeats into long timelines. */
export const istanbulExample = () =>
  JSON.parse(readFileSync(join(root, 'packages/core/examples/istanbul-2025-06-02.json'), 'utf8'));

/** Prints `name [seconds since start]: line` on stderr. */
export function progressLine(name) {
  const started = Date.now();
  return (line) =>
    console.error(`${name} [${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s]: ${line}`);
}

/**
 * Serves the HTML `page` at `/`, the built script tag's files under `/dist/`, and whatever `answer(path)`
 * gives as `{ type, body }` (else a 404); launches Chromium. Resolves to the page's URL, the
 * browser, and `close()` for both.
 */
export async function servePage(page, answer = () => undefined) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (path === '/') return response.setHeader('content-type', 'text/html').end(page);
    const answered = answer(path);
    if (answered) return response.setHeader('content-type', answered.type).end(answered.body);
    try {
      if (!path.startsWith('/dist/') || path.includes('..')) throw new Error('not a file of the build');
      response.setHeader('content-type', 'text/javascript').end(readFileSync(join(dist, path.slice(6))));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
