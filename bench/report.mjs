// Turns bench/results/comparison.json's object into docs/benchmarks-comparison.md and its chart,
// docs/images/benchmarks-comparison.svg, and returns the summary that bench/compare.mjs prints.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const DOC = 'docs/benchmarks-comparison.md';
const CHART = 'docs/images/benchmarks-comparison.svg';
const chartAlt =
  'Line chart: data to paint in milliseconds against the number of events, log scale on both axes, one line per library';
const COLOURS = { parley: '#1f6feb', timelinejs: '#d1242f', vis: '#1a7f37' };

const ms = (value) => (value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en')} ms`);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const num = (value) => (value === undefined ? 'n/a' : value.toLocaleString('en'));
const spread = (value) => (value ? `**${ms(value.median)}** (${ms(value.min)}–${ms(value.max)})` : 'n/a');
const times = (ratio) => `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;

/**
 * "N× smaller", "N× larger": how `ours` compares with `theirs` (bigger is worse for both); within
 * 10% of each other, "about as small" and the like, as the noise here is larger than that.
 */
function compareTo(ours, theirs, better, worse, same) {
  if (ours === undefined || theirs === undefined) return undefined;
  if (Math.max(ours, theirs) / Math.min(ours, theirs) < 1.1) return same;
  return ours <= theirs ? `${times(theirs / ours)} ${better}` : `${times(ours / theirs)} ${worse}`;
}

/** Sentences like "At 1,000 events, Parley is 2.8× smaller (gzip) than TimelineJS3; …". */
function ratios(comparison, labels) {
  const at = (library, count) =>
    comparison.results.find((row) => row.library === library && row.count === count);
  const lines = [];
  for (const count of comparison.dataSets.map((set) => set.count)) {
    const parley = at('parley', count);
    if (!parley) continue;
    for (const other of ['timelinejs', 'vis']) {
      const theirs = at(other, count);
      if (!theirs) continue;
      const size = compareTo(parley.bytes?.gzip, theirs.bytes?.gzip, 'smaller', 'larger', 'about as large');
      const speed = compareTo(
        parley.dataToPaintMs?.median,
        theirs.dataToPaintMs?.median,
        'faster',
        'slower',
        'about as fast',
      );
      const start = compareTo(
        parley.scriptToFirstPaintMs?.median,
        theirs.scriptToFirstPaintMs?.median,
        'sooner',
        'later',
        'about as soon',
      );
      const than = size?.startsWith('about') ? 'as' : 'than';
      const speedText = theirs.didNotFinish
        ? `${labels[other]} did not finish (${theirs.error})`
        : parley.didNotFinish
          ? `Parley did not finish (${parley.error})`
          : `from data to paint it is ${speed}, and its first paint comes ${start} after the script starts`;
      lines.push(
        `At ${count.toLocaleString('en')} events, Parley is ${size} (gzip) ${than} ${labels[other]}; ${speedText}.`,
      );
    }
  }
  return lines;
}

const escapeXml = (text) => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** What the chart was measured with, where and how, in three lines under it. */
function captionLines(comparison) {
  const { machine, versions, parleyBuild } = comparison;
  return [
    `${comparison.date.slice(0, 10)}, commit ${parleyBuild.commit}: ${Object.values(versions).join(', ')}`,
    `${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}; ${machine.browser.replace(/ \(.*\)/, '')}`,
    `Command: ${comparison.command}`,
  ];
}

/** A log–log line chart of data → paint (median, with a min–max bar) against the number of events. */
function chart(comparison, labels) {
  const width = 720;
  const height = 470;
  const left = 70;
  const right = 150;
  const top = 50;
  // Room for the axis label and, below it, what was measured where (the chart may travel alone).
  const bottom = 100;
  const counts = comparison.dataSets.map((set) => set.count);
  const values = comparison.results.flatMap((row) =>
    row.dataToPaintMs ? [row.dataToPaintMs.min, row.dataToPaintMs.max] : [],
  );
  const decade = (value, round) => 10 ** round(Math.log10(value));
  const yMin = decade(Math.min(...values), Math.floor);
  const yMax = Math.max(decade(Math.max(...values), Math.ceil), comparison.timeoutMs);
  const xMin = Math.min(...counts);
  const xMax = Math.max(...counts);
  // 20 px in from each side, so the first and last points sit clear of the axes.
  const x = (count) =>
    left +
    20 +
    (xMax === xMin
      ? 0
      : ((Math.log10(count) - Math.log10(xMin)) / Math.log10(xMax / xMin)) * (width - left - right - 40));
  const y = (value) =>
    top + (1 - (Math.log10(value) - Math.log10(yMin)) / Math.log10(yMax / yMin)) * (height - top - bottom);
  const parts = [];
  parts.push(
    `<text x="${left}" y="22" font-size="15" font-weight="bold">Data → paint, median of cold runs (log–log; bars: min–max)</text>`,
  );
  for (let tick = yMin; tick <= yMax; tick *= 10) {
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${left - 8}" y="${y(tick) + 4}" font-size="12" text-anchor="end">${tick >= 1000 ? `${tick / 1000} s` : `${tick} ms`}</text>`,
    );
  }
  for (const count of counts)
    parts.push(
      `<line x1="${x(count)}" x2="${x(count)}" y1="${top}" y2="${height - bottom}" stroke="#eee"/>`,
      `<text x="${x(count)}" y="${height - bottom + 18}" font-size="12" text-anchor="middle">${count.toLocaleString('en')}</text>`,
    );
  parts.push(
    `<text x="${(left + width - right) / 2}" y="${height - bottom + 36}" font-size="12" text-anchor="middle">events</text>`,
    ...captionLines(comparison).map(
      (line, index) =>
        `<text x="10" y="${height - 40 + index * 14}" font-size="10" fill="#555">${escapeXml(line)}</text>`,
    ),
    `<line x1="${left}" x2="${width - right}" y1="${y(comparison.timeoutMs)}" y2="${y(comparison.timeoutMs)}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text x="${left + 4}" y="${y(comparison.timeoutMs) - 5}" font-size="11" fill="#666">did not finish: ${comparison.timeoutMs / 1000} s timeout (×)</text>`,
  );
  const libraries = [...new Set(comparison.results.map((row) => row.library))];
  libraries.forEach((library, index) => {
    const colour = COLOURS[library];
    const rows = comparison.results.filter((row) => row.library === library);
    const done = rows.filter((row) => row.dataToPaintMs);
    const points = done.map((row) => `${x(row.count).toFixed(1)},${y(row.dataToPaintMs.median).toFixed(1)}`);
    if (points.length > 1)
      parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`);
    for (const row of done) {
      const { min, median, max } = row.dataToPaintMs;
      parts.push(
        `<line x1="${x(row.count)}" x2="${x(row.count)}" y1="${y(min)}" y2="${y(max)}" stroke="${colour}" stroke-width="1"/>`,
        `<circle cx="${x(row.count)}" cy="${y(median)}" r="4" fill="${colour}"/>`,
      );
    }
    // Did not finish: a cross on the timeout line.
    for (const row of rows.filter((row) => !row.dataToPaintMs)) {
      const [cx, cy] = [x(row.count), y(comparison.timeoutMs)];
      parts.push(
        `<path d="M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx - 5},${cy + 5}L${cx + 5},${cy - 5}" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    const legendY = top + 60 + index * 20;
    parts.push(
      `<rect x="${width - right + 10}" y="${legendY - 9}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${width - right + 28}" y="${legendY + 1}" font-size="13">${labels[library]}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" role="img" aria-label="Data to paint against number of events, per library">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

/** The whole of docs/benchmarks-comparison.md. */
function markdown(comparison, labels) {
  const { machine, results } = comparison;
  const libraries = [...new Set(results.map((row) => row.library))];
  const firstOf = (library) => results.find((row) => row.library === library && row.bytes);
  const load = machine.loadAverage;
  const bytesRows = libraries.map((library) => {
    const row = firstOf(library);
    const blocked = row?.blocked.length ? row.blocked.map((url) => `\`${url}\``).join(', ') : 'none';
    return `| ${labels[library]} | ${comparison.versions[library]} | ${row ? kib(row.bytes.raw) : 'n/a'} | ${row ? kib(row.bytes.gzip) : 'n/a'} | ${row ? kib(row.bytes.brotli) : 'n/a'} | ${row?.files.map((file) => `\`${file.replace(/^\/lib\/[^/]+\//, '')}\``).join(', ') ?? 'n/a'} | ${row?.blockedPerRun ?? 'n/a'}: ${blocked} |`;
  });
  const dataRows = comparison.dataSets.map(
    (set) =>
      `| ${set.count.toLocaleString('en')} | ${libraries.map((library) => kib(set.jsonBytes[library])).join(' | ')} |`,
  );
  const cell = (row, render) => (row.dataToPaintMs ? render(row) : `did not finish: ${row.error}`);
  const timingRows = results.map(
    (row) =>
      `| ${row.count.toLocaleString('en')} | ${labels[row.library]} | ${row.finished}/${row.runs} | ${cell(row, (r) => spread(r.dataToPaintMs))} | ${cell(row, (r) => (r.dataToFirstShownMs ? spread(r.dataToFirstShownMs) : 'n/a'))} | ${cell(row, (r) => spread(r.scriptToFirstPaintMs))} | ${cell(row, (r) => spread(r.scriptToPaintMs))} | ${cell(row, (r) => ms(r.longestTaskMs.median))} | ${cell(row, (r) => ms(r.totalBlockingMs.median))} |`,
  );
  const pageRows = results.map((row) => {
    if (!row.dataToPaintMs)
      return `| ${row.count.toLocaleString('en')} | ${labels[row.library]} | did not finish | | | | |`;
    const find = row.inspectError
      ? row.inspectError
      : `${row.windowFind ? 'yes' : 'no'} (${ms(row.windowFindMs)})`;
    const text = `${row.lastTitleTextNodes} text node${row.lastTitleTextNodes === 1 ? '' : 's'}, ${row.lastTitleVisible} rendered`;
    return `| ${row.count.toLocaleString('en')} | ${labels[row.library]} | ${num(row.rendered)} | ${num(row.domNodes)} | ${mib(row.heapBytes)} | ${find} | ${text} |`;
  });
  const build = comparison.parleyBuild;
  return `# Parley beside TimelineJS3 and vis-timeline

