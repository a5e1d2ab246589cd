// `node bench/refresh.mjs [--count=10000] [--at=30,9000]`: what a live refresh costs the main
// thread on a long card, from the built script tag (packages/widget/dist; build it first) in
// Debian's headless Chromium. A card with `src` and `refresh="15"` shows `count` generated events;
// the reader scrolls down to event `at`, a screen at a time, so the blocks on the way render in
// full as they would for a real reader; the feed then publishes a version with ten events more at
// the top. Prints, per position, the long tasks (`PerformanceObserver` longtask) from then until
// the card has been quiet for three seconds after `parley-update`, and how far the reader's event
// moved (0 when its place was kept). docs/benchmarks.md records it.
// PARLEY_DIST=DIR measures the script tag in DIR instead, e.g. one built from another commit.
import { loadavg } from 'node:os';
import { istanbulExample, option, progressLine, servePage } from './card-page.mjs';
import { generateTimeline } from './generate.mjs';

const count = Number(option('count', 10_000));
const positions = String(option('at', '30,9000')).split(',').map(Number);
const first = generateTimeline(istanbulExample(), count);
// Ten events more, dated before the first: they go above every event the reader can be at.
const earlier = first.events
  .slice(0, 10)
  .map((event, index) => ({ ...event, id: `new-${index}`, date: '2024-12-01' }));
const versions = [JSON.stringify(first), JSON.stringify({ ...first, events: [...earlier, ...first.events] })];
const progress = progressLine('refresh');

let published = 0; // which version the feed answers with
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>globalThis.cardRoot = () => document.querySelector('parley-timeline')?.shadowRoot;
globalThis.longTasks = []; new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });</script>
<script src="/dist/parley-timeline.js"></script></head>
<body><parley-timeline src="/live.json" refresh="15" max-bytes="50000000"></parley-timeline></body></html>`;
const { url, browser, close } = await servePage(page, (path) =>
  path === '/live.json' ? { type: 'application/json', body: versions[published] } : undefined,
);

const rows = [];
for (const at of positions) {
  published = 0;
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.waitForFunction(
    (count) => globalThis.cardRoot()?.querySelectorAll('[part~="item"]').length === count,
    count,
    {
      timeout: 60_000,
    },
  );
  const id = first.events[at].id;
  progress(`${count.toLocaleString('en')} events in; scrolling to event ${at.toLocaleString('en')}`);
  for (let y = 0; ; y += 1_400) {
    const there = await tab.evaluate(
      ([id, y]) => {
        scrollTo(0, y);
        return (
          globalThis.cardRoot().querySelector(`[data-id="${id}"]`).getBoundingClientRect().top < innerHeight
        );
      },
      [id, y],
    );
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (there) break;
  }
  const top = () =>
    tab.evaluate(
      (id) => globalThis.cardRoot().querySelector(`[data-id="${id}"]`).getBoundingClientRect().top,
      id,
    );
  await tab.evaluate((id) => globalThis.cardRoot().querySelector(`[data-id="${id}"]`).scrollIntoView(), id);
  await new Promise((done) => setTimeout(done, 1_000));
  const before = await top();
  await tab.evaluate(() => {
    globalThis.longTasks = [];
    globalThis.updated = 0;
    document
      .querySelector('parley-timeline')
      .addEventListener('parley-update', () => (globalThis.updated = performance.now()), { once: true });
  });
  published = 1;
  progress(`published the new version; waiting for the card's next check (every 15 s)`);
  await tab.waitForFunction(() => globalThis.updated, null, { timeout: 40_000 });
  await new Promise((done) => setTimeout(done, 3_000));
  const tasks = await tab.evaluate(() => globalThis.longTasks.map((entry) => Math.round(entry.duration)));
  const moved = Math.round((await top()) - before);
  rows.push({ at, tasks, moved });
  progress(
    `reader at event ${at.toLocaleString('en')}: long tasks ${tasks.join(', ') || 'none'} ms; moved ${moved} px`,
  );
  await context.close();
}
await close();

console.log(
  `\nA live refresh of ${count.toLocaleString('en')} events, ten more at the top; load average ${loadavg()[0].toFixed(1)}.\n`,
);
console.log('| reader at event | long tasks (ms) | longest | reader moved |');
console.log('| ---: | --- | ---: | ---: |');
for (const { at, tasks, moved } of rows)
  console.log(
    `| ${at.toLocaleString('en')} | ${tasks.join(', ') || 'none'} | ${Math.max(0, ...tasks)} ms | ${moved} px |`,
  );
