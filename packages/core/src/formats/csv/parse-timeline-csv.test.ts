import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../errors/format.js';
import { timelineJsonSchema } from '../../json-schema/timeline-json-schema.js';
import type { SafeParseTimelineResult } from '../../parse/parse-timeline.js';
import type { Timeline } from '../../schemas/timeline.js';
import istanbul from '../../../examples/istanbul-2025-06-02.json' with { type: 'json' };
import { LIST_COLUMNS, NUMBER_COLUMNS } from './cells.js';
import { parseTimelineCsv, safeParseTimelineCsv, stringifyTimelineCsv } from './index.js';

type Refused = Extract<SafeParseTimelineResult, { success: false }>;

function refused(text: string): Refused {
  const result = safeParseTimelineCsv(text);
  if (result.success) throw new Error('Expected issues, but the text was accepted.');
  return result;
}

const report = (text: string) => formatIssues(refused(text).error.issues, 'timeline.csv');
const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');

const HEADER = 'section,id,type,date,title,actors,round';
const csv = (...rows: string[]) => [HEADER, 'timeline,t,,,Talks,,', ...rows].join('\r\n') + '\r\n';

describe('the shipped CSV files', () => {
  test('the Istanbul example parses to a value deep-equal to the JSON example', () => {
    // If this fails after a change to the JSON example: `node scripts/write-examples.mjs`.
    const result = safeParseTimelineCsv(example('istanbul-2025-06-02.csv'));
    expect(result.success && result.data).toEqual(istanbul);
    expect(result.warnings).toEqual([]);
  });

  test('the template is a valid timeline, with no warnings', () => {
    const result = safeParseTimelineCsv(example('template.csv'));
    expect(result.success && result.data.events.map((event) => event.type)).toEqual(['talks', 'statement']);
    expect(result.warnings).toEqual([]);
  });
});

