// Data → paint of <parley-timeline>, from the built script tag, in Debian's headless Chromium.
// Each run is a fresh browser context (its own renderer process, nothing cached or compiled),
// with the script tag already loaded; scripts/bench/render-page.mjs times it in the page.
// Bundles are measured in turn within each run, so noise on this shared machine falls on all alike.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../../chromium.config.mjs';

const pageScript = readFileSync(fileURLToPath(new URL('./render-page.mjs', import.meta.url)));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {object} options
 * @param {{ label: string, code: Uint8Array }[]} options.bundles script tags to compare
 * @param {number[]} options.counts numbers of events
 * @param {('property' | 'script')[]} options.modes `element.timeline = data`, or a child JSON script
 * @param {number} options.runs cold runs of each
 * @param {(count: number) => string} options.timelineText the JSON of a valid timeline
 * @param {(line: string) => void} options.log progress
 */
export async function measureRender({ bundles, counts, modes, runs, timelineText, log }) {
  const data = new Map(counts.map((count) => [`/data/${count}.json`, timelineText(count)]));
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    response.setHeader('cache-control', 'no-store');
    const bundle = /^\/bundle\/(\d+)\.js$/.exec(url.pathname);
    const page = /^\/page\/(\d+)$/.exec(url.pathname);
    if (bundle && bundles[bundle[1]])
      response.setHeader('content-type', 'text/javascript').end(bundles[bundle[1]].code);
    else if (url.pathname === '/render-page.js')
      response.setHeader('content-type', 'text/javascript').end(pageScript);
    else if (data.has(url.pathname))
      response.setHeader('content-type', 'application/json').end(data.get(url.pathname));
    else if (page && bundles[page[1]])
      response
        .setHeader('content-type', 'text/html')
        .end(
          `<!doctype html><html lang="en"><meta charset="utf-8"><title>render bench</title>` +
            `<script src="/bundle/${page[1]}.js"></script><script src="/render-page.js"></script><body></body></html>`,
        );
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const samples = new Map();
    for (const count of counts)
      for (const mode of modes)
        for (let run = 0; run < runs; run++)
          for (const [index, bundle] of bundles.entries()) {
            const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
            const tab = await context.newPage();
            const errors = [];
            tab.on('pageerror', (error) => errors.push(error));
            // Nothing may leave the machine; the page needs only this server.
            await tab.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
            await tab.goto(`${origin}/page/${index}`);
            let sample;
            try {
              sample = await tab.evaluate(
                ([count, mode]) => globalThis.parleyRender(count, mode),
                [count, mode],
              );
            } catch (error) {
              throw new Error(
                `${bundle.label}, ${count} events, ${mode}: ${error.message} ${errors.join(' ')}`,
                {
                  cause: error,
                },
              );
            }
            await context.close();
            const key = `${count} ${mode} ${index}`;
            samples.set(key, [...(samples.get(key) ?? []), sample]);
            log(
              `render: ${count.toLocaleString('en')} events, ${mode === 'property' ? 'timeline property' : 'child script'}, ` +
                `${bundle.label}, run ${run + 1}/${runs}: ${sample.ms.toFixed(1)} ms, ` +
                `longest task ${sample.longestTaskMs ? `${sample.longestTaskMs.toFixed(0)} ms` : '< 50 ms'}`,
            );
          }
    const results = [];
    for (const count of counts)
      for (const mode of modes)
        for (const [index, bundle] of bundles.entries()) {
          const runsOf = samples.get(`${count} ${mode} ${index}`);
          const of = (name) => runsOf.map((sample) => sample[name]);
          const firstPaints = of('firstPaintMs').filter((ms) => ms !== undefined);
          results.push({
            count,
            mode,
            bundle: bundle.label,
            runs: runsOf.length,
            medianMs: median(of('ms')),
            minMs: Math.min(...of('ms')),
            maxMs: Math.max(...of('ms')),
            medianInDomMs: median(of('inDomMs')),
            medianFirstPaintMs: firstPaints.length ? median(firstPaints) : undefined,
            medianLongestTaskMs: median(of('longestTaskMs')),
            maxLongestTaskMs: Math.max(...of('longestTaskMs')),
          });
        }
    return { browserVersion: browser.version(), results };
  } finally {
    await browser.close();
    server.close();
  }
}
