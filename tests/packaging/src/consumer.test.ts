// "Installing the npm library" and "embedding the script tag", as a user does them: pack the
// real tarballs, install them into a fresh project, and use them from Node, TypeScript and Chromium.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    [
      'pack',
      '--json',
      '--pack-destination',
      project,
      '-w',
      '@parley/core',
      '-w',
      '@parley/widget',
      '-w',
      '@parley/cli',
    ],
    repoRoot,
  );
  const tarballs = (JSON.parse(packed.stdout) as { filename: string }[]).map(
    (entry) => `./${entry.filename}`,
  );
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // Our packages come from the tarballs; their dependencies (zod, lit, yaml) from npm's cache or registry.
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
  issues:
    'events[0].date  ✖ There is no month 13 in "2025-13-01"; months run 01–12, and seasons 21–24 take no day. (invalid_date)',
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

  test('imports the jsonld and html subpaths, as ES modules and as CommonJS', async () => {
    const check = `
      const jsonLd = exportJsonLd(example, { url: 'https://news.example/talks' });
      const html = renderTimelineHtml(example);
      console.log(JSON.stringify({
        graph: jsonLd['@graph'].filter((node) => node['@type'] === 'Event').length,
        script: jsonLdScript(example).startsWith('<script type="application/ld+json">'),
        articles: html.match(/<article>/g).length,
        safe: stringifyJsonForScript({ t: '</script>' }),
      }));
    `;
    await writeFile(
      join(project, 'formats.mjs'),
      `import { exportJsonLd, jsonLdScript } from '@parley/core/jsonld';
       import { renderTimelineHtml, stringifyJsonForScript } from '@parley/core/html';
       import example from '@parley/core/examples/istanbul-2025-06-02.json' with { type: 'json' };
       ${check}`,
    );
    await writeFile(
      join(project, 'formats.cjs'),
      `const { exportJsonLd, jsonLdScript } = require('@parley/core/jsonld');
       const { renderTimelineHtml, stringifyJsonForScript } = require('@parley/core/html');
       const example = require('@parley/core/examples/istanbul-2025-06-02.json');
       ${check}`,
    );
    const example = JSON.parse(
      await readFile(join(project, 'node_modules/@parley/core/examples/istanbul-2025-06-02.json'), 'utf8'),
    ) as { events: unknown[] };
    const expected = {
      graph: example.events.length + 1,
      script: true,
      articles: example.events.length,
      safe: '{"t":"\\u003c/script\\u003e"}',
    };
    for (const file of ['formats.mjs', 'formats.cjs'])
      expect(JSON.parse((await runOk('node', [file], project)).stdout), file).toEqual(expected);
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
       import { exportJsonLd, type JsonLdDocument } from '@parley/core/jsonld';
       import { renderTimelineHtml } from '@parley/core/html';
       import { ParleyTimeline } from '@parley/widget';
       import '@parley/widget/define';

       const result = safeParseTimeline({});
       if (result.success) {
         const timeline: Timeline = result.data;
         const titles: string[] = timeline.events.map((event) => event.title);
         const jsonLd: JsonLdDocument = exportJsonLd(timeline, { url: 'https://news.example/' });
         const html: string = renderTimelineHtml(timeline, { headingLevel: 3 });
         void titles;
         void jsonLd;
         void html;
         // @ts-expect-error the heading level is a number
         renderTimelineHtml(timeline, { headingLevel: 'h3' });
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

describe('@parley/cli from the packed tarball', () => {
  const parley = (args: string[]) => run(join(project, 'node_modules/.bin/parley'), args, project);

  test('installs the parley bin, which validates the shipped JSON and YAML examples', async () => {
    const examples = 'node_modules/@parley/core/examples';
    const result = await parley([
      'validate',
      `${examples}/istanbul-2025-06-02.json`,
      `${examples}/istanbul-2025-06-02.yaml`,
    ]);
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        `✔ ${examples}/istanbul-2025-06-02.json: a valid timeline with 19 events\n` +
        `✔ ${examples}/istanbul-2025-06-02.yaml: a valid timeline with 19 events\n`,
      stderr: '✔ 2 files checked: 2 valid\n',
    });
  });

  test('writes a starter with init, and reports a broken file with its line and column', async () => {
    expect((await parley(['init', '--format', 'yaml', 'starter.yaml'])).exitCode).toBe(0);
    expect((await parley(['validate', 'starter.yaml'])).exitCode).toBe(0);
    await writeFile(
      join(project, 'broken.yaml'),
      'id: t\ntitle: T\nevents:\n  - { type: talks, id: a, date: 2025-13-01, title: x }\n',
    );
    const result = await parley(['validate', '--format', 'github', 'broken.yaml']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=broken\.yaml,line=4,col=33,title=invalid_date events\[0\]\.date::/,
    );
  });

  test('converts the shipped CSV example to the same timeline as the JSON one', async () => {
    const examples = 'node_modules/@parley/core/examples';
    const result = await parley([
      'convert',
      `${examples}/istanbul-2025-06-02.csv`,
      '--to',
      'json',
      '-o',
      'from-csv.json',
    ]);
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: 'Wrote from-csv.json\n' });
    expect(JSON.parse(await readFile(join(project, 'from-csv.json'), 'utf8'))).toEqual(
      JSON.parse(await readFile(join(project, `${examples}/istanbul-2025-06-02.json`), 'utf8')),
    );
  });

  test('imports TimelineJS3 JSON, with a warning for what it leaves out, and writes YAML that validates', async () => {
    await writeFile(
      join(project, 'knightlab.json'),
      JSON.stringify({
        title: { text: { headline: 'Talks <em>timeline</em>', text: '<p>Round by round.</p>' } },
        events: [
          {
            start_date: { year: '2025', month: '5', day: '16' },
            text: { headline: 'First round' },
            group: 'talks',
          },
          { start_date: { year: '2025', month: '6', day: '2' }, text: { headline: 'Second <b>round</b>' } },
        ],
        eras: [{ start_date: { year: '2025' }, end_date: { year: '2025' }, text: { headline: 'Spring' } }],
      }),
    );
    const result = await parley([
      'convert',
      '--from',
      'timelinejs',
      'knightlab.json',
      '--to',
      'yaml',
      '-o',
      'knightlab.yaml',
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('knightlab.json  not_mapped  eras[0]');
    expect(result.stderr).toContain('Wrote knightlab.yaml');
    const yaml = await readFile(join(project, 'knightlab.yaml'), 'utf8');
    expect(yaml).toContain('title: Talks timeline');
    expect(yaml).toContain('title: Second round');
    expect((await parley(['validate', 'knightlab.yaml'])).stdout).toBe(
      '✔ knightlab.yaml: a valid timeline with 2 events (2 warnings)\n',
    );
  });

  test('prints the JSON Schema of the installed @parley/core', async () => {
    const result = await parley(['schema']);
    expect(result.stdout).toBe(
      await readFile(join(project, 'node_modules/@parley/core/schema.json'), 'utf8'),
    );
  });
});

/** The attributes custom-elements.json gives the element, with their types. */
async function manifestAttributes(): Promise<{ name: string; type?: { text?: string } }[]> {
  const manifest = JSON.parse(
    await readFile(join(project, 'node_modules/@parley/widget/custom-elements.json'), 'utf8'),
  ) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'parley-timeline');
  return element?.attributes ?? [];
}