describe('safeParseTimelineCsv', () => {
  test('should read lists, numbers, yes/no and JSON cells', () => {
    const value = safeParseTimelineCsv(
      [
        'section,id,kind,name,country,type,date,title,actors,round',
        'timeline,t,,,,,,Talks,,',
        'actors,ua,state,Ukraine,UA,,,,,',
        'actors,ru,state,Russia,RU,,,,,',
        'events,e,,,,talks,2025,"Round 2, in Istanbul",ua; ru,2',
      ].join('\n'),
    );
    expect(value.success && value.data.events).toEqual([
      { id: 'e', type: 'talks', date: '2025', title: 'Round 2, in Istanbul', actors: ['ua', 'ru'], round: 2 },
    ]);
  });

  test('should accept semicolon-delimited CSV and a byte order mark', () => {
    const text =
      '\uFEFFsection;id;type;date;title\ntimeline;t;;;Talks\nevents;e;context;2025-06-02;Announced\n';
    expect(parseTimelineCsv(text).events).toHaveLength(1);
  });

  test('should round-trip stringifyTimelineCsv, keeping formula-like text inert', () => {
    const timeline = {
      ...(istanbul as Timeline),
      title: '=HYPERLINK("https://evil.example")',
      summary: '"Quoted" at the start, [brackets], and a line\nbreak',
    } as Timeline;
    const text = stringifyTimelineCsv(timeline);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(parseTimelineCsv(text)).toEqual(timeline);
  });

  test('only `round` holds a number directly in a record, so NUMBER_COLUMNS covers every number', () => {
    const numbers = new Set<string>();
    const booleans = new Set<string>();
    const schema = timelineJsonSchema() as { $defs: Record<string, unknown> };
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const { properties, anyOf, oneOf, allOf } = node as Record<string, unknown>;
      for (const branch of [anyOf, oneOf, allOf]) if (Array.isArray(branch)) branch.forEach(visit);
      if (properties && typeof properties === 'object')
        for (const [name, field] of Object.entries(properties as Record<string, { type?: string }>)) {
          if (field.type === 'number' || field.type === 'integer') numbers.add(name);
          if (field.type === 'boolean') booleans.add(name);
        }
    };
    const records = ['Actor', 'State', 'Organisation', 'Person', 'Place', 'Source', 'Image', 'Update'];
    const events = Object.keys(schema.$defs).filter((name) => !records.includes(name));
    for (const name of [...records, ...events.filter((name) => /^[A-Z]/.test(name))])
      visit(schema.$defs[name]);
    // Numbers nested in objects (coordinates, quantities) are written as JSON and need no rule.
    expect(
      [...numbers].filter((name) => !['latitude', 'longitude', 'low', 'best', 'high'].includes(name)),
    ).toEqual([...NUMBER_COLUMNS]);
    // Yes/no fields need no list: `true` and `false` are read as such in any column.
    expect(booleans.size).toBeGreaterThan(0);
    expect(LIST_COLUMNS.has('actors')).toBe(true);
  });

  describe('should return issues at the cell, as line and column', () => {
    test('for an impossible date and an unknown type', () => {
      expect(report(csv('events,e,talks,2025-02-30,Round 2,,', 'events,f,meeting,2025-06-02,Other,,')))
        .toMatchInlineSnapshot(`
        "timeline.csv:3:16  events[0].date  ✖ 2025-02 has no day 30; it has 28 days. (invalid_date)
        timeline.csv:4:10  events[1].type  ✖ Unknown type "meeting"; expected one of "talks", "agreement", "document", "statement", "proposal", "military-action", "sanctions", "context". (unknown_type)"
      `);
    });

    test('for a missing field, at the row', () => {
      expect(refused(csv('events,e,context,2025-06-02,,,')).error.issues).toMatchObject([
        { path: ['events', 0, 'title'], line: 3, column: 1, code: 'invalid_type' },
      ]);
    });

    test('for a row with more cells than the header (a ragged row)', () => {
      expect(report(csv('events,e,context,2025-06-02,Talks in Istanbul, Turkey,,'))).toMatchInlineSnapshot(
        `"timeline.csv:3:56  (root)  ✖ This row has 8 cells but the header has 7: a cell has an unquoted delimiter, or the row is longer than the header. (syntax) Quote any cell that contains the delimiter, e.g. "Istanbul, Turkey"."`,
      );
    });

    test('for a row with fewer cells than the header', () => {
      expect(report(csv('events,e,context,2025-06-02'))).toMatchInlineSnapshot(
        `"timeline.csv:3:1  (root)  ✖ This row has 4 cells but the header has 7: cells are missing. (syntax) Quote any cell that contains the delimiter, e.g. "Istanbul, Turkey"."`,
      );
    });

    test('for an unknown section, a cell of bad JSON and an unclosed quote', () => {
      expect(report(csv('event,e,context,2025-06-02,Talks,,'))).toMatchInlineSnapshot(
        `"timeline.csv:3:1  (root)  ✖ Unknown section "event"; expected one of "timeline", "actors", "places", "sources", "images", "events", "updates". (invalid_value)"`,
      );
      expect(refused(csv('events,e,context,2025-06-02,Talks,[ua,')).error.issues).toMatchObject([
        { code: 'syntax', path: ['events', 0, 'actors'], line: 3, column: 35 },
      ]);
      expect(refused(csv('events,e,context,2025-06-02,"Talks,,')).error.issues).toMatchObject([
        { code: 'syntax', message: 'A quoted cell is never closed: add the closing ".', line: 3 },
      ]);
    });

    test('for a header without a section column, or with a name twice', () => {
      expect(report('id,title\nt,Talks\n')).toMatchInlineSnapshot(
        `"timeline.csv:1:1  (root)  ✖ The first row must name the columns, one of them "section" (what each row is: timeline, actors, places, sources, images, events, updates). (syntax) Start from the template, examples/template.csv."`,
      );
      expect(report('section,id,title,id\ntimeline,t,Talks,t\n')).toMatchInlineSnapshot(
        `"timeline.csv:1:18  (root)  ✖ The column "id" appears twice in the header row. (syntax)"`,
      );
    });

    test('with positions in the text when a quoted cell spans lines', () => {
      const issues = refused(
        csv('events,e,context,2025-06-02,"Two\nlines",,', 'events,f,context,2025-13-01,x,,'),
      ).error.issues;
      // The title's line break is refused too; the second event's date is on the text's line 5.
      expect(issues).toContainEqual(
        expect.objectContaining({ path: ['events', 1, 'date'], line: 5, column: 18 }),
      );
    });
  });
});
