import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../errors/format.js';
import type { SafeParseTimelineResult } from '../../parse/parse-timeline.js';
import type { ParseOptions } from '../../parse/options.js';
import istanbul from '../../../examples/istanbul-2025-06-02.json' with { type: 'json' };
import { parseTimelineYaml, safeParseTimelineYaml, stringifyTimelineYaml } from './index.js';

type Refused = Extract<SafeParseTimelineResult, { success: false }>;

/** Parses `text`, failing the test unless it was refused. */
function refused(text: string, options?: ParseOptions): Refused {
  const result = safeParseTimelineYaml(text, options);
  if (result.success) throw new Error('Expected issues, but the text was accepted.');
  return result;
}

/** Dedents a YAML fixture written inside a template literal. */
function yaml(strings: TemplateStringsArray, ...values: string[]): string {
  const raw = strings.reduce((text, part, index) => text + part + (values[index] ?? ''), '');
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ ]*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
}

const report = (text: string, options?: ParseOptions) =>
  formatIssues(refused(text, options).error.issues, 'timeline.yaml');

describe('the shipped YAML example', () => {
  test('parses to a value deep-equal to the JSON example', () => {
    const text = readFileSync(new URL('../../../examples/istanbul-2025-06-02.yaml', import.meta.url), 'utf8');
    const result = safeParseTimelineYaml(text);
    // If this fails after a change to the JSON example: `node scripts/write-examples.mjs`.
    expect(result.success && result.data).toEqual(istanbul);
    expect(result.warnings).toEqual([]);
  });
});