describe('@parley/widget/jsx in a React 19 app, from the packed tarball', () => {
  beforeAll(async () => {
    // As `npm install -D @types/react@19` would, without the network: the copy tests/packaging
    // depends on. TypeScript follows the link to its real place, where csstype sits beside it.
    const types = dirname(
      createRequire(join(repoRoot, 'tests/packaging/package.json')).resolve('@types/react/package.json'),
    );
    await mkdir(join(project, 'node_modules/@types'), { recursive: true });
    await symlink(types, join(project, 'node_modules/@types/react'), 'dir');
  });

  test('types <parley-timeline> in TSX: its attributes, properties, ref and parley-error', async () => {
    // Every attribute whose type is a union of strings takes its first value and refuses any
    // other: attributes added later (theme, density, …) are checked with no edit here.
    const unions = (await manifestAttributes()).flatMap(({ name, type }) => {
      const values = type?.text?.split('|').map((value) => value.trim()) ?? [];
      const literals = values.filter((value) => value !== 'undefined');
      return literals.length > 1 && literals.every((value) => /^'[^']*'$/.test(value))
        ? [{ name, value: literals[0]!.slice(1, -1) }]
        : [];
    });
    await writeFile(
      join(project, 'tsconfig.react.json'),
      JSON.stringify({
        // What a Vite React app's tsconfig sets, plus exactOptionalPropertyTypes.
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          jsx: 'react-jsx',
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          types: [],
        },
        files: ['app.tsx', 'reference.tsx'],
      }),
    );
    await writeFile(
      join(project, 'app.tsx'),
      `import type {} from '@parley/widget/jsx';
       import type { ParleyTimelineProps } from '@parley/widget/jsx';
       import type { ParleyErrorEvent, ParleyTimeline } from '@parley/widget';
       import { useRef } from 'react';

       export function Story({ url }: { url: string | undefined }) {
         const card = useRef<ParleyTimeline>(null);
         const props: ParleyTimelineProps = { src: '/talks.json', timeout: 5000 };
         return (
           <>
             <parley-timeline
               ref={card}
               src={url}
               timeout={5000}
               max-bytes={100_000}
               className="card"
               id="talks"
               onparley-error={(event) => {
                 const typed: ParleyErrorEvent = event;
                 const code: string | undefined = event.issues[0]?.code;
                 void typed;
                 void code;
               }}
             >
               <ul><li>Fallback for readers without the card</li></ul>
             </parley-timeline>
             <parley-timeline timeline={{ id: 't', title: 'T', events: [] }} maxBytes={1000} {...props} />
             ${unions.map(({ name, value }) => `<parley-timeline ${name}="${value}" />`).join('\n             ')}

             {/* The types are real, not any: each of these must be a type error. TypeScript
                 reports a bad hyphenated prop at the tag, so each sits on one line. */}
             {/* @ts-expect-error src is a URL string, not a number */}
             <parley-timeline src={42} />
             {/* @ts-expect-error timeout is a number of milliseconds */}
             <parley-timeline timeout="soon" />
             {/* @ts-expect-error max-bytes is a number */}
             <parley-timeline max-bytes={true} />
             {/* @ts-expect-error there is no "source" attribute (src is) */}
             <parley-timeline source="/talks.json" />
             {/* @ts-expect-error parley-error listeners get a ParleyErrorEvent, not a MouseEvent */}
             <parley-timeline onparley-error={(event: MouseEvent) => void event.clientX} />
             {/* @ts-expect-error the ref is a <parley-timeline>, not a <div> */}
             <parley-timeline ref={useRef<HTMLDivElement>(null)} />
             ${unions
               .map(
                 ({ name }) =>
                   `{/* @ts-expect-error ${name} takes only the values custom-elements.json lists */}
             <parley-timeline ${name}="not-a-${name}" />`,
               )
               .join('\n             ')}
           </>
         );
       }
      `,
    );
    // The other way in: a triple-slash reference instead of an import.
    await writeFile(
      join(project, 'reference.tsx'),
      `/// <reference types="@parley/widget/jsx" />
       export const Card = () => <parley-timeline src="/talks.json" />;
      `,
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await run('node', [tsc, '-p', 'tsconfig.react.json'], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    // Two type-checks of a React project: over a minute when the 2-core machine is busy.
  }, 180_000);

  test('React 19 does what the types say: sets the timeline property and hears onparley-error', async () => {
    // The typings promise that React sets `timeline` as a property (not an attribute) and
    // listens to `parley-error` for `onparley-error`; this renders such an app in Chromium.
    await writeFile(
      join(project, 'react-app.tsx'),
      `import '@parley/widget/define';
       import type {} from '@parley/widget/jsx';
       import { createRoot } from 'react-dom/client';

       const heard: string[] = [];
       Object.assign(window, { heard });
       createRoot(document.getElementById('root')!).render(
         <>
           <parley-timeline
             id="good"
             max-bytes={1000}
             timeline={{ id: 't', title: 'From React', events: [{ type: 'talks', id: 'r', date: '2025-06-02', title: 'Round 2' }] }}
           />
           <parley-timeline id="bad" timeline={{ id: 't' }} onparley-error={(event) => heard.push(event.type)} />
         </>,
       );
      `,
    );
    const result = await build({
      entryPoints: [join(project, 'react-app.tsx')],
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      // react and react-dom come from the repository's node_modules, as tests/packaging has them.
      nodePaths: [join(repoRoot, 'node_modules')],
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    await writeFile(join(project, 'react-app.js'), result.outputFiles[0]!.contents);
    await writeFile(
      join(project, 'react.html'),
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>React</title><link rel="icon" href="data:,"></head>' +
        '<body><div id="root"></div><script type="module" src="/react-app.js"></script></body></html>',
    );
    const { server, url } = await serveDirectory(project);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${url}react.html`);
      const header = page.locator('#good [part~="header"]');
      await header.waitFor();
      expect(await header.textContent()).toContain('From React');
      expect(await page.locator('#good [part~="item"]').count()).toBe(1);
      expect(await page.locator('#good').getAttribute('max-bytes')).toBe('1000');
      await page.locator('#bad [part~="error"]').waitFor();
      expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([
        'parley-error',
      ]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
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
    const title = page.locator('parley-timeline [part~="title"]');
    await title.waitFor();
    expect((await title.textContent())?.trim()).toBe('Istanbul talks');
    const events = await page.locator('parley-timeline [part~="event-title"]').allTextContents();
    expect(events.map((text) => text.trim())).toEqual(['First round', 'Second round']);
    expect(await page.locator('parley-timeline [part~="day-heading"] time').first().textContent()).toBe(
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

describe('the snippet `parley embed` prints, from the packed tarballs', () => {
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

  /** The snippet, with the CDN (out of reach here) swapped for the same installed file, served locally. */
  async function snippetPage(name: string, edit: (snippet: string) => string = (snippet) => snippet) {
    const embed = await run(
      join(project, 'node_modules/.bin/parley'),
      ['embed', 'node_modules/@parley/core/examples/istanbul-2025-06-02.json'],
      project,
    );
    expect(embed.exitCode).toBe(0);
    const local = embed.stdout.replace(
      /https:\/\/unpkg\.com\/@parley\/widget@[^/]+\/dist\/parley-timeline\.js/,
      '/node_modules/@parley/widget/dist/parley-timeline.js',
    );
    expect(local).not.toBe(embed.stdout);
    await writeFile(
      join(project, name),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Embed</title><link rel="icon" href="data:,"></head><body>${edit(local)}</body></html>`,
    );
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${url}${name}`);
    return { page, problems };
  }

  test('loads the script tag under its integrity and shows the card instead of the fallback', async () => {
    const { page, problems } = await snippetPage('embed.html');
    const title = page.locator('parley-timeline [part~="title"]');
    await title.waitFor();
    expect((await title.textContent())?.trim()).toBe('Ukraine–Russia talks in Istanbul, 2 June 2025');
    expect(await page.locator('parley-timeline > section').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('with a wrong integrity the browser refuses the script, and readers get the fallback', async () => {
    const { page, problems } = await snippetPage('embed-tampered.html', (snippet) =>
      snippet.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`),
    );
    await page.locator('parley-timeline > section h2').waitFor();
    expect(await page.locator('parley-timeline > section').isVisible()).toBe(true);
    expect(await page.evaluate(() => customElements.get('parley-timeline'))).toBeUndefined();
    expect(problems.join('\n')).toMatch(/integrity/i);
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
      const title = page.locator('news-timeline [part~="title"]');
      await title.waitFor();
      expect((await title.textContent())?.trim()).toBe('Bundled');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
