import { describe, expect, test } from 'vitest';
import { safeParseTimeline, safeParseTimelineJson, toDotPath } from '../index.js';
import type { SafeParseTimelineResult } from '../index.js';

// The fields added in the model's second edition: each accepted where valid, and refused where not
// with its path, its line:column in the JSON text and its code (the wording is the error table's).

type Refused = Extract<SafeParseTimelineResult, { success: false }>;

const ukraine = { kind: 'state', id: 'ukraine', name: 'Ukraine', country: 'UA' };
const russia = { kind: 'state', id: 'russia', name: 'Russia', country: 'RU' };
const umerov = { kind: 'person', id: 'rustem-umerov', name: 'Rustem Umerov' };
const istanbul = { id: 'istanbul', name: 'Istanbul', kind: 'city', country: 'TR' };
const palace = {
  id: 'ciragan-palace',
  name: 'Ciragan Palace',
  kind: 'venue',
  country: 'TR',
  within: 'istanbul',
};
const report = { id: 'report', publisher: 'Example News' };
const cite = [{ source: 'report', kind: 'fact' }];
const round1 = { type: 'talks', id: 'round-1', date: '2025-05-16', title: 'First round', citations: cite };
const round2 = {
  type: 'talks',
  id: 'round-2',
  date: '2025-06-02',
  title: 'Second round',
  place: 'ciragan-palace',
  delegations: [
    {
      party: 'ukraine',
      head: 'rustem-umerov',
      headCapacity: 'Defence Minister',
      members: [{ person: 'rustem-umerov', role: 'head', capacity: 'Defence Minister' }],
    },
    { party: 'russia' },
  ],
  duration: { iso: 'PT3H', upTo: 'PT4H', qualifier: 'about' },
  relations: [{ kind: 'follows', event: 'round-1' }],
  citations: cite,
};
const agreement = {
  type: 'agreement',
  id: 'exchange',
  date: '2025-06-02',
  title: 'Exchanges agreed',
  parties: ['ukraine', 'russia'],
  status: 'agreed',
  provisions: [
    {
      kind: 'prisoner-exchange',
      description: 'Prisoners for prisoners.',
      quantity: { best: 1000, basis: 'each-side' },
      status: 'implemented',
      implemented: '2025-06-09/2025-06-14',
    },
    {
      kind: 'remains-exchange',
      description: 'The bodies of the fallen.',
      quantity: { best: 6000, basis: 'one-side', unit: 'bodies', approximate: true },
      status: 'in-progress',
      implemented: '2025-06-11',
    },
  ],
  relations: [{ kind: 'part-of', event: 'round-2' }],
  citations: cite,
};
const proposal = {
  type: 'proposal',
  id: 'truce',
  date: '2025-06-02',
  title: 'A short truce',
  subject: 'ceasefire',
  status: 'proposed',
  duration: { iso: 'PT48H', qualifier: 'up-to' },
  quantity: { low: 2, high: 3, unit: 'front sections' },
  targetDate: '2025-06',
  deadline: '2025-08',
  relations: [{ kind: 'responds-to', event: 'round-2' }],
  citations: cite,
};
const earlier = {
  type: 'context',
  id: 'earlier-talks',
  date: '2022-03',
  title: 'Talks in 2022 broke down',
  background: true,
  relations: [{ kind: 'concurrent-with', event: 'round-1' }],
  citations: cite,
};
const base = {
  $schema: 'https://unpkg.com/@parley/core@0.1.0/schema.json',
  id: 'istanbul-2025',
  title: 'Istanbul talks',
  period: '2025-05/2025-06',
  actors: [ukraine, russia, umerov],
  places: [istanbul, palace],
  sources: [report],
  events: [round1, round2, agreement, proposal, earlier],
};

type Doc = typeof base & { events: Record<string, unknown>[] } & Record<string, unknown>;
/** A copy of the base document changed by `mutate`, pretty-printed as an editor saves it. */
function text(mutate: (doc: Doc) => void = () => {}): string {
  const doc = structuredClone(base) as Doc;
  mutate(doc);
  return JSON.stringify(doc, null, 2);
}

function refused(json: string): Refused {
  const result = safeParseTimelineJson(json);
  if (result.success) throw new Error('Expected issues, but the text was accepted.');
  return result;
}

