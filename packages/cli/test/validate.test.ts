import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parley } from './run-parley.js';

const require = createRequire(import.meta.url);
const examples = join(dirname(require.resolve('@parley/core/package.json')), 'examples');
const JSON_EXAMPLE = join(examples, 'istanbul-2025-06-02.json');
const YAML_EXAMPLE = join(examples, 'istanbul-2025-06-02.yaml');

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-cli-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Writes a file into the test's directory and returns its name there. */
async function file(name: string, contents: string | Uint8Array): Promise<string> {
  await writeFile(join(dir, name), contents);
  return name;
}

const BAD_YAML = `id: t
title: Talks
events:
  - type: talks
    id: a
    date: 2025-02-30
    title: Second round
    venue: Ciragan Palace
`;

describe('parley validate', () => {
  test('accepts the shipped examples, JSON and YAML, with exit code 0', async () => {
    const ran = await parley(['validate', JSON_EXAMPLE, YAML_EXAMPLE]);
    expect(ran).toEqual({
      exitCode: 0,
      stdout: `✔ ${JSON_EXAMPLE}: a valid timeline with 19 events\n✔ ${YAML_EXAMPLE}: a valid timeline with 19 events\n`,
      stderr: '✔ 2 files checked: 2 valid\n',
    });
  });

  test('reports each issue as file:line:col  code  path  message, with a code frame, and exits 1', async () => {
    const name = await file('bad.yaml', BAD_YAML);
    expect(await parley(['validate', name], { cwd: dir })).toMatchInlineSnapshot(`
      {
        "exitCode": 1,
        "stderr": "bad.yaml:6:11  invalid_date  events[0].date  2025-02 has no day 30; it has 28 days.
        5 |     id: a
      > 6 |     date: 2025-02-30
          |           ^

      bad.yaml:8:5  unrecognized_key  events[0].venue  Unknown field "venue".
        hint: Known fields here: type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, relations, background, citations, series, round, host, presidedBy, mediators, attendees, delegations, duration, format, outcome, outcomeNote.
        7 |     title: Second round
      > 8 |     venue: Ciragan Palace
          |     ^

      ✖ 1 file checked: 1 invalid (2 issues)
      ",
        "stdout": "",
      }
    `);
  });

  test('reads standard input for -, as JSON or YAML by its first character', async () => {
    const json = await parley(['validate', '-'], { input: await readFile(JSON_EXAMPLE) });
    expect(json).toMatchObject({ exitCode: 0, stdout: '✔ <stdin>: a valid timeline with 19 events\n' });
    const yaml = await parley(['validate', '-'], { input: BAD_YAML });
    expect(yaml.exitCode).toBe(1);
    expect(yaml.stderr).toContain('<stdin>:6:11  invalid_date');
    const forced = await parley(['validate', '--from', 'json', '-'], { input: BAD_YAML });
    expect(forced.stderr).toContain('<stdin>:1:1  syntax');
  });

  test('checks many files in one run and sums them up; an unreadable one makes the exit code 2', async () => {
    const bad = await file('many-bad.yaml', BAD_YAML);
    const ran = await parley(['validate', JSON_EXAMPLE, bad, 'missing.json'], { cwd: dir });
    expect(ran.exitCode).toBe(2);
    expect(ran.stdout).toBe(`✔ ${JSON_EXAMPLE}: a valid timeline with 19 events\n`);
    expect(ran.stderr).toContain('parley: Cannot read missing.json: no such file.\n');
    expect(ran.stderr.trimEnd().split('\n').at(-1)).toBe(
      '✖ 3 files checked: 1 invalid (2 issues), 1 unreadable, 1 valid',
    );
  });

  describe('--format json', () => {
    test('prints one JSON document with every issue and a summary', async () => {
      const bad = await file('json-bad.yaml', BAD_YAML);
      const ran = await parley(['validate', '--format', 'json', bad, JSON_EXAMPLE], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toBe('');
      const report = JSON.parse(ran.stdout);
      expect(report.valid).toBe(false);
      expect(report.summary).toEqual({
        files: 2,
        valid: 1,
        invalid: 1,
        unreadable: 0,
        issues: 2,
        warnings: 0,
      });
      expect(report.files[0]).toMatchObject({ file: bad, format: 'yaml', valid: false });
      expect(report.files[0].issues[0]).toEqual({
        code: 'invalid_date',
        message: '2025-02 has no day 30; it has 28 days.',
        path: ['events', 0, 'date'],
        line: 6,
        column: 11,
        // The data the message is worded from, for tools that read the report.
        received: '2025-02-30',
        reason: 'day',
        params: { month: '2025-02', day: '30', days: 28 },
      });
      expect(report.files[1]).toMatchObject({ file: JSON_EXAMPLE, valid: true, events: 19, issues: [] });
    });
  });

  describe('--format github', () => {
    const ANNOTATION = /^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=[^,:]+::[^\r\n]+$/;

    test('prints one workflow annotation per issue, in GitHub Actions syntax', async () => {
      const bad = await file('github-bad.yaml', BAD_YAML);
      const ran = await parley(['validate', '--format', 'github', bad], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      const lines = ran.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(ANNOTATION);
      expect(lines[0]).toBe(
        '::error file=github-bad.yaml,line=6,col=11,title=invalid_date events[0].date::2025-02 has no day 30; it has 28 days.',
      );
    });

    test('escapes commas, colons, percent signs and line breaks in properties and messages', async () => {
      const name = await file('odd, name: 100%.yaml', 'id: t\ntitle: T\nevents: []\nnames:\n  "a,b": x\n');
      const ran = await parley(['validate', '--format', 'github', name], { cwd: dir });
      expect(ran.stdout).toMatch(
        /^::error file=odd%2C name%3A 100%25\.yaml,line=4,col=1,title=unrecognized_key names::/,
      );
      expect(ran.stdout.trimEnd()).toMatch(ANNOTATION);
    });
  });

  describe('bad input', () => {
    test('a missing file is an I/O error: exit 2', async () => {
      expect(await parley(['validate', 'nowhere.json'], { cwd: dir })).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: 'parley: Cannot read nowhere.json: no such file.\n',
      });
    });

    test('a directory is an I/O error: exit 2', async () => {
      await mkdir(join(dir, 'folder'), { recursive: true });
      const ran = await parley(['validate', 'folder'], { cwd: dir });
      expect(ran.exitCode).toBe(2);
      expect(ran.stderr).toContain('parley: folder is a directory, not a file.');
    });

    test('a binary file is refused as not text: exit 1', async () => {
      const png = Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
      ]);
      const name = await file('photo.json', png);
      const ran = await parley(['validate', name], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toContain('photo.json:1:1  syntax  (root)  The file is binary, not text.');
    });

    test('a 50 MB file is refused as too large without being parsed: exit 1', async () => {
      const name = 'huge.json';
      const chunk = `{"type": "context", "id": "e", "date": "2025-06-02", "title": "${'x'.repeat(1000)}"},\n`;
      await writeFile(join(dir, name), `{"id": "t", "title": "T", "events": [\n${chunk.repeat(50 * 1024)}]}`);
      const ran = await parley(['validate', name], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toMatch(
        /^huge\.json {2}too_big {2}\(root\) {2}The file is 5\d,\d{3},\d{3} bytes; a timeline may be at most 10,000,000 characters long\.\n/,
      );
    });

    test('a byte order mark is accepted, and is not counted as a column', async () => {
      const good = await file('bom.json', `\uFEFF${await readFile(JSON_EXAMPLE, 'utf8')}`);
      expect((await parley(['validate', good], { cwd: dir })).exitCode).toBe(0);
      const yaml = await file('bom.yaml', `\uFEFFid: 5\ntitle: T\nevents: []\n`);
      const ran = await parley(['validate', yaml], { cwd: dir });
      expect(ran.stderr).toContain('bom.yaml:1:5  invalid_type  id');
      expect(ran.stderr).toContain('> 1 | id: 5\n    |     ^');
    });

    test('CRLF line ends give the same lines and columns', async () => {
      const name = await file('crlf.yaml', BAD_YAML.replace(/\n/g, '\r\n'));
      const ran = await parley(['validate', name], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toContain('crlf.yaml:6:11  invalid_date');
      expect(ran.stderr).toContain('> 6 |     date: 2025-02-30\n    |           ^');
      const json = await file('crlf.json', '{\r\n  "id": "t",\r\n  "title": 5,\r\n  "events": []\r\n}\r\n');
      expect((await parley(['validate', json], { cwd: dir })).stderr).toContain(
        'crlf.json:3:12  invalid_type  title',
      );
    });

    test('invalid UTF-8 is refused with where the bad byte is: exit 1', async () => {
      const bytes = Buffer.concat([
        Buffer.from('id: t\ntitle: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\nevents: []\n'),
      ]);
      const name = await file('latin1.yaml', bytes);
      const ran = await parley(['validate', name], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toContain('latin1.yaml:2:11  syntax  (root)  The file is not valid UTF-8 text');
    });

    test('a YAML alias bomb is refused without expanding it: exit 1', async () => {
      const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(', ')}]`;
      const bomb = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
        .map((name, index, names) => level(name, index === 0 ? '"lol"' : `*${names[index - 1]}`))
        .join('\n');
      const name = await file('bomb.yaml', `${bomb}\nid: t\ntitle: T\nevents: []\n`);
      const ran = await parley(['validate', name], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toContain(
        'bomb.yaml:2:8  too_big  (root)  The aliases expand to more than 100 nodes',
      );
    });

    test('duplicate YAML keys are refused at the second one', async () => {
      const name = await file('dup.yaml', 'id: t\ntitle: T\nevents: []\ntitle: U\n');
      const ran = await parley(['validate', name], { cwd: dir });
      expect(ran.exitCode).toBe(1);
      expect(ran.stderr).toContain('dup.yaml:4:1  duplicate_key  title  The key "title" appears twice');
    });
  });

  describe('colours', () => {
    test('are off in a pipe, on with FORCE_COLOR, and off with NO_COLOR even so', async () => {
      const name = await file('colour.yaml', BAD_YAML);
      const plain = await parley(['validate', name], { cwd: dir });
      expect(plain.stderr).not.toContain('\u001b[');
      const forced = await parley(['validate', name], { cwd: dir, env: { FORCE_COLOR: '1' } });
      expect(forced.stderr).toContain('\u001b[31minvalid_date\u001b[39m');
      const off = await parley(['validate', name], { cwd: dir, env: { FORCE_COLOR: '0' } });
      expect(off.stderr).not.toContain('\u001b[');
      const none = await parley(['validate', name], { cwd: dir, env: { NO_COLOR: '1' } });
      expect(none.stderr).not.toContain('\u001b[');
    });
  });

  test('loads no zod to validate JSON, YAML and CSV', async () => {
    const hook = ['--import', new URL('./no-zod.mjs', import.meta.url).pathname];
    const csv = join(examples, 'istanbul-2025-06-02.csv');
    const ran = await parley(['validate', JSON_EXAMPLE, YAML_EXAMPLE, csv], { nodeArgs: hook });
    expect(ran.stderr).toBe('✔ 3 files checked: 3 valid\n');
    expect(ran.exitCode).toBe(0);
    // The hook does catch zod: importing the package root, which holds the schemas, fails under it.
    const control = await parley(['--version'], {
      nodeArgs: [...hook, '--import', '@parley/core'],
    });
    expect(control.exitCode).not.toBe(0);
    expect(control.stderr).toContain('zod was loaded');
  });
});

describe('loading only what a command needs', () => {
  const forbid = (packages: string) => ({
    nodeArgs: ['--import', new URL('./forbid.mjs', import.meta.url).pathname],
    env: { PARLEY_FORBID: packages },
  });

  test('validating JSON, and --version, load no YAML or CSV parser', async () => {
    expect((await parley(['validate', JSON_EXAMPLE], forbid('yaml,papaparse'))).exitCode).toBe(0);
    expect((await parley(['--version'], forbid('yaml,papaparse'))).exitCode).toBe(0);
    // The hook does catch them: YAML needs the yaml package, CSV papaparse.
    const yaml = await parley(['validate', YAML_EXAMPLE], forbid('yaml'));
    expect(yaml.exitCode).not.toBe(0);
    expect(yaml.stderr).toContain('yaml was loaded');
    const csv = await parley(['validate', join(examples, 'istanbul-2025-06-02.csv')], forbid('papaparse'));
    expect(csv.stderr).toContain('papaparse was loaded');
  });
});

describe('parley validate on CSV', () => {
  test('accepts the shipped CSV example and template', async () => {
    const ran = await parley([
      'validate',
      join(examples, 'istanbul-2025-06-02.csv'),
      join(examples, 'template.csv'),
    ]);
    expect(ran.exitCode).toBe(0);
    expect(ran.stdout).toContain('istanbul-2025-06-02.csv: a valid timeline with 19 events');
  });

  test('reports a ragged row at its first extra cell', async () => {
    const name = await file(
      'ragged.csv',
      'section,id,type,date,title\ntimeline,t,,,Talks\nevents,e,context,2025-06-02,Talks in Istanbul, Turkey\n',
    );
    const ran = await parley(['validate', name], { cwd: dir });
    expect(ran.exitCode).toBe(1);
    expect(ran.stderr).toContain(
      'ragged.csv:3:47  syntax  (root)  This row has 6 cells but the header has 5: a cell has an unquoted delimiter, or the row is longer than the header.',
    );
  });

  test('reads a published sheet from an http URL, by its output=csv query', async () => {
    const csv = await readFile(join(examples, 'template.csv'));
    const server = createServer((request, response) => {
      if (request.url?.startsWith('/pub?output=csv'))
        response.writeHead(200, { 'content-type': 'text/csv' }).end(csv);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const url = `http://127.0.0.1:${port}/pub?output=csv`;
      expect(await parley(['validate', url])).toMatchObject({
        exitCode: 0,
        stdout: `✔ ${url}: a valid timeline with 2 events\n`,
      });
      const missing = await parley(['validate', `http://127.0.0.1:${port}/gone.csv`]);
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toContain('the server answered 404');
    } finally {
      server.close();
    }
    const ftp = await parley(['validate', 'ftp://example.com/t.csv']);
    expect(ftp).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('only http:// and https:// URLs'),
    });
  });
});
