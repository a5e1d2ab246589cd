// `node bench/interaction.mjs [--count=10000] [--runs=3]`: what a reader's action costs the main
// thread on a long card, from the built script tag (packages/widget/dist; build it first) in
// Debian's headless Chromium. For each action, in a fresh browser context per run, once every
// event is in: the longest task and the total blocking time (`PerformanceObserver` longtask) from
// the click until the page has been quiet for a second, and how long until the action is on the
// page. Prints a progress line per run and a Markdown table; docs/benchmarks.md records it.
// PARLEY_DIST=DIR measures the script tag in DIR instead, e.g. one built from another commit.
import { loadavg } from 'node:os';
import { istanbulExample, option, progressLine, servePage } from './card-page.mjs';
import { generateTimeline } from './generate.mjs';

const count = Number(option('count', 10_000));
const runs = Number(option('runs', 3));
const data = JSON.stringify(generateTimeline(istanbulExample(), count));
const progress = progressLine('interaction');

/**
 * Each action: what it needs found first (not timed: a selector over 400,000 nodes takes tens of
 * milliseconds), what the reader does, and when it is on the page. All three run in the page.
 */
const ACTIONS = [
  {
    name: 'open one event (the 51st)',
    prepare: () => (globalThis.target = globalThis.root().querySelectorAll('[part~="toggle"]')[50]),
    act: () => globalThis.target.click(),
    done: () =>
      globalThis.target.getAttribute('aria-expanded') === 'true' &&
      globalThis.target.nextElementSibling?.matches('[part~="details"]'),
  },
  {
    name: 'Expand all',
    prepare: () => {
      globalThis.target = [...globalThis.root().querySelectorAll('button')].find(
        (button) => button.textContent.trim() === 'Expand all',
      );
      // The last event: far down, it is its words only until opened (no Details button yet), and
      // opening renders it anew, so it is found again by id each time.
      globalThis.lastId = [...globalThis.root().querySelectorAll('[part~="item"]')].at(-1).id;
    },
    act: () => globalThis.target.click(),
    done: () => {
      const last = globalThis.root().getElementById(globalThis.lastId);
      const toggle = last?.querySelector('[part~="toggle"]');
      return (
        !!last?.querySelector('[part~="meta"]') &&
        (!toggle || toggle.getAttribute('aria-expanded') === 'true')
      );
    },
  },
  {
    name: 'filter by one type (Statement)',
    prepare: () =>
      (globalThis.target = [...globalThis.root().querySelectorAll('[part~="chip"]')].find((chip) =>
        chip.textContent.trim().startsWith('Statement'),
      )),
    act: () => globalThis.target.click(),
    // The first event shown is a statement (the generated timeline starts with other types).
    done: () => globalThis.root().querySelector('[part~="item"]')?.dataset.type === 'statement',
  },
];

const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>interaction</title>
<script>
  globalThis.longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  globalThis.root = () => document.querySelector('parley-timeline').shadowRoot;
  document.addEventListener('parley-render', () => (globalThis.rendered = true), { once: true });
</script>
<script src="/dist/parley-timeline.js"></script>
<parley-timeline></parley-timeline>
<script>document.querySelector('parley-timeline').timeline = ${data};</script>`;
const { url, browser, close } = await servePage(page);
const version = browser.version();
progress(`Chromium ${version}, ${count.toLocaleString('en')} events, ${runs} runs of each action`);

const results = [];
for (const action of ACTIONS) {
  const measured = [];
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => globalThis.rendered, null, { timeout: 120_000, polling: 250 });
    await tab.waitForTimeout(1_500); // the details renderer arrives, the page settles
    const result = await tab.evaluate(
      async ({ prepare, act, done }) => {
        const [doPrepare, doAct, isDone] = [prepare, act, done].map(
          (source) => new Function(`return (${source})()`),
        );
        doPrepare();
        const from = performance.now();
        const { longTasks } = globalThis;
        const before = longTasks.length;
        doAct();
        while (!isDone()) await new Promise((resolve) => setTimeout(resolve, 16));
        const shown = performance.now() - from;
        // Quiet for a second: no long task has started in it.
        for (let quiet = 0; quiet < 1_000; quiet += 100) {
          const seen = longTasks.length;
          await new Promise((resolve) => setTimeout(resolve, 100));
          if (longTasks.length !== seen) quiet = 0;
        }
        const tasks = longTasks.slice(before).map((task) => task.duration);
        return {
          shown,
          longest: Math.max(0, ...tasks),
          blocking: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
        };
      },
      { prepare: action.prepare.toString(), act: action.act.toString(), done: action.done.toString() },
    );
    measured.push(result);
    progress(
      `${action.name}, run ${run}/${runs}: on the page after ${Math.round(result.shown)} ms, longest task ${Math.round(result.longest)} ms, total blocking ${Math.round(result.blocking)} ms`,
    );
    await context.close();
  }
  const median = (key) =>
    measured.map((each) => each[key]).sort((a, b) => a - b)[Math.floor(measured.length / 2)];
  results.push({
    name: action.name,
    shown: median('shown'),
    longest: median('longest'),
    blocking: median('blocking'),
  });
}
await close();

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} in Chromium ${version}, ${count.toLocaleString('en')} generated events, median of ${runs} runs; 1-minute load average ${loadavg()[0].toFixed(1)} at the end.\n`,
);
console.log('| action | on the page after | longest task | total blocking time |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of results)
  console.log(`| ${row.name} | ${ms(row.shown)} | ${ms(row.longest)} | ${ms(row.blocking)} |`);
