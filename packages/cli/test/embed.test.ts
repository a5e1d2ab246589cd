import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { escapeHtml } from '@parley/core/html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_ATTRIBUTE_VALUES } from '../src/commands/embed.js';
import { parley } from './run-parley.js';

const require = createRequire(import.meta.url);
const example = join(
  dirname(require.resolve('@parley/core/package.json')),
  'examples/istanbul-2025-06-02.json',
);
const widgetVersion = (require('@parley/widget/package.json') as { version: string }).version;

let dir: string;
let timeline: { id: string; title: string; events: { title: string }[] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-cli-embed-'));
  timeline = JSON.parse(await readFile(example, 'utf8')) as typeof timeline;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The snippet's parts: the script tag's attributes, the card's opening tag, its inline data. */
function pieces(snippet: string) {
  const script =
    /^<script src="([^"]+)"\n {2}integrity="([^"]+)"\n {2}crossorigin="anonymous"><\/script>\n/.exec(snippet);
  const card = /<parley-timeline([^>]*)>/.exec(snippet);
  const data = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet);
  return { url: script?.[1], integrity: script?.[2], attributes: card?.[1], data: data?.[1] };
}

describe('parley embed', () => {
  test('prints the pinned script tag with the integrity of the widget it ships with, the card, its data and fallback HTML', async () => {
    const ran = await parley(['embed', example]);
    expect(ran.exitCode).toBe(0);
    expect(ran.stderr).toBe('');
    const { url, integrity, attributes, data } = pieces(ran.stdout);
    expect(url).toBe(`https://unpkg.com/@parley/widget@${widgetVersion}/dist/parley-timeline.js`);
    const file = await readFile(require.resolve('@parley/widget/parley-timeline.js'));
    expect(integrity).toBe(`sha384-${createHash('sha384').update(file).digest('base64')}`);
    expect(attributes).toBe('');
    expect(JSON.parse(data!)).toEqual(timeline);
    // The fallback: every event, as static HTML inside the card, after the data.
    const inside = ran.stdout.slice(
      ran.stdout.indexOf('<parley-timeline'),
      ran.stdout.indexOf('</parley-timeline>'),
    );
    expect(inside).toContain('<section lang="en">');
    for (const event of timeline.events) expect(inside).toContain(`<h3>${escapeHtml(event.title)}</h3>`);
    expect(ran.stdout.trimEnd().endsWith('</parley-timeline>')).toBe(true);
  });

  test('no text in the data can close its script: </script appears only where the snippet closes one', async () => {
    const hostile = { ...timeline, title: 'Talks </script><script>alert(1)</script> <!--' };
    await writeFile(join(dir, 'hostile.json'), JSON.stringify(hostile));
    const ran = await parley(['embed', 'hostile.json'], { cwd: dir });
    expect(ran.exitCode).toBe(0);
    expect(ran.stdout.match(/<\/script/gi)).toHaveLength(2);
    expect(ran.stdout).not.toContain('<!--');
    expect(JSON.parse(pieces(ran.stdout).data!).title).toBe(hostile.title);
    expect(ran.stdout).toContain(`<h2>${escapeHtml(hostile.title)}</h2>`);
  });

  test('--src loads the data by URL instead of inline, and options become the card’s attributes', async () => {
    const ran = await parley([
      'embed',
      example,
      '--src',
      'https://data.example/talks.json?v=1&x="2"',
      '--theme',
      'auto',
      '--lang',
      'en-gb',
      '--density',
      'compact',
      '--order',
      'newest',
      '--filters',
      'off',
      '--heading-level',
      '3',
      '--cdn',
      'jsdelivr',
    ]);
    expect(ran.exitCode).toBe(0);
    const { url, attributes, data } = pieces(ran.stdout);
    expect(url).toBe(`https://cdn.jsdelivr.net/npm/@parley/widget@${widgetVersion}/dist/parley-timeline.js`);
    expect(attributes).toBe(
      ` src="${escapeHtml('https://data.example/talks.json?v=1&x="2"')}" theme="auto" lang="en-GB" density="compact" order="newest" filters="off" heading-level="3"`,
    );
    expect(data).toBeUndefined();
    // The fallback's headings follow the card's level.
    expect(ran.stdout).toContain(`<h3>${escapeHtml(timeline.title)}</h3>`);
    expect((await parley(['embed', example, '--src', '/data/talks.json'])).exitCode).toBe(0);
  });

  test.each([
    ['javascript:alert(1)'],
    ['data:application/json,{}'],
    ['//evil.example/talks.json'],
    ['file:///etc/passwd'],
    ['talks.json'],
  ])('refuses --src %s with what to give instead', async (src) => {
    expect(await parley(['embed', example, '--src', src])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `parley: --src must be an http(s) URL, received "${src}".\nGive an absolute http(s) URL (https://data.example/talks.json) or a path on the page’s site (/data/talks.json).\n`,
    });
  });

  test('refuses values the card does not take', async () => {
    expect((await parley(['embed', example, '--theme', 'sepia'])).stderr).toBe(
      'parley: Unknown --theme "sepia".\nUse --theme with one of: light, dark, auto.\n',
    );
    expect((await parley(['embed', example, '--lang', 'not a tag'])).stderr).toBe(
      'parley: --lang "not a tag" is not a language tag.\nFor example: --lang uk, --lang en-GB.\n',
    );
    expect((await parley(['embed', example, '--heading-level', '7'])).exitCode).toBe(2);
    expect((await parley(['embed', example, '--cdn', 'constructor'])).stderr).toContain(
      'Unknown --cdn "constructor".',
    );
    expect((await parley(['embed'])).stderr).toContain('Name one timeline to embed');
  });

  test('reports an invalid timeline with its line and column, and prints no snippet', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'id: t\ntitle: 5\nevents: []\n');
    const ran = await parley(['embed', 'broken.yaml', '-o', 'never.html'], { cwd: dir });
    expect(ran.exitCode).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain('broken.yaml:2:8  invalid_type  title');
    await expect(readFile(join(dir, 'never.html'))).rejects.toThrow(/ENOENT/);
  });

  test('-o writes the snippet to a file', async () => {
    const ran = await parley(['embed', example, '-o', 'snippet.html'], { cwd: dir });
    expect(ran).toEqual({ exitCode: 0, stdout: '', stderr: 'Wrote snippet.html\n' });
    expect(await readFile(join(dir, 'snippet.html'), 'utf8')).toBe((await parley(['embed', example])).stdout);
  });

  test('offers the values custom-elements.json lists for each attribute with a fixed set', async () => {
    const manifest = JSON.parse(
      await readFile(require.resolve('@parley/widget/custom-elements.json'), 'utf8'),
    ) as {
      modules: {
        declarations?: { tagName?: string; attributes?: { name: string; type?: { text?: string } }[] }[];
      }[];
    };
    const attributes = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'parley-timeline')!.attributes!;
    for (const [name, values] of Object.entries(CARD_ATTRIBUTE_VALUES)) {
      const type = attributes.find((attribute) => attribute.name === name)?.type?.text ?? '';
      const literals = [...type.matchAll(/'([^']*)'/g)].map(([, value]) => value);
      // `order` is typed by name (TimelineOrder); the others list their values.
      if (literals.length) expect(values, name).toEqual(literals);
      else expect(type, name).toMatch(/^TimelineOrder/);
    }
  });
});
