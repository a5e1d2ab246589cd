import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ISSUE_CODES, WARNING_CODES, formatCodeFrame, safeParseTimelineJson } from '../index.js';

test('issues from text carry the range of what they are about, beside line and column', () => {
  const text =
    '{\n  "id": "t",\n  "title": "Talks",\n  "events": [{"type": "talks", "id": "r1", "date": "2025-02-30", "title": "R"}]\n}';
  const result = safeParseTimelineJson(text);
  if (result.success) throw new Error('expected an issue');
  const [issue] = result.error.issues;
  expect(issue).toMatchObject({ code: 'invalid_date', line: 4, column: 52 });
  expect(text.slice(...issue!.range!)).toBe('"2025-02-30"');
  const unknown = safeParseTimelineJson('{"id": "t", "title": "T", "events": [], "titl": 1}');
  if (unknown.success) throw new Error('expected an issue');
  expect(unknown.error.issues[0]!.range).toEqual([40, 46]);
});

test('formatCodeFrame shows the line of JSON text with a caret under the value', () => {
  const text = '{\n  "id": "t",\n  "title": 5,\n  "events": []\n}';
  const result = safeParseTimelineJson(text);
  if (result.success) throw new Error('expected an issue');
  expect(formatCodeFrame(text, result.error.issues[0]!)).toMatchInlineSnapshot(`
    "3 |   "title": 5,
      |            ^"
  `);
});

test('formatCodeFrame shows a syntax error at its character, and cuts a long line to 80 columns', () => {
  const text = `{"id": "t", "summary": "${'x'.repeat(200)}", "title": 'Talks'}`;
  const result = safeParseTimelineJson(text);
  if (result.success) throw new Error('expected an issue');
  const frame = formatCodeFrame(text, result.error.issues[0]!);
  expect(frame).toMatchInlineSnapshot(`
    "1 | …xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "title": 'Talks'}
      |                                                                    ^"
  `);
  const [source, caret] = frame.split('\n') as [string, string];
  expect(source.length).toBeLessThanOrEqual(80);
  expect(source[caret.indexOf('^')]).toBe("'");
});

test('formatCodeFrame frames nothing for an issue without a place in the text', () => {
  expect(formatCodeFrame('{}', { code: 'missing_words', path: [], message: 'm' })).toBe('');
});

test('docs/errors.md has one section per code', () => {
  const page = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
  const documented = [...page.matchAll(/^### (.+)$/gm)].flatMap((match) => match[1]!.split(/,\s*/));
  expect(documented.sort()).toEqual([...ISSUE_CODES, ...WARNING_CODES].sort());
});
