// Runs in the page, served as /page.js on an otherwise empty page (`/?lib=…&count=…`); plain
// browser JavaScript, not bundled. It fetches the data first, then loads the library the way its
// docs embed it (its stylesheets and script), hands it the data as soon as the script has run, and
// waits until it has painted. bench/compare.mjs reads `globalThis.benchResult`, then calls
// `globalThis.benchInspect(lastTitle)`.

// Tasks of 50 ms or more from page start; the run keeps those that overlap its own span.
const longTasks = [];
const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
longTaskObserver.observe({ type: 'longtask', buffered: true });

const TIMEOUT_MS = 60_000;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves in a task of its own, after whatever rendering the current frame does. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(undefined);
  });

/**
 * How each library is embedded, and when it counts as rendered: `render(data, count, started)`
 * hands it the data and resolves once the library has built what it shows for it; the caller then
 * waits for the frame that paints that.
 */
const LIBRARIES = {
  // The script tag, as the README embeds it; the `timeline` property, as a page with data does.
  parley: {
    css: [],
    js: ['/lib/parley/parley-timeline.js'],
    async render(data, count, started) {
      const element = document.createElement('parley-timeline');
      // `parley-render` says when the last chunk is in (its documented use); checking the DOM
      // once a frame instead would cost a selector match over every node of a 10,000-event card,
      // 10–20 ms a frame in the card's own frames.
      // `parley-error` likewise says when it shows an error instead; a selector match for the error
      // state every frame would cost as much.
      let done = false;
      let failed;
      element.addEventListener('parley-render', () => (done = true), { once: true });
      element.addEventListener('parley-error', (event) => (failed = event.issues), { once: true });
      element.timeline = data;
      document.body.append(element);
      await element.updateComplete;
      const root = () => element.shadowRoot;
      const first = {};
      const shown = () => (root()?.querySelector('[part~="item"]') ? 1 : 0);
      await noteFirstShown(first, shown, false);
      while (!done) {
        if (failed) throw new Error(`The card shows an error: ${JSON.stringify(failed).slice(0, 300)}`);
        await frameWithin(started, () => `waiting for parley-render`);
        await noteFirstShown(first, shown);
      }
      // One [part~="item"] per event, the element's public contract: checked once, at the end.
      const items = root().querySelectorAll('[part~="item"]').length;
      if (items !== count) throw new Error(`parley-render came with ${items} of ${count} items`);
      return { rendered: items, firstShown: first.at };
    },
  },
  // TimelineJS3's documented embed: its CSS and JS, a sized div, `new TL.Timeline(id, data)`. Its
  // default `script_path` is its CDN, so it asks there for its font CSS (which would load PT Sans
  // and PT Serif from Google Fonts); bench/compare.mjs blocks and counts that request.
  timelinejs: {
    css: ['/lib/timelinejs/css/timeline.css'],
    js: ['/lib/timelinejs/js/timeline.js'],
    async render(data, count, started) {
      const container = document.createElement('div');
      container.id = 'timeline-embed';
      container.style.cssText = 'width: 100%; height: 600px';
      document.body.append(container);
      const timeline = new globalThis.TL.Timeline('timeline-embed', data);
      // `loaded`: "after story slider and time navigator have been loaded" (its API.md).
      let loaded = false;
      timeline.on('loaded', () => (loaded = true));
      const slides = () => container.querySelectorAll('.tl-slide').length;
      const markers = () => container.querySelectorAll('.tl-timemarker').length;
      // Counted only once it says it has loaded, as Parley's items are: a count every frame
      // would cost it a selector match over its whole DOM in its own frames.
      const shown = () => (container.querySelector('.tl-slide') ? 1 : 0);
      const first = {};
      while (!loaded) {
        const message = container.querySelector('.tl-message-content')?.textContent;
        if (message && /error|invalid/i.test(message)) throw new Error(`TimelineJS: ${message}`);
        await frameWithin(started, () => 'not loaded');
        await noteFirstShown(first, shown);
      }
      // One slide per event plus the title slide, and one marker per event on the time navigator.
      while (slides() < count + 1 || markers() < count) {
        await frameWithin(started, () => `${slides()} slides, ${markers()} markers`);
        await noteFirstShown(first, shown);
      }
      return { rendered: markers(), firstShown: first.at };
    },
  },
  // vis-timeline's standalone build and its CSS, as its "basic usage" example: a DataSet of items
  // and default options. It draws only the items inside its visible window (with the default
  // options the window is fitted to all items), so "rendered" is its visible items: the count of
  // `.vis-item-content` elements (one per drawn item) once it is the same two frames running.
  vis: {
    css: ['/lib/vis/vis-timeline-graph2d.min.css'],
    js: ['/lib/vis/vis-timeline-graph2d.min.js'],
    async render(data, count, started) {
      const container = document.createElement('div');
      container.id = 'visualization';
      document.body.append(container);
      const { Timeline, DataSet } = globalThis.vis;
      new Timeline(container, new DataSet(data), {});
      const items = () => container.querySelectorAll('.vis-item-content').length;
      let seen = -1;
      let stableFrames = 0;
      const first = {};
      while (stableFrames < 2) {
        await frameWithin(started, () => `${items()} items`);
        await noteFirstShown(first, items);
        const now = items();
        stableFrames = now > 0 && now === seen ? stableFrames + 1 : 0;
        seen = now;
      }
      return { rendered: seen, firstShown: first.at };
    },
  },
};