What a newsroom page pays to show the same timeline with Parley's script tag, with
[TimelineJS3](https://timeline.knightlab.com/) and with
[vis-timeline](https://visjs.github.io/vis-timeline/), measured in one run on one machine. This file
is written by \`bench/compare.mjs\`; edit that, not this. The bench is a private workspace
(\`bench/\`, \`@parley/bench\`): TimelineJS3 (MPL-2.0) and vis-timeline (Apache-2.0 or MIT) are its dev
dependencies only, installed by \`npm install\` and served from \`node_modules\`; none of their code is
in the repository. It is not part of \`npm test\`.

\`\`\`sh
npm run bench:compare                 # builds core and widget, runs everything, writes this file
npm run bench:compare -- --no-build   # measure packages/widget/dist as it is
npm run bench:compare -- --sizes=10,100 --libs=parley,vis --no-write   # a quick look
\`\`\`

Other options: \`--runs=N\` (more cold runs than 5), \`--parley=FILE\` (another build of the script
tag), \`--budget=S\` (see _Time_ below). Progress goes to stderr, a line per run.

## Method

- **The data.** \`bench/generate.mjs\` draws events from
  \`packages/core/examples/istanbul-2025-06-02.json\` (all eight event types with their details,
  delegations, claims, actors, citations of seven sources) with a seeded PRNG, one or two days
  apart, for 10, 100, 1,000 and 10,000 events; Parley's validator checks each. Every title ends in
  its position (\`[1,234]\`), so the last one is unique. Converted once: TimelineJS3 gets
  \`{ title, events: [{ start_date: { year, month, day }, text: { headline, text } }] }\` with the
  summary (or what was said) as text; vis-timeline gets DataSet items \`{ id, content, start }\` with
  the title as content. Parley is given the whole document and shows much more per event (type,
  summary, people, place, a closed details section with the delegations, claims and sources), so it has
  more to build than the other two.
- **The page.** An empty page from 127.0.0.1 fetches and decodes its data first, then, with the clock
  running, adds each library's documented embed (the tags are added by \`bench/page.js\`, scripts
  in order as static tags would run): Parley, \`packages/widget/dist/parley-timeline.js\`
  and \`element.timeline = data\`; TimelineJS3, \`dist/css/timeline.css\` and \`dist/js/timeline.js\`, a
  \`<div id="timeline-embed">\` 100% wide and 600 px high, \`new TL.Timeline('timeline-embed', data)\`;
  vis-timeline, \`standalone/umd/vis-timeline-graph2d.min.js\` and \`styles/vis-timeline-graph2d.min.css\`,
  \`new vis.Timeline(container, new vis.DataSet(items), {})\`. The data is handed over as soon as the
  scripts and stylesheets have loaded. Viewport 1280 × 800.
- **Painted.** Each library's own "done", then the frame that shows it: Parley, its \`parley-render\`
  event (it renders in chunks; the event follows the last), then one \`[part~="item"]\` per event in
  its shadow root, checked once; TimelineJS3, its \`loaded\` event, then one \`.tl-slide\` per event
  plus the title slide and one \`.tl-timemarker\` per event, counted once a frame from then on (so
  neither pays for a count of its whole DOM in every frame while it renders); vis-timeline, which draws only the items in its visible window, its drawn items
  (\`.vis-item-content\`) unchanged for two frames running (with the default options the window fits
  all items, so it draws them all). Then the next animation frame and a task posted from it: that
  task runs once the main thread has painted the frame.
- **Data → paint** is from handing over the data to painted; **data → first shown** to the frame
  that first painted any of the library's items (Parley's first chunk, which fills more than the
  screen; TimelineJS3's first slide; vis-timeline's first drawn items), found by the same
  once-a-frame check, then that frame and a task after it; **script → painted** from adding the
  script tag to painted, so it also includes downloading (over loopback), compiling and running the
  library. **Script → first paint** is from adding the script tag to the first contentful paint
  (the page is blank until then, so it is whatever the library shows first: Parley's first chunk
  of events, for example). That entry marks when the frame was presented, after raster and
  compositing on other threads, so for a small timeline it can come after _painted_, which marks
  the main thread's paint.
- **Longest task, total blocking time**: \`longtask\` entries (PerformanceObserver, buffered) from
  adding the script tag to painted; TBT sums each task's time past 50 ms.
- **Bytes**: every response the page asked for except the page, the harness and the data (so: JS,
  CSS, fonts, images, translations), summed as served (raw) and as gzip -9 and brotli 11 would send
  them. Any request not to 127.0.0.1 is aborted and counted (and the browser's
  \`--host-resolver-rules\` resolve every other host to nothing): TimelineJS3's default
  \`script_path\` is its CDN, so it asks \`cdn.knightlab.com\` for its font CSS, which on a real page
  would then load PT Sans and PT Serif from Google Fonts. Those bytes are not counted here, as they
  never arrive.
- **JS heap** is \`Runtime.getHeapUsage\`'s \`usedSize\` after \`HeapProfiler.collectGarbage\` (CDP),
  once painted. The page keeps no reference to the data; each library keeps what it needs.
- **DOM nodes**: every node (elements, text, comments) in the document and in open shadow roots
  (Parley's card is one); **drawn** is the library's own item count from _Painted_.
- **Find the last event.** \`window.find(lastTitle)\` from the top of the page, as find-in-page
  searches; _yes_ when it returns true (the title is unique, so a match is the last event), with how long the call took
  (it lays out what it searches, so on a long page the first search is slow). In this Chromium it
  does search open shadow roots, so it finds Parley's events too. And the text node holding the
  title, anywhere including shadow roots, and whether it is rendered: \`checkVisibility\` with
  \`visibilityProperty\`, so not under \`display: none\`, \`content-visibility: hidden\` (a closed
  \`<details>\`) or \`visibility: hidden\`; \`content-visibility: auto\`, which find-in-page searches,
  counts as rendered.
- **Cold runs.** Each run is a fresh browser context (its own renderer process, no HTTP or code
  cache). The libraries take turns within each run, so load from other work falls on all alike.
  The median of 5 runs is given with min and max, unless the time budget cut them (see _Time_). Heap, DOM
  and find-in-page come from the first run of each, as they vary little between runs and take long
  to measure on a big page.
- **Did not finish.** A run still rendering 60 s after the data was handed over (checked at each
  animation frame, so a run whose last frame ends just past 60 s still counts), or whose page does
  not answer for 90 s, is recorded as not finished; that library is then not run again at that
  size or above.
- **Time.** A full run must stay under 10 minutes on a 2-core machine. At 10,000 events TimelineJS3
  and vis-timeline take 15 to 40 s a run here, so after \`--budget\` seconds (default 480; \`npm run
  bench\` passes what is left of its ten minutes) no repeat run starts for a cell whose last run took
  over 5 s. Quick cells, Parley's 10,000 events among them, still get all 5 runs; every cell has at
  least one. The _finished runs_ column says how many each got.
- **Noise.** The machine is shared with other work; the same measurement varies by ±30% and more
  between runs. Compare libraries within one run, never with figures from another day.

## Results

Measured ${comparison.date.slice(0, 10)} on ${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.browser}; 1-minute load average ${load.min.toFixed(1)} to ${load.max.toFixed(1)} (median ${load.median.toFixed(1)}, ${load.samples} samples) while it ran (${machine.cpus.split(' ')[0]} would be every core busy). The whole run took ${comparison.durationSeconds} s${comparison.outOfTime ? `, past its ${comparison.budgetSeconds} s budget, so some cells have fewer runs` : ''}.
Command: \`${comparison.command}\`.
Parley: \`${build.path}\` (sha256 ${build.sha256}…), built from commit ${build.commit}${build.dirtySource ? ' with uncommitted changes to the widget or core source' : ''}. ${libraries
    .filter((library) => library !== 'parley')
    .map((library) => `${labels[library]}: ${comparison.versions[library]}`)
    .join('; ')}.

${ratios(comparison, labels)
  .map((line) => `- ${line}`)
  .join('\n')}

![${chartAlt}](images/benchmarks-comparison.svg)

### What a page downloads

The same at every size (nothing in the data makes a library fetch more).

| library | version | raw | gzip | brotli | files | requests blocked per run |
| --- | --- | ---: | ---: | ---: | --- | --- |
${bytesRows.join('\n')}

The data, as each library is given it (JSON; not counted above):

| events | ${libraries.map((library) => labels[library]).join(' | ')} |
| ---: | ${libraries.map(() => '---:').join(' | ')} |
${dataRows.join('\n')}

### Time

Median (min–max) of the finished cold runs.

| events | library | finished runs | data → paint | data → first shown | script → first paint | script → painted | longest task | total blocking time |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${timingRows.join('\n')}

### What the page holds, and find-in-page

From the first run of each.

| events | library | drawn | DOM nodes | JS heap after GC | \`window.find\` reaches the last event | its title |
| ---: | --- | ---: | ---: | ---: | --- | --- |
${pageRows.join('\n')}
`;
}

/**
 * Writes the doc and the chart (unless `write` is false) and returns the printed summary.
 * @param {object} comparison what bench/compare.mjs measured
 * @param {{ write: boolean, labels: Record<string, string> }} options
 */
export function writeReport(comparison, { write, labels }) {
  const doc = markdown(comparison, labels);
  if (write) {
    writeFileSync(DOC, doc);
    writeFileSync(CHART, chart(comparison, labels));
    // The repository's Prettier settings align the tables, as `npm run lint` expects.
    execFileSync('npx', ['prettier', '--write', '--log-level=warn', DOC], { stdio: 'inherit' });
  }
  // The summary: the results and the ratios, without the method.
  return `${doc.slice(doc.indexOf('## Results'))}`;
}
