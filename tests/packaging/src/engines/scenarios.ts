// Runs page scenarios in every engine (Chromium, Firefox ESR, WebKitGTK): each scenario is a page,
// served from 127.0.0.1 under the strict CSP with the built script tag, plus assertions on it.
// After a scenario's own assertions, the harness asserts that the page recorded no CSP or Trusted
// Types violation, no error and no dialog (or exactly the ones the scenario expects).
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';
import { STRICT_CSP } from '../strict-csp.js';
import { engines, type EnginePage, type RunningEngine } from './index.js';

export interface Scenario {
  /** The test's name, the same in every engine. */
  name: string;
  /** The `<html lang>` attribute; default "en-GB". */
  lang?: string;
  /** The `<html dir>` attribute; none by default. */
  dir?: 'ltr' | 'rtl';
  /**
   * What goes in `<head>` after the recorder. Default: the script tag,
   * `<script src="/parley-timeline.js"></script>`. Give '' to load it elsewhere.
   */
  head?: string;
  /** The `<body>`; `card(data)` writes a `<parley-timeline>` with inline data. */
  body: string;
  /** JSON files the server also answers, by path, e.g. `{ '/talks.json': timeline }`. */
  json?: Record<string, unknown>;
  /**
   * JSON files that change, as a live story's do: each browser gets the first version on its first
   * request for the path and the second from then on (told apart by their User-Agent).
   */
  versions?: Record<string, [unknown, unknown]>;
  /**
   * The page is sent up to the first place this text stands, and the rest half a second later, as
   * a slow network delivers a long page: the browser's parser stops there meanwhile.
   */
  pauseAt?: string;
  /** Assertions on the loaded page. */
  check(page: ScenarioPage): Promise<void>;
  /** What the recorder must have seen by the end, in order; default none. */
  expectedProblems?: string[];
}

export interface ScenarioPage {
  /** Engine and version, e.g. "WebKitGTK 2.50.6", for messages. */
  engine: string;
  /**
   * Runs `fn` in the page with JSON `args` and resolves with its JSON result (awaited). `fn` is
   * sent as source, so it cannot use variables from the test: pass them as `args`.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Polls `fn` until it returns something truthy, and resolves with that (10 s at most). */
  waitFor<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Waits until the first `<parley-timeline>` shows `selector` in its shadow root (default: its title). */
  waitForCard(selector?: string): Promise<void>;
  /**
   * The text of each match of `selector` in the first `<parley-timeline>`'s shadow root, with
   * white space collapsed as a reader sees it. Select by `part`, the card's styling API, which
   * changes less often than its markup: `[part~="title"]`, `[part~="event-title"]`.
   */
  cardTexts(selector: string): Promise<(string | null)[]>;
  /** The text of the first match of `selector` in that shadow root, or null. */
  cardText(selector: string): Promise<string | null>;
  /** What the recorder saw so far: "csp: <directive> <blocked URI>", "error: …", "alert: …" and so on. */
  problems(): Promise<string[]>;
}

/** A `<parley-timeline>` with `data` inline, escaped as a page would escape JSON in HTML. */
/** The path of every file the page fetched, the script tag's on-demand files among them. */
export const fetchedPaths = (page: ScenarioPage) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

export const card = (data: unknown, attributes = '') =>
  `<parley-timeline${attributes ? ` ${attributes}` : ''}><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></parley-timeline>`;

const DIST = join(repoRoot, 'packages/widget/dist');
const BUNDLE = join(DIST, 'parley-timeline.js');
const RECORDER = join(import.meta.dirname, 'recorder.js');

function pagePath(index: number, scenario: Scenario): string {
  return `/${index}-${scenario.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.html`;
}