describe('safeParseTimelineYaml', () => {
  test('should accept a small timeline and read YAML 1.2 scalars as JSON would', () => {
    const result = safeParseTimelineYaml(yaml`
      id: t
      title: yes
      events:
        - type: talks
          id: round-2
          date: 2025-06-02
          title: Second round
          round: 2
    `);
    expect(result.success && result.data).toEqual({
      id: 't',
      // YAML 1.1 would make this `true`, and the date a Date; 1.2 keeps both as text.
      title: 'yes',
      events: [{ type: 'talks', id: 'round-2', date: '2025-06-02', title: 'Second round', round: 2 }],
    });
  });

  test('should accept anchors and aliases within the limit', () => {
    const result = safeParseTimelineYaml(yaml`
      id: t
      title: Talks
      sources:
        - { id: bbc, publisher: BBC, url: "https://www.bbc.co.uk/news" }
      events:
        - { type: context, id: a, date: 2025-06-01, title: One, citations: &cite [{ source: bbc, kind: fact }] }
        - { type: context, id: b, date: 2025-06-02, title: Two, citations: *cite }
    `);
    expect(result.success && result.data.events[1]!.citations).toEqual([{ source: 'bbc', kind: 'fact' }]);
  });

  test('should round-trip stringifyTimelineYaml', () => {
    expect(parseTimelineYaml(stringifyTimelineYaml(istanbul as never))).toEqual(istanbul);
  });

  describe('should return issues at the YAML line and column', () => {
    test('for an impossible date, an unknown field and an unknown type', () => {
      expect(
        report(yaml`
          id: t
          title: Talks
          events:
            - type: talks
              id: a
              date: 2025-02-30
              title: x
              venue: Istanbul
            - type: meeting
              id: b
        `),
      ).toMatchInlineSnapshot(`
        "timeline.yaml:6:11  events[0].date  ✖ 2025-02 has no day 30; it has 28 days. (invalid_date)
        timeline.yaml:8:5  events[0].venue  ✖ Unknown field "venue". (unrecognized_key) Known fields here: type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, relations, background, citations, series, round, host, presidedBy, mediators, attendees, delegations, duration, format, outcome, outcomeNote.
        timeline.yaml:9:11  events[1].type  ✖ Unknown type "meeting"; expected one of "talks", "agreement", "document", "statement", "proposal", "military-action", "sanctions", "context". (unknown_type)"
      `);
    });

    test('for a missing field, at the mapping that lacks it', () => {
      const { issues } = refused(yaml`
        id: t
        events:
          - type: context
            id: a
            date: 2025-06-02
      `).error;
      expect(issues.map(({ path, line, column, code }) => ({ path, line, column, code }))).toEqual([
        { path: ['title'], line: 1, column: 1, code: 'invalid_type' },
        { path: ['events', 0, 'title'], line: 3, column: 5, code: 'invalid_type' },
      ]);
    });

    test('for a reference to an id that does not exist', () => {
      const { issues } = refused(yaml`
        id: t
        title: Talks
        events:
          - { type: context, id: a, date: 2025-06-02, title: x, place: nowhere }
      `).error;
      expect(issues).toMatchObject([
        { code: 'unresolved_reference', path: ['events', 0, 'place'], line: 4, column: 64 },
      ]);
    });

    test('with CRLF line ends', () => {
      const text =
        'id: t\r\ntitle: Talks\r\nevents:\r\n  - type: context\r\n    id: a\r\n    date: 2025-13-01\r\n    title: x\r\n';
      expect(refused(text).error.issues).toMatchObject([
        { path: ['events', 0, 'date'], line: 6, column: 11 },
      ]);
    });

    test('after a byte order mark, which is not a column', () => {
      expect(refused('\uFEFFid: 5\ntitle: T\nevents: []\n').error.issues).toMatchObject([
        { path: ['id'], line: 1, column: 5, code: 'invalid_type' },
      ]);
    });
  });

  describe('should refuse unsafe or ambiguous YAML', () => {
    test('for a duplicate key, at the second one, with its path', () => {
      expect(
        report(yaml`
          id: t
          title: Talks
          events:
            - type: context
              id: a
              date: 2025-06-02
              title: x
              date: 2025-06-03
        `),
      ).toMatchInlineSnapshot(
        `"timeline.yaml:8:5  events[0].date  ✖ The key "date" appears twice in the same mapping: each key may appear only once. (duplicate_key) Remove one of the two, or merge what they say."`,
      );
    });

    test('for an alias bomb, without expanding it', () => {
      const lol = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(', ')}]`;
      const text = [
        lol('a', '"lol"'),
        lol('b', '*a'),
        lol('c', '*b'),
        lol('d', '*c'),
        lol('e', '*d'),
        lol('f', '*e'),
      ]
        .concat('id: t', 'title: T', 'events: []')
        .join('\n');
      expect(report(text)).toMatchInlineSnapshot(
        `"timeline.yaml:2:8  (root)  ✖ The aliases expand to more than 100 nodes (Excessive alias count indicates a resource exhaustion attack). (too_big) Write the repeated part out, or use ids to refer to it."`,
      );
    });

    test('for an alias with no anchor', () => {
      expect(report('id: t\ntitle: *headline\nevents: []\n')).toMatchInlineSnapshot(
        `"timeline.yaml:2:8  (root)  ✖ The alias *headline has no anchor &headline before it. (syntax)"`,
      );
    });

    test('for nesting deeper than maxDepth', () => {
      const text = `id: t\ntitle: T\nevents: []\nextra: ${'['.repeat(40)}${']'.repeat(40)}\n`;
      expect(report(text)).toMatchInlineSnapshot(
        `"timeline.yaml:4:39  (root)  ✖ Lists and mappings are nested more than 32 deep (the maxDepth option). (too_deep)"`,
      );
    });

    test('for nesting so deep that the YAML parser gives up, once', () => {
      const issues = refused('['.repeat(20_000) + ']'.repeat(20_000)).error.issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'too_deep', line: 1 });
    });

    test('for a syntax error, reporting the first one only', () => {
      expect(report('id: t\ntitle: [Talks\nevents: []\n')).toMatchInlineSnapshot(
        `"timeline.yaml:3:1  (root)  ✖ Flow sequence in block collection must be sufficiently indented and end with a ]. (syntax)"`,
      );
    });

    test('for more than one document', () => {
      expect(report('id: t\ntitle: T\nevents: []\n---\nid: u\n')).toMatchInlineSnapshot(
        `"timeline.yaml:4:1  (root)  ✖ The text holds more than one YAML document (a line of ---): a timeline is one document. (syntax)"`,
      );
    });

    test('for tags that are not plain data', () => {
      expect(report('id: t\ntitle: !!binary aGVsbG8=\nevents: []\n')).toMatchInlineSnapshot(
        `"timeline.yaml:2:17  (root)  ✖ Binary data (!!binary) cannot be part of a timeline. (syntax)"`,
      );
      expect(report('id: t\ntitle: !custom T\nevents: []\n')).toMatchInlineSnapshot(
        `"timeline.yaml:2:8  (root)  ✖ Unresolved tag: !custom: a timeline uses plain YAML values only (text, numbers, true/false, null, lists and mappings). (syntax)"`,
      );
    });

    test('for a mapping used as a key', () => {
      expect(report('id: t\ntitle: T\n? [a, b]\n: c\nevents: []\n')).toMatchInlineSnapshot(
        `"timeline.yaml:3:3  (root)  ✖ A mapping key must be plain text, not a list, a mapping or an alias. (invalid_key)"`,
      );
    });

    test('for text longer than maxLength, before parsing it', () => {
      expect(report('id: t\n'.repeat(10), { maxLength: 20 })).toMatchInlineSnapshot(
        `"timeline.yaml  (root)  ✖ The text is 60 characters long; the limit is 20 (the maxLength option). (too_big)"`,
      );
    });

    test('for a value that is not text', () => {
      expect(refused(42 as never).error.issues).toMatchObject([{ code: 'invalid_type' }]);
    });

    test('for a "<<" merge key, which YAML 1.2 reads as an ordinary, unknown key', () => {
      const issues = refused('id: t\ntitle: T\nevents: []\nbase: &b { x: 1 }\nother: { <<: *b }\n').error
        .issues;
      expect(issues.map((issue) => issue.code)).toContain('unrecognized_key');
    });
  });

  test('parseTimelineYaml should throw the issues', () => {
    expect(() => parseTimelineYaml('id: t\n')).toThrow(/title/);
  });
});
