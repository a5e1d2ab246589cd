import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeHtml } from '@parley/core/html';
import { parley } from './run-parley.js';

const require = createRequire(import.meta.url);
const version = (require('../package.json') as { version: string }).version;
const COMMANDS = ['validate', 'convert', 'embed', 'schema', 'init'];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-cli-commands-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('parley', () => {
  test('--version prints the package version', async () => {
    expect(await parley(['--version'])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('--help lists every command, with examples', async () => {
    const ran = await parley(['--help']);
    expect(ran.exitCode).toBe(0);
    for (const command of COMMANDS) expect(ran.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    expect(ran.stdout).toContain('Examples:\n  parley ');
  });

  test.each(COMMANDS)('%s --help shows its usage and examples', async (command) => {
    const ran = await parley([command, '--help']);
    expect(ran.exitCode).toBe(0);
    expect(ran.stdout).toMatch(new RegExp(`^Usage: parley ${command} `));
    expect(ran.stdout).toMatch(new RegExp(`Examples:\\n  parley ${command}`));
    expect((await parley(['help', command])).stdout).toBe(ran.stdout);
  });

  test('with no command, prints the help and exits 2', async () => {
    const ran = await parley([]);
    expect(ran.exitCode).toBe(2);
    expect(ran.stdout).toContain('Usage: parley <command>');
  });

  test('an unknown command or option is a usage error: exit 2, and what to do', async () => {
    expect(await parley(['check', 'a.json'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'parley: Unknown command "check".\nThe commands are: validate, convert, embed, schema, init. See `parley --help`.\n',
    });
    expect(await parley(['validate', '--strict', 'a.json'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "parley: Unknown option '--strict'.\nSee `parley validate --help`.\n",
    });
    expect((await parley(['validate'])).stderr).toContain('Name at least one file to validate');
    expect((await parley(['validate', '--format', 'xml', 'a.json'])).stderr).toContain(
      'parley: Unknown report format "xml".',
    );
    expect((await parley(['validate', '--from', 'xml', 'a.json'])).exitCode).toBe(2);
  });
});

describe('parley schema', () => {
  test('prints the JSON Schema that @parley/core ships', async () => {
    const ran = await parley(['schema']);
    expect(ran.exitCode).toBe(0);
    const shipped = await readFile(require.resolve('@parley/core/schema.json'), 'utf8');
    expect(ran.stdout).toBe(shipped);
    expect(JSON.parse(ran.stdout)).toMatchObject({ title: 'Parley timeline' });
  });

  test('-o writes it to a file', async () => {
    const ran = await parley(['schema', '-o', 'schema.json'], { cwd: dir });
    expect(ran).toEqual({ exitCode: 0, stdout: '', stderr: 'Wrote schema.json\n' });
    expect(JSON.parse(await readFile(join(dir, 'schema.json'), 'utf8'))).toMatchObject({
      title: 'Parley timeline',
    });
  });
});

describe('parley init', () => {
  test('writes timeline.json, which validates with no warnings', async () => {
    const ran = await parley(['init'], { cwd: dir });
    expect(ran).toEqual({
      exitCode: 0,
      stdout: 'Wrote timeline.json. Edit it, then check it with: parley validate timeline.json\n',
      stderr: '',
    });
    expect(await parley(['validate', 'timeline.json'], { cwd: dir })).toEqual({
      exitCode: 0,
      stdout: '✔ timeline.json: a valid timeline with 2 events\n',
      stderr: '',
    });
  });

  test('--format yaml writes timeline.yaml with a schema comment, which validates too', async () => {
    expect((await parley(['init', '--format', 'yaml'], { cwd: dir })).exitCode).toBe(0);
    const text = await readFile(join(dir, 'timeline.yaml'), 'utf8');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/@parley\/core\/schema\.json\n/,
    );
    expect((await parley(['validate', 'timeline.yaml'], { cwd: dir })).stdout).toBe(
      '✔ timeline.yaml: a valid timeline with 2 events\n',
    );
  });

  test('keeps an existing file unless --force is given', async () => {
    await writeFile(join(dir, 'mine.yml'), 'mine\n');
    const kept = await parley(['init', 'mine.yml'], { cwd: dir });
    expect(kept).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'parley: mine.yml already exists.\nName another file, or add --force to overwrite it.\n',
    });
    expect(await readFile(join(dir, 'mine.yml'), 'utf8')).toBe('mine\n');
    expect((await parley(['init', '--force', 'mine.yml'], { cwd: dir })).exitCode).toBe(0);
    expect((await parley(['validate', 'mine.yml'], { cwd: dir })).exitCode).toBe(0);
  });
});

describe('parley convert', () => {
  const example = join(
    dirname(require.resolve('@parley/core/package.json')),
    'examples/istanbul-2025-06-02.json',
  );

  test.each(['yaml', 'csv', 'json'])(
    '--to %s writes a file that validates to the same timeline',
    async (format) => {
      const out = `converted.${format}`;
      expect(await parley(['convert', example, '--to', format, '-o', out], { cwd: dir })).toEqual({
        exitCode: 0,
        stdout: '',
        stderr: `Wrote ${out}\n`,
      });
      const back = await parley(['convert', out, '--to', 'json'], { cwd: dir });
      expect(back.exitCode).toBe(0);
      expect(JSON.parse(back.stdout)).toEqual(JSON.parse(await readFile(example, 'utf8')));
    },
  );

  test('refuses an invalid timeline with its issues, and writes nothing', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'id: t\ntitle: 5\nevents: []\n');
    const ran = await parley(['convert', 'broken.yaml', '--to', 'json', '-o', 'never.json'], { cwd: dir });
    expect(ran.exitCode).toBe(1);
    expect(ran.stderr).toContain('broken.yaml:2:8  invalid_type  title');
    await expect(readFile(join(dir, 'never.json'))).rejects.toThrow(/ENOENT/);
  });

  test('--to jsonld writes schema.org JSON-LD with an Event per event, ids under --url', async () => {
    const timeline = JSON.parse(await readFile(example, 'utf8')) as { id: string; events: { id: string }[] };
    const page = 'https://news.example/talks';
    const ran = await parley(['convert', example, '--to', 'jsonld', '--url', page]);
    expect(ran.exitCode).toBe(0);
    const document = JSON.parse(ran.stdout) as {
      '@context': string;
      '@graph': { '@id': string; '@type': string }[];
    };
    expect(document['@context']).toBe('https://schema.org');
    const events = document['@graph'].filter((node) => node['@type'] === 'Event').map((node) => node['@id']);
    expect(events).toEqual([
      `${page}#parley-${timeline.id}`,
      ...timeline.events.map((event) => `${page}#parley-${timeline.id}-${event.id}`),
    ]);
  });

  test('--url must be an http(s) page, and only with --to jsonld', async () => {
    expect(await parley(['convert', example, '--to', 'jsonld', '--url', 'javascript:alert(1)'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'parley: --url must be the page\'s absolute http(s) address, received "javascript:alert(1)".\nFor example: --url https://news.example/2025/06/istanbul-talks\n',
    });
    expect(
      (await parley(['convert', example, '--to', 'yaml', '--url', 'https://news.example/'])).stderr,
    ).toBe('parley: --url applies only to --to jsonld.\nSee `parley convert --help`.\n');
  });

  test('--to html writes the events as static HTML, every title in it', async () => {
    const timeline = JSON.parse(await readFile(example, 'utf8')) as { events: { title: string }[] };
    const ran = await parley(['convert', example, '--to', 'html']);
    expect(ran.exitCode).toBe(0);
    expect(ran.stdout).toMatch(/^<section lang="en">\n<h2>/);
    expect(ran.stdout).not.toMatch(/<script|<style/);
    for (const event of timeline.events) expect(ran.stdout).toContain(`<h3>${escapeHtml(event.title)}</h3>`);
  });

  test('needs --to with a known format', async () => {
    expect((await parley(['convert', example])).stderr).toContain('Say which format to write with --to.');
    expect((await parley(['convert', example, '--to', 'pdf'])).exitCode).toBe(2);
  });
});

describe('TimelineJS3 JSON', () => {
  const knightLab = {
    title: { text: { headline: 'Talks <em>timeline</em>', text: '<p>Round by round.</p>' } },
    events: [
      {
        start_date: { year: '2025', month: '5', day: '16' },
        text: { headline: 'First round' },
        group: 'talks',
      },
      {
        start_date: { year: '2025', month: '6', day: '2' },
        text: { headline: 'Second round', text: '<b>Short</b>' },
      },
    ],
    eras: [{ start_date: { year: '2025' }, end_date: { year: '2025' }, text: { headline: 'Spring' } }],
  };

  test('validate --from timelinejs imports it, and warns about what it leaves out', async () => {
    await writeFile(join(dir, 'knightlab.json'), JSON.stringify(knightLab));
    const ran = await parley(['validate', '--from', 'timelinejs', 'knightlab.json'], { cwd: dir });
    expect(ran.exitCode).toBe(0);
    // Two are Parley's own (the events cite no source), one is the era left out.
    expect(ran.stdout).toBe('✔ knightlab.json: a valid timeline with 2 events (3 warnings)\n');
    expect(ran.stderr).toContain(
      'knightlab.json  not_mapped  eras[0]  Eras have no place in a Parley timeline; use the timeline’s period, or context events.',
    );
  });

  test('convert --to timelinejs and back keeps titles and dates', async () => {
    await writeFile(join(dir, 'knightlab-in.json'), JSON.stringify(knightLab));
    expect(
      (
        await parley(
          ['convert', '--from', 'timelinejs', 'knightlab-in.json', '--to', 'json', '-o', 'imported.json'],
          { cwd: dir },
        )
      ).exitCode,
    ).toBe(0);
    const out = await parley(['convert', 'imported.json', '--to', 'timelinejs'], { cwd: dir });
    // What the import left out is named by the same path as `parley validate` prints.
    expect(
      (await parley(['convert', '--from', 'timelinejs', 'knightlab-in.json', '--to', 'json'], { cwd: dir }))
        .stderr,
    ).toContain('knightlab-in.json  not_mapped  eras[0]  ');
    expect(out.exitCode).toBe(0);
    const exported = JSON.parse(out.stdout);
    expect(exported.title.text.headline).toBe('Talks timeline');
    expect(exported.events.map((event: { start_date: unknown }) => event.start_date)).toEqual([
      { year: 2025, month: 5, day: 16 },
      { year: 2025, month: 6, day: 2 },
    ]);
  });
});