function pageHtml(scenario: Scenario): string {
  const attributes = [`lang="${scenario.lang ?? 'en-GB'}"`, scenario.dir ? `dir="${scenario.dir}"` : '']
    .filter(Boolean)
    .join(' ');
  const title = scenario.name.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html ${attributes}><head><meta charset="utf-8"><title>${title}</title>
    <script src="/recorder.js"></script>${scenario.head ?? '<script src="/parley-timeline.js"></script>'}
    </head><body>${scenario.body}</body></html>`;
}

/**
 * Serves the bundle, the files it imports next to itself (parley-timeline.uk.js, …messages.uk.js…), the
 * recorder and the scenario pages, every response under the strict CSP. Files are read once, so
 * a rebuild during the run does not change what the pages get.
 */
async function serve(scenarios: Scenario[]): Promise<{ server: Server; origin: string }> {
  if (!existsSync(BUNDLE))
    throw new Error(
      `${BUNDLE} is missing: build it (npx turbo run build --filter=@parley/widget), or run npm test.`,
    );
  const scriptTag = (await readdir(DIST)).filter((name) => /^parley-timeline(\.[\w-]+)*\.js$/.test(name));
  const files = new Map<string, [string, string | Buffer]>([
    ...(await Promise.all(
      scriptTag.map(async (name): Promise<[string, [string, Buffer]]> => [
        `/${name}`,
        ['text/javascript', await readFile(join(DIST, name))],
      ]),
    )),
    ['/recorder.js', ['text/javascript', await readFile(RECORDER)]],
    ...scenarios.map((scenario, index): [string, [string, string]] => [
      pagePath(index, scenario),
      ['text/html; charset=utf-8', pageHtml(scenario)],
    ]),
    ...scenarios.flatMap((scenario) =>
      Object.entries(scenario.json ?? {}).map(([path, data]): [string, [string, string]] => [
        path,
        ['application/json', JSON.stringify(data)],
      ]),
    ),
  ]);
  const versions = new Map(scenarios.flatMap((scenario) => Object.entries(scenario.versions ?? {})));
  const pauses = new Map(
    scenarios.flatMap((scenario, index) =>
      scenario.pauseAt ? [[pagePath(index, scenario), scenario.pauseAt] as const] : [],
    ),
  );
  const askedBefore = new Set<string>(); // `${user agent} ${path}`
  const server = createServer((request, response) => {
    // The path alone, so "/parley-timeline.js?again" is the bundle too.
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const changing = versions.get(path);
    const asker = `${request.headers['user-agent']} ${path}`;
    // Under /alone/, the script tag without the files it imports beside itself, as a page that
    // copied only parley-timeline.js gets it.
    const file: [string, string | Buffer] | undefined = changing
      ? ['application/json', JSON.stringify(changing[askedBefore.has(asker) ? 1 : 0])]
      : path === '/alone/parley-timeline.js'
        ? files.get('/parley-timeline.js')
        : files.get(path);
    if (changing) askedBefore.add(asker);
    response.setHeader('content-security-policy', STRICT_CSP);
    const pause = pauses.get(path);
    if (file && pause) {
      const text = String(file[1]);
      const at = text.indexOf(pause);
      response.setHeader('content-type', file[0]).write(text.slice(0, at));
      setTimeout(() => response.end(text.slice(at)), 500);
    } else if (file) response.setHeader('content-type', file[0]).end(file[1]);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

function scenarioPage(engine: string, page: EnginePage): ScenarioPage {
  const evaluate: ScenarioPage['evaluate'] = async (fn, ...args) => {
    // Stringified on the page, so every engine hands back the same JSON (undefined included).
    const expression = `Promise.resolve((${fn.toString()})(...${JSON.stringify(args)})).then((value) => JSON.stringify({ value }))`;
    return (JSON.parse((await page.evaluate(expression)) as string) as { value: never }).value;
  };
  const problems = () => evaluate(() => (window as unknown as { __recorded?: string[] }).__recorded ?? []);
  const self: ScenarioPage = {
    engine,
    evaluate,
    async waitFor(fn, ...args) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const value = await evaluate(fn, ...args);
        if (value) return value;
        if (Date.now() > deadline)
          throw new Error(
            `${engine}: waited 10 s for ${fn.toString()}; the page recorded ${JSON.stringify(await problems())}`,
          );
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async waitForCard(selector = '[part~="title"]') {
      await self.waitFor(
        (selector) => !!document.querySelector('parley-timeline')?.shadowRoot?.querySelector(selector),
        selector,
      );
    },
    cardTexts: (selector) =>
      evaluate(
        (selector) =>
          [...(document.querySelector('parley-timeline')?.shadowRoot?.querySelectorAll(selector) ?? [])].map(
            (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? null,
          ),
        selector,
      ),
    cardText: async (selector) => (await self.cardTexts(selector))[0] ?? null,
    problems,
  };
  return self;
}

/**
 * One describe block per engine, each with one test per scenario. Adding a scenario to `scenarios`
 * runs it in every engine. Engines run one after another; within one, scenarios run in order.
 */
export function describeInEveryEngine(title: string, scenarios: Scenario[]): void {
  describe(title, () => {
    // Promises that each test awaits, rather than a beforeAll that throws: a missing bundle or
    // engine then fails the tests that need it, saying why, instead of skipping them.
    let site: Promise<{ server: Server; origin: string }>;
    const launches = new Map<string, Promise<RunningEngine>>();

    beforeAll(() => {
      site = serve(scenarios);
      site.catch(() => {}); // reported by the tests
      // Start every engine at once, so their start-ups overlap; each test awaits only its own.
      for (const engine of engines) {
        const launch = engine.launch();
        launch.catch(() => {}); // reported by that engine's tests
        launches.set(engine.name, launch);
      }
    });

    afterAll(async () => {
      await Promise.allSettled([
        ...[...launches.values()].map(async (launch) => (await launch).close()),
        site.then(({ server }) => server.close()),
      ]);
    });

    for (const engine of engines) {
      describe(engine.name, () => {
        let announced = false;
        scenarios.forEach((scenario, index) => {
          test(scenario.name, async () => {
            const { origin } = await site;
            const running = await launches.get(engine.name)!;
            if (!announced) console.log(`engine: ${engine.name} ${running.version}`);
            announced = true;
            const page = await running.open(origin + pagePath(index, scenario));
            try {
              const scenarioView = scenarioPage(`${engine.name} ${running.version}`, page);
              await scenario.check(scenarioView);
              expect(
                await scenarioView.problems(),
                `CSP violations, errors and dialogs in ${engine.name} ${running.version}`,
              ).toEqual(scenario.expectedProblems ?? []);
            } finally {
              await page.close();
            }
          });
        });
      });
    }
  });
}