/** Each issue as `line:column  path  (code)  text at that position`, the text cut to 24 characters. */
function located(json: string): string[] {
  const lines = json.split('\n');
  return refused(json).error.issues.map(
    (issue) =>
      `${issue.line}:${issue.column}  ${toDotPath(issue.path)}  (${issue.code})  ${lines[issue.line! - 1]!.slice(issue.column! - 1, issue.column! + 23)}`,
  );
}

describe('the second edition of the model', () => {
  test('accepts a document using every new field, with no warnings', () => {
    const result = safeParseTimelineJson(text());
    expect(result.success && result.warnings).toEqual([]);
  });

  test('returns the new fields unchanged', () => {
    const result = safeParseTimeline(structuredClone(base));
    expect(result.success && result.data).toEqual(base);
  });

  describe('a root "$schema"', () => {
    test('is accepted with any address, and refused when not a string', () => {
      expect(safeParseTimelineJson(text((doc) => (doc.$schema = './schema.json'))).success).toBe(true);
      expect(located(text((doc) => Object.assign(doc, { $schema: 1 })))).toEqual([
        '2:14  $schema  (invalid_type)  1,',
      ]);
    });
  });

  describe('typed relations between events', () => {
    test('are refused when the event does not exist', () => {
      expect(
        located(text((doc) => (doc.events[1]!['relations'] = [{ kind: 'follows', event: 'round-0' }]))),
      ).toEqual(['90:20  events[1].relations[0].event  (unresolved_reference)  "round-0"']);
    });

    test('are refused when they name something that is not an event', () => {
      expect(
        located(text((doc) => (doc.events[1]!['relations'] = [{ kind: 'follows', event: 'ukraine' }]))),
      ).toEqual(['90:20  events[1].relations[0].event  (wrong_reference_kind)  "ukraine"']);
    });

    test('are refused with a kind that is not one of the five', () => {
      expect(
        located(text((doc) => (doc.events[1]!['relations'] = [{ kind: 'precedes', event: 'round-1' }]))),
      ).toEqual(['89:19  events[1].relations[0].kind  (invalid_value)  "precedes",']);
    });

    test('are refused without the event they point at', () => {
      expect(located(text((doc) => (doc.events[1]!['relations'] = [{ kind: 'follows' }])))).toEqual([
        '88:9  events[1].relations[0].event  (invalid_type)  {',
      ]);
    });
  });

  describe('background events', () => {
    test('may sit outside the period without a warning; others still warn', () => {
      const outside = (background: boolean | undefined) => {
        const result = safeParseTimelineJson(text((doc) => (doc.events[4]!['background'] = background)));
        return result.success ? result.warnings.map(({ code, path }) => `${code} ${toDotPath(path)}`) : [];
      };
      expect(outside(true)).toEqual([]);
      expect(outside(false)).toEqual(['outside_period events[4].date']);
      expect(outside(undefined)).toEqual(['outside_period events[4].date']);
    });

    test('are marked with a boolean', () => {
      expect(located(text((doc) => (doc.events[4]!['background'] = 'yes')))).toEqual([
        '183:21  events[4].background  (invalid_type)  "yes",',
      ]);
    });
  });

  describe('places within places', () => {
    test('are refused when the outer place does not exist, or is not a place', () => {
      expect(
        located(text((doc) => ((doc.places[1] as Record<string, unknown>)['within'] = 'istambul'))),
      ).toEqual(['37:17  places[1].within  (unresolved_reference)  "istambul"']);
      expect(
        located(text((doc) => ((doc.places[1] as Record<string, unknown>)['within'] = 'russia'))),
      ).toEqual(['37:17  places[1].within  (wrong_reference_kind)  "russia"']);
    });
  });

  describe("a delegation member's capacity at the round", () => {
    test('is one line of text, for the head and for each member', () => {
      expect(
        located(
          text((doc) => {
            const delegation = (doc.events[1]!['delegations'] as Record<string, unknown>[])[0]!;
            delegation['headCapacity'] = '';
            (delegation['members'] as Record<string, unknown>[])[0]!['capacity'] = 'Defence\nMinister';
          }),
        ),
      ).toEqual([
        '69:27  events[1].delegations[0].headCapacity  (too_small)  "",',
        '74:27  events[1].delegations[0].members[0].capacity  (forbidden_character)  "Defence\\nMinister"',
      ]);
    });
  });

  describe('durations', () => {
    test('accept weeks, months, years and seconds', () => {
      for (const iso of ['P2W', 'P6M', 'P1Y', 'PT90S', 'P1DT12H'])
        expect(safeParseTimelineJson(text((doc) => (doc.events[3]!['duration'] = { iso }))).success).toBe(
          true,
        );
    });

    test('refuse a range that ends below its start, at upTo', () => {
      expect(located(text((doc) => (doc.events[1]!['duration'] = { iso: 'PT48H', upTo: 'P1D' })))).toEqual([
        '84:17  events[1].duration.upTo  (invalid_range)  "P1D"',
      ]);
    });

    test('accept a range whose ends are the same length in other units', () => {
      const same = text((doc) => (doc.events[3]!['duration'] = { iso: 'PT24H', upTo: 'P1D' }));
      expect(safeParseTimelineJson(same).success).toBe(true);
    });

    test('refuse an unknown qualifier and a malformed upTo', () => {
      expect(
        located(
          text(
            (doc) => (doc.events[1]!['duration'] = { iso: 'PT3H', upTo: '4 hours', qualifier: 'roughly' }),
          ),
        ),
      ).toEqual([
        '84:17  events[1].duration.upTo  (invalid_format)  "4 hours",',
        '85:22  events[1].duration.qualifier  (invalid_value)  "roughly"',
      ]);
    });
  });

  describe('quantities', () => {
    test('refuse a basis that is not each-side, total or one-side, and an empty unit', () => {
      expect(
        located(
          text((doc) => {
            const [first, second] = doc.events[2]!['provisions'] as Record<string, Record<string, unknown>>[];
            first!['quantity']!['basis'] = 'per-side';
            second!['quantity']!['unit'] = '';
          }),
        ),
      ).toEqual([
        '116:22  events[2].provisions[0].quantity.basis  (invalid_value)  "per-side"',
        '127:21  events[2].provisions[1].quantity.unit  (too_small)  "",',
      ]);
    });

    test('still need a figure, in order, when they carry a basis', () => {
      expect(located(text((doc) => (doc.events[3]!['quantity'] = { basis: 'total' })))).toEqual([
        '158:19  events[3].quantity  (missing_figure)  {',
      ]);
      expect(
        located(text((doc) => (doc.events[3]!['quantity'] = { low: 5, high: 3, basis: 'total' }))),
      ).toEqual(['158:19  events[3].quantity  (invalid_range)  {']);
    });
  });

  describe('provisions', () => {
    test('refuse an unknown status and an impossible implementation date', () => {
      expect(
        located(
          text((doc) => {
            const [first] = doc.events[2]!['provisions'] as Record<string, unknown>[];
            first!['status'] = 'done';
            first!['implemented'] = '2025-06-14/2025-06-09';
          }),
        ),
      ).toEqual([
        '118:21  events[2].provisions[0].status  (invalid_value)  "done",',
        '119:26  events[2].provisions[0].implemented  (invalid_date)  "2025-06-14/2025-06-09"',
      ]);
    });
  });

  describe('EDTF dates', () => {
    test('accept level 1 forms in any date field', () => {
      const dated = text((doc) => {
        doc.events[0]!['date'] = '2025-21';
        doc.events[3]!['deadline'] = '2025-08-XX';
        doc.events[4]!['date'] = '/2022-03';
      });
      expect(safeParseTimelineJson(dated).success).toBe(true);
    });

    test('refuse a level 2 form where it stands', () => {
      expect(located(text((doc) => (doc.events[0]!['date'] = '2025-05-~16')))).toEqual([
        '50:15  events[0].date  (invalid_date)  "2025-05-~16",',
      ]);
    });
  });

  describe('proposals', () => {
    test('refuse a deadline or target date that is not a date', () => {
      expect(
        located(
          text((doc) => {
            doc.events[3]!['targetDate'] = 'soon';
            doc.events[3]!['deadline'] = '2025-08-32';
          }),
        ),
      ).toEqual([
        '163:21  events[3].targetDate  (invalid_date)  "soon",',
        '164:19  events[3].deadline  (invalid_date)  "2025-08-32",',
      ]);
    });
  });
});
