// "Installing the npm library" and "embedding the script tag", as a user does them: pack the
// real tarballs, install them into a fresh project, and use them from Node, TypeScript and Chromium.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from 'esbuild';
import { launchChromium, repoRoot, run, runOk, serveDirectory } from './helpers.js';

let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'parley-consumer-'));
  const packed = await runOk(
    'npm',
    ['pack', '--json', '--pack-destination', project, '-w', '@parley/core', '-w', '@parley/widget'],
    repoRoot,
  );
  const tarballs = (JSON.parse(packed.stdout) as { filename: string }[]).map(
    (entry) => `./${entry.filename}`,
  );
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // Our packages come from the tarballs; their dependencies (zod, lit) from npm's cache or registry.
  await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], project);
});

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

const EXAMPLE_CHECK = `
  const result = safeParseTimeline(example);
  const broken = safeParseTimeline({ id: 't', title: 'T', events: [{ type: 'context', id: 'a', date: '2025-13-01', title: 'x' }] });
  console.log(JSON.stringify({
    title: parseTimeline(example).title,
    valid: result.success,
    issues: broken.success ? [] : formatIssues(broken.error.issues),
  }));
`;

const EXPECTED_OUTPUT = {
  title: 'Ukraine–Russia talks in Istanbul, 2 June 2025',
  valid: true,
  issues: 'events[0].date  ✖ There is no month 13 in "2025-13-01"; months run 01–12. (invalid_date)',
};

describe('@parley/core from the packed tarball', () => {
  test('imports as an ES module', async () => {
    await writeFile(
      join(project, 'esm.mjs'),
      `import { parseTimeline, safeParseTimeline, formatIssues } from '@parley/core';
       import example from '@parley/core/examples/istanbul-2025-06-02.json' with { type: 'json' };
       ${EXAMPLE_CHECK}`,
    );
    const { stdout } = await runOk('node', ['esm.mjs'], project);
    expect(JSON.parse(stdout)).toEqual(EXPECTED_OUTPUT);
  });

  test('requires as CommonJS', async () => {
    await writeFile(
      join(project, 'cjs.cjs'),
      `const { parseTimeline, safeParseTimeline, formatIssues } = require('@parley/core');
       const example = require('@parley/core/examples/istanbul-2025-06-02.json');
       ${EXAMPLE_CHECK}`,
    );
    const { stdout } = await runOk('node', ['cjs.cjs'], project);
    expect(JSON.parse(stdout)).toEqual(EXPECTED_OUTPUT);
  });

  test('type-checks a TypeScript consumer against the shipped types', async () => {
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
        },
        files: ['consumer.mts'],
      }),
    );
    await writeFile(
      join(project, 'consumer.mts'),
      `import { safeParseTimeline, type Timeline, type ParleyIssue } from '@parley/core';
       import { ParleyTimeline } from '@parley/widget';
       import '@parley/widget/define';

       const result = safeParseTimeline({});
       if (result.success) {
         const timeline: Timeline = result.data;
         const titles: string[] = timeline.events.map((event) => event.title);
         void titles;
       } else {
         const issue: ParleyIssue = result.error.issues[0];
         void issue.path;
       }
       const card: ParleyTimeline = document.createElement('parley-timeline');
       card.timeline = { id: 't', title: 'T', events: [] };
       ParleyTimeline.define('my-timeline');

       // The shipped types are real, not \`any\`: each of these must be a type error.
       // @ts-expect-error events hold objects, not strings
       const wrong: Timeline = { id: 't', title: 'T', events: ['a'] };
       // @ts-expect-error a failed result has no data
       if (!result.success) void result.data;
       void wrong;
      `,
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await run('node', [tsc, '-p', 'tsconfig.json'], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});

describe('@parley/widget by a script tag, from the packed tarball', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await serveDirectory(project));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('renders a timeline on a static page with nothing else on it', async () => {
    await writeFile(
      join(project, 'index.html'),
      `<!doctype html>
       <html lang="en-GB"><head><meta charset="utf-8"><title>Embed</title><link rel="icon" href="data:,">
       <script src="/node_modules/@parley/widget/dist/parley-timeline.js"></script></head>
       <body>
         <parley-timeline>
           <script type="application/json">
             {"id": "t", "title": "Istanbul talks", "events": [
               {"type": "talks", "id": "r2", "date": "2025-06-02", "title": "Second round"},
               {"type": "talks", "id": "r1", "date": "2025-05-16", "title": "First round"}
             ]}
           </script>
         </parley-timeline>
       </body></html>`,
    );
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url);
    const title = page.locator('parley-timeline h2');
    await title.waitFor();
    expect(await title.textContent()).toBe('Istanbul talks');
    expect(await page.locator('parley-timeline [part~="item"] h3').allTextContents()).toEqual([
      'First round',
      'Second round',
    ]);
    expect(await page.locator('parley-timeline [part~="item"] time').first().textContent()).toBe(
      '16 May 2025',
    );
    // The span is an Intl range; ICU versions differ in the spaces around the dash.
    expect(await page.locator('parley-timeline [part~="span"] time').textContent()).toMatch(
      /^16 May\s–\s2 June 2025$/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('@parley/widget from a bundler, from the packed tarball', () => {
  test('bundles the element class from the package entry and registers it under a new tag', async () => {
    await writeFile(
      join(project, 'app.mjs'),
      `import { ParleyTimeline } from '@parley/widget';
       ParleyTimeline.define('news-timeline');
       const card = document.createElement('news-timeline');
       card.timeline = { id: 't', title: 'Bundled', events: [{ type: 'talks', id: 'r', date: '2025-06-02', title: 'Round 2' }] };
       document.body.append(card);`,
    );
    // esbuild stands in for any bundler: it resolves through the package's exports map.
    const result = await build({
      entryPoints: [join(project, 'app.mjs')],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules/@parley/widget/dist/'))).toBe(true);
    expect(inputs.filter((input) => input.endsWith('lit-html/lit-html.js'))).toHaveLength(1);
    await writeFile(join(project, 'app.js'), result.outputFiles[0]!.contents);
    await writeFile(
      join(project, 'app.html'),
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>App</title><link rel="icon" href="data:,"></head>' +
        '<body><script type="module" src="/app.js"></script></body></html>',
    );
    const { server, url } = await serveDirectory(project);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${url}app.html`);
      const title = page.locator('news-timeline h2');
      await title.waitFor();
      expect(await title.textContent()).toBe('Bundled');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
