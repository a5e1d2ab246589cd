// Served as /render-page.js after the script tag under test, on a page with an empty body; run by
// scripts/bench/measure-render.mjs through `parleyRender(count, mode)`. Plain browser JavaScript,
// not bundled. It relies only on the element's public contract: the `parley-timeline` tag, the
// `timeline` property or a child `<script type="application/json">`, and an open shadow root with
// one `[part~="item"]` per event; never on internal classes or markup.

// Tasks of 50 ms or more, from page start; the run keeps those that overlap its own span.
const longTasks = [];
const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
longTaskObserver.observe({ type: 'longtask', buffered: true });

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves in a task of its own, after whatever rendering the current frame does. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(undefined);
  });

/** The first contentful paint: the body is empty until the card renders, so it is the card's. */
function firstContentfulPaint() {
  return performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
}

globalThis.parleyRender = async (count, mode) => {
  if (!customElements.get('parley-timeline'))
    throw new Error('The script tag did not define <parley-timeline>.');
  // Fetched and decoded before the clock starts: a page has its data as an object (or the text
  // in the element's child script) before it hands it to the card.
  const text = await (await fetch(`/data/${count}.json`)).text();
  const data = JSON.parse(text);
  // Start in a task of its own, after a frame, so nothing of the above is counted.
  await nextFrame();
  await nextTask();

  const started = performance.now();
  const element = document.createElement('parley-timeline');
  if (mode === 'property') element.timeline = data;
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    element.append(script);
  }
  document.body.append(element);

  // Lit's update promise, then frame by frame until every event is in the DOM: a card that
  // renders in chunks is done only when the last chunk is.
  const items = () => element.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
  await element.updateComplete;
  while (items() < count) {
    if (element.shadowRoot?.querySelector('[part~="error"]'))
      throw new Error(`The card shows an error: ${element.shadowRoot.textContent.trim().slice(0, 300)}`);
    if (performance.now() - started > 60_000)
      throw new Error(`Only ${items()} of ${count} events after 60 s.`);
    await nextFrame();
  }
  const inDom = performance.now();
  if (items() !== count) throw new Error(`${items()} [part~="item"] for ${count} events.`);
  // The frame that shows them: its animation frame callbacks run before its style, layout and
  // paint, and a task posted from there runs once the main thread has painted it.
  await nextFrame();
  await nextTask();
  const painted = performance.now();

  // Long task and paint entries are delivered asynchronously; give them a few frames.
  for (let frame = 0; frame < 5 && firstContentfulPaint() === undefined; frame++) await nextFrame();
  await nextTask();
  longTasks.push(...longTaskObserver.takeRecords());
  const during = longTasks.filter(
    (task) => task.startTime < painted && task.startTime + task.duration > started,
  );
  const fcp = firstContentfulPaint();
  return {
    ms: painted - started,
    inDomMs: inDom - started,
    firstPaintMs: fcp !== undefined && fcp >= started ? fcp - started : undefined,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    longTasks: during.length,
  };
};