/**
 * When the first of a library's items were painted: the first time `shown()` is above 0, and a
 * task after the frame that paints it. Call from a render loop once per frame, right after the
 * frame callback (`inFrame`: that frame paints what is there now, so a task posted from it runs
 * once it has), or after the library's own first render (then the next frame paints it).
 */
async function noteFirstShown(first, shown, inFrame = true) {
  if (first.at !== undefined || shown() === 0) return;
  if (!inFrame) await nextFrame();
  await nextTask();
  first.at = performance.now();
}

/** The next animation frame, or an error once the run has taken longer than TIMEOUT_MS. */
async function frameWithin(started, state) {
  if (performance.now() - started > TIMEOUT_MS)
    throw new Error(`did not finish in ${TIMEOUT_MS / 1000} s (${state()})`);
  await nextFrame();
}

/** Adds the stylesheets and scripts in order, as static tags would run them; resolves when all loaded. */
function loadLibrary({ css, js }) {
  const loaded = (element) =>
    new Promise((resolve, reject) => {
      element.onload = resolve;
      element.onerror = () => reject(new Error(`Could not load ${element.href ?? element.src}`));
    });
  const waits = [];
  for (const href of css) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    waits.push(loaded(link));
    document.head.append(link);
  }
  for (const src of js) {
    // async = false keeps the order of several scripts; at the end of body, so TimelineJS, which
    // takes `script_path` from the last <script> on the page when it runs, finds its own.
    const script = Object.assign(document.createElement('script'), { src, async: false });
    waits.push(loaded(script));
    document.body.append(script);
  }
  return Promise.all(waits);
}

async function run() {
  const query = new URLSearchParams(location.search);
  const library = LIBRARIES[query.get('lib')];
  const count = Number(query.get('count'));
  // Fetched and decoded before the clock starts: a host page has its data before it loads a card.
  const holder = { data: await (await fetch(`/data/${query.get('lib')}-${count}.json`)).json() };
  await nextFrame();
  await nextTask();

  const scriptStart = performance.now();
  await loadLibrary(library);
  // Handed over at once, as an inline script after the script tag would.
  const dataStart = performance.now();
  const data = holder.data;
  holder.data = undefined; // the page keeps no reference; the library keeps what it needs
  const { rendered, firstShown } = await library.render(data, count, dataStart);
  const inDom = performance.now();
  // The frame that shows it: animation frame callbacks run before that frame's style, layout and
  // paint, and a task posted from there runs once the main thread has painted it.
  await nextFrame();
  await nextTask();
  const painted = performance.now();

  // Long task and paint entries are delivered asynchronously; give them a few frames.
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  for (let frame = 0; frame < 5 && fcp() === undefined; frame++) await nextFrame();
  await nextTask();
  longTasks.push(...longTaskObserver.takeRecords());
  const during = longTasks.filter(
    (task) => task.startTime < painted && task.startTime + task.duration > scriptStart,
  );
  return {
    scriptToFirstPaintMs: fcp() === undefined ? undefined : fcp() - scriptStart,
    scriptToPaintMs: painted - scriptStart,
    loadMs: dataStart - scriptStart,
    dataToPaintMs: painted - dataStart,
    // The first of its items on screen (Parley's first chunk, TimelineJS3's first slide).
    dataToFirstShownMs: (firstShown ?? painted) - dataStart,
    dataToDomMs: inDom - dataStart,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    // Total blocking time: what each task held the main thread past 50 ms.
    totalBlockingMs: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    rendered,
  };
}

globalThis.benchResult = run().then(
  (result) => ({ ok: true, ...result }),
  (error) => ({ ok: false, error: String(error?.message ?? error) }),
);

/**
 * DOM size, and whether a reader can find the last event: the text node holding its title,
 * anywhere including open shadow roots, and whether it is rendered (`checkVisibility` with
 * `visibilityProperty`: not under display:none, content-visibility:hidden (a closed <details>) or
 * visibility:hidden; content-visibility:auto, which find-in-page searches, counts as rendered);
 * and `window.find`, the page's handle on Chromium's find-in-page text search.
 */
globalThis.benchInspect = (lastTitle) => {
  let domNodes = 0;
  let domElements = 0;
  const matches = [];
  // Every node of the document and of each open shadow root in it (Parley's card is one).
  const roots = [document];
  while (roots.length) {
    const walker = document.createTreeWalker(roots.pop(), NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      domNodes++;
      if (node.nodeType === Node.ELEMENT_NODE) {
        domElements++;
        if (node.shadowRoot) roots.push(node.shadowRoot);
      } else if (node.nodeType === Node.TEXT_NODE && node.data.includes(lastTitle)) matches.push(node);
    }
  }
  const visible = matches.filter((node) => node.parentElement?.checkVisibility({ visibilityProperty: true }));
  getSelection().removeAllRanges();
  const findStart = performance.now();
  // find(string, caseSensitive, backwards, wrapAround), from the top of the page.
  const found = window.find(lastTitle, true, false, true);
  return {
    domNodes,
    domElements,
    lastTitleTextNodes: matches.length,
    lastTitleVisible: visible.length,
    windowFind: found,
    // It lays out whatever it searches, so on a long page the first search is slow.
    windowFindMs: performance.now() - findStart,
  };
};
