import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ISSUE_CODES,
  WARNING_CODES,
  en,
  safeParseTimeline,
  safeParseTimelineJson,
  localizeIssue,
  parseParleyDate,
  type DateFailureReason,
  type DateLevel2Feature,
  type ParleyIssueData,
  type ParleyIssueCode,
  type ParleyWarningCode,
} from '../index.js';
import { safeParseTimelineCsv } from '../formats/csv/index.js';
import { safeParseTimelineYaml } from '../formats/yaml/index.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { uk } from './uk.js';

/**
 * A date for every reason the date parser gives, and for every level 2 form it names. Typed by
 * reason and form, so a new one cannot go without a sample in every locale.
 */
const DATE_SAMPLES: Record<DateFailureReason, string> = {
  syntax: 'next Tuesday',
  year_range: 'Y300000',
  level2: '2001-34',
  month: '2025-13-01',
  day: '2025-02-30',
  hours: '2025-06-02T24:00',
  minutes: '2025-06-02T23:60',
  seconds: '2025-06-02T23:59:60',
  qualified_time: '2025-06-02T13:00~',
  offset: '2025-06-02T13:00+15:00',
  too_long: '2'.repeat(81),
  open_interval: '../..',
  interval_order: '2025-06-02/2025-06-01',
};
const LEVEL_2_SAMPLES: Record<DateLevel2Feature, string> = {
  set: '{1667,1668}',
  exponential_year: 'Y-17E7',
  significant_digits: '1950S2',
  inner_qualifier: '2004-06-~11',
  unspecified_digits: '156X-12-25',
  unspecified_in_interval: '2004-06-XX/2004-07-03',
  sub_year_grouping: '2001-34',
};

/** The `invalid_date` issue of a date, with the reason and values the parser gives. */
function dateSample(text: string, reason: DateFailureReason, feature?: DateLevel2Feature): Sample {
  const parsed = parseParleyDate(text);
  if (parsed.success) throw new Error(`${text} was accepted`);
  expect([parsed.reason, parsed.params['feature']]).toEqual([reason, feature]);
  return { received: text, reason: parsed.reason, params: parsed.params };
}

type Sample = Omit<ParleyIssueData<string>, 'code' | 'path'> & { path?: (string | number)[] };

/**
 * Every kind of issue the parsers report, as data: every code, and each variant a code words
 * differently (a `reason`, an `origin`). Typed by code, so a new code cannot go without samples.
 */
const SAMPLES: Record<ParleyIssueCode | ParleyWarningCode, Sample[]> = {
  syntax: [
    { reason: 'unexpected', expected: 'comma_or_brace', received: '"' },
    { reason: 'unexpected', expected: 'value' },
    { reason: 'unexpected', expected: 'colon', received: ' ' },
    { reason: 'unexpected', expected: 'name', received: '\u00a0' },
    { reason: 'unexpected', expected: 'name_or_close', received: 'nul' },
    { reason: 'unexpected', expected: 'comma_or_bracket', received: '\t' },
    { reason: 'unexpected', expected: 'quote' },
    { reason: 'unexpected', expected: 'digit_after_minus', received: '\n' },
    { reason: 'unexpected', expected: 'digit_after_dot', received: '\u0001' },
    { reason: 'unexpected', expected: 'exponent_digit', received: 'x' },
    { reason: 'comment' },
    { reason: 'after_value' },
    { reason: 'trailing_comma', params: { before: ']' } },
    { reason: 'leading_zero' },
    { reason: 'not_a_number', received: 'NaN' },
    { reason: 'single_quote' },
    { reason: 'unicode_escape', received: '\\u12' },
    { reason: 'invalid_escape', received: 'x' },
    { reason: 'invalid_escape', received: ' ' },
    { reason: 'line_break' },
    { reason: 'control_character', received: '\u0001', params: { escape: '\\u0001' } },
    { reason: 'yaml', params: { detail: 'Implicit keys need to be on a single line.' } },
    { reason: 'yaml_documents' },
    { reason: 'yaml_tag', params: { detail: 'Unresolved tag: !custom' } },
    { reason: 'yaml_alias', received: 'base' },
    { reason: 'yaml_collection_tag', received: '!!set' },
    { reason: 'yaml_binary' },
    { reason: 'csv', params: { detail: 'Trailing quote on quoted field is malformed.' } },
    { reason: 'csv_quote' },
    { reason: 'csv_header', expected: ['timeline', 'events'] },
    { reason: 'csv_unnamed_column', params: { column: 3 } },
    { reason: 'csv_duplicate_column', received: 'title' },
    { reason: 'csv_row_length', received: 5, limit: 4 },
    { reason: 'csv_row_length', received: 3, limit: 4 },
    { reason: 'csv_timeline_row' },
    { reason: 'csv_cell_json', params: { detail: 'Unexpected token' } },
  ],
  duplicate_key: [{ received: 'id' }, { reason: 'yaml_key', received: 'id' }, { reason: 'yaml_key' }],
  forbidden_key: [{ received: '__proto__' }],
  too_deep: [{ limit: 32 }, { reason: 'yaml_exhausted' }, { reason: 'yaml_depth', limit: 32 }],
  invalid_type: [
    { expected: 'string', received: 5 },
    { expected: 'object' },
    { expected: ['int', 'object'], received: 'x' },
    { expected: [], received: true },
    { expected: 'json_text', received: null },
    { expected: 'yaml_text', received: 5 },
    { expected: 'csv_text' },
  ],
  invalid_value: [
    { expected: ['claim', 'fact'], received: 'clam', suggestion: 'claim' },
    { reason: 'csv_section', expected: ['timeline', 'events'], received: 'event' },
  ],
  invalid_format: [
    { expected: 'id', received: 'a b' },
    { expected: 'id:person', received: 'a b' },
    { expected: 'sameAs', received: 'x' },
    { expected: 'language', received: 'English' },
    { expected: 'duration', received: '4 hours' },
  ],
  invalid_date: [
    // Another tool's issue, with no reason: worded in general.
    { received: '2025-02-30' },
    ...Object.entries(DATE_SAMPLES)
      .filter(([reason]) => reason !== 'level2')
      .map(([reason, text]) => dateSample(text, reason as DateFailureReason)),
    ...Object.entries(LEVEL_2_SAMPLES).map(([feature, text]) =>
      dateSample(text, 'level2', feature as DateLevel2Feature),
    ),
  ],
  invalid_url: [{ received: 'javascript:alert(1)' }],
  invalid_country: [{ received: 'ua', suggestion: 'UA' }],
  invalid_range: [
    { reason: 'estimate', received: { low: 5, high: 3 } },
    { reason: 'role', params: { from: '2024', to: '2023' } },
    { reason: 'duration', params: { from: 'PT48H', to: 'PT24H' } },
  ],
  forbidden_character: [{ received: '\u202e', params: { position: 3 } }],
  unrecognized_key: [
    { received: 'titel', expected: ['title', 'summary'], suggestion: 'title' },
    { received: 'zzz', expected: ['title', 'summary'] },
    { received: 'zzz', expected: [] },
  ],
  invalid_key: [{ expected: 'language', received: 'turkish' }, { reason: 'yaml_key_type' }],
  unknown_type: [
    { path: ['events', 0, 'type'], expected: ['talks', 'agreement'], received: 'talk', suggestion: 'talks' },
    { path: ['events', 0, 'type'], expected: ['talks', 'agreement'] },
  ],
  too_small: [
    { origin: 'string', limit: 1, received: 0 },
    { origin: 'string', limit: 3, received: 2 },
    { origin: 'array', limit: 1, received: 0 },
    { origin: 'number', limit: 0, received: -1 },
  ],
  too_big: [
    { origin: 'number', limit: 10, received: 11 },
    { origin: 'string', limit: 200, received: 250 },
    { origin: 'array', limit: 20, received: 21 },
    { origin: 'json_string', limit: 4, received: 5 },
    { origin: 'json_key', limit: 4, received: 5 },
    { origin: 'json_array', limit: 2 },
    { origin: 'json_object', limit: 2 },
    { origin: 'text', limit: 20, received: 60 },
    { origin: 'document', limit: 20 },
    { reason: 'yaml_aliases', limit: 100, params: { detail: 'Excessive alias count' } },
  ],
  missing_name: [{}],
  missing_claimant: [{}],
  missing_words: [{}],
  missing_figure: [{}],
  duplicate_id: [{ received: 'r1', params: { first: 'events[0]' } }],
  unresolved_reference: [{ expected: 'person', received: 'umerov', suggestion: 'rustem-umerov' }],
  wrong_reference_kind: [{ expected: 'person', received: 'ua', params: { is: 'state', at: 'actors[0]' } }],
  unreadable: [{ params: { error: 'boom' } }],
  too_many_issues: [{ received: 5, limit: 100 }],
  outside_period: [{ received: '2020-01-01', expected: '2025-05/2025-06' }],
  unreferenced: [{ received: 'bbc' }],
  uncited: [{}],
};

const issues = Object.entries(SAMPLES).flatMap(([code, samples]) =>
  samples.map((sample) => ({ path: [], ...sample, code }) as ParleyIssueData<string>),
);
const label = (issue: ParleyIssueData<string>) =>
  [
    issue.code,
    issue.reason ?? issue.origin,
    issue.params?.['feature'],
    JSON.stringify(issue.received)?.slice(0, 30),
  ]
    .filter(Boolean)
    .join(' ');

describe('every locale', () => {
  test('has samples for every code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ISSUE_CODES, ...WARNING_CODES].sort());
  });

  test.each(issues.map((issue) => [label(issue), issue] as const))('words %s in English', (_, issue) => {
    const message = en.message(issue);
    expect(message).toMatch(/^\S.*[.?]$/s);
    expect(message).not.toMatch(/undefined|\[object/);
  });

  describe.each([
    ['uk', uk, /[а-яіїєґ]/i],
    ['ru', ru, /[а-яё]/i],
    ['tr', tr, /[çğıöşüa-z]/i],
  ] as const)('%s', (_, locale, script) => {
    test.each(issues.map((issue) => [label(issue), issue] as const))(
      'words %s in its own language',
      (__, issue) => {
        const message = locale.message(issue);
        expect(message, 'a message for every code and variant').toBeTypeOf('string');
        expect(message).not.toBe(en.message(issue));
        expect(message).toMatch(script);
        expect(message).not.toMatch(/undefined|\[object/);
        const hint = en.hint(issue);
        if (hint !== undefined) {
          expect(locale.hint(issue)).toBeTypeOf('string');
          expect(locale.hint(issue)).not.toBe(hint);
        }
      },
    );
  });
});

describe('why a date is impossible', () => {
  const dates = issues.filter((issue) => issue.code === 'invalid_date' && issue.reason !== undefined);

  test('is worded in English as the date parser words it', () => {
    for (const issue of dates)
      expect(en.message(issue)).toBe(
        (parseParleyDate(String(issue.received)) as { message: string }).message,
      );
  });

  describe.each([
    ['en', en],
    ['uk', uk],
    ['ru', ru],
    ['tr', tr],
  ] as const)('in %s', (_, locale) => {
    test('names the exact reason and level 2 form, each in its own words', () => {
      const general = (issue: ParleyIssueData<string>) =>
        locale.message({ code: 'invalid_date', path: [], received: issue.received });
      const messages = dates.map((issue) => locale.message(issue));
      for (const [index, issue] of dates.entries())
        expect(messages[index], label(issue)).not.toBe(general(issue));
      expect(new Set(messages).size).toBe(dates.length);
    });

    test('with the values it names', () => {
      for (const issue of dates)
        for (const [name, value] of Object.entries(issue.params ?? {}))
          if (name !== 'feature' && String(value).length <= 40)
            expect(locale.message(issue), `${label(issue)}: ${name}`).toContain(String(value));
    });
  });
});

test('docs/errors.md names every reason a date is impossible, and every level 2 form', () => {
  const page = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
  const section = page.slice(page.indexOf('### invalid_date'), page.indexOf('### invalid_url'));
  const rows = [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((match) => match[1]);
  expect(rows.slice(1), "the table's rows after its header").toEqual(Object.keys(DATE_SAMPLES));
  for (const feature of Object.keys(LEVEL_2_SAMPLES)) expect(section).toContain(`\`${feature}\``);
});

describe('the locale option', () => {
  const text = '{\n  "id": "t",\n  "title": 5,\n  "events": [],\n  "summry": "x"\n}';

  test('words every issue from text in the chosen language, with the same data', () => {
    const english = safeParseTimelineJson(text);
    const ukrainian = safeParseTimelineJson(text, { locale: uk });
    if (english.success || ukrainian.success) throw new Error('expected issues');
    expect(ukrainian.error.issues.map(({ message: _, hint: __, ...data }) => data)).toEqual(
      english.error.issues.map(({ message: _, hint: __, ...data }) => data),
    );
    expect(ukrainian.error.issues.map((issue) => [issue.message, issue.hint])).toEqual([
      ['Очікувалося: рядок, отримано число 5.', undefined],
      ['Невідоме поле "summry".', 'Можливо, ви мали на увазі "summary"?'],
    ]);
  });

  test('words issues of values and of JSON syntax', () => {
    const result = safeParseTimeline({ id: 't', title: 'T', events: [{ type: 'talk' }] }, { locale: tr });
    expect(result.success || result.error.issues[0]).toMatchObject({
      code: 'unknown_type',
      received: 'talk',
      suggestion: 'talks',
      hint: '"talks" mi demek istediniz?',
    });
    const date = safeParseTimeline(
      { id: 't', title: 'T', events: [{ type: 'context', id: 'e', date: '2025-02-30', title: 'E' }] },
      { locale: uk },
    );
    expect(date.success || date.error.issues[0]).toMatchObject({
      code: 'invalid_date',
      received: '2025-02-30',
      reason: 'day',
      params: { month: '2025-02', day: '30', days: 28 },
      message: 'У місяці 2025-02 немає дня 30: у ньому 28 днів.',
    });
    const syntax = safeParseTimelineJson('{"id": "t",}', { locale: ru });
    expect(syntax.success || syntax.error.issues[0]?.message).toBe("Лишняя запятая перед '}': удалите её.");
  });
});

describe('the YAML and CSV readers', () => {
  test('take the locale option too, for their own issues and the validator’s', () => {
    const yaml = safeParseTimelineYaml('id: t\nid: u\n', { locale: uk });
    expect(yaml.success || yaml.error.issues[0]).toMatchObject({
      code: 'duplicate_key',
      reason: 'yaml_key',
      received: 'id',
      message: 'Ключ "id" трапляється двічі в одному словнику: кожен ключ може бути лише раз.',
      hint: 'Приберіть один із двох або об’єднайте те, що в них сказано.',
    });
    const csv = safeParseTimelineCsv('section,id,title\ntimeline,t,Talks,extra\n', { locale: tr });
    expect(csv.success || csv.error.issues[0]).toMatchObject({
      code: 'syntax',
      reason: 'csv_row_length',
      received: 4,
      limit: 3,
      message:
        'Bu satırda 4 hücre var, başlıkta ise 3: bir hücrede tırnaksız ayraç var ya da satır başlıktan uzun.',
    });
    const shape = safeParseTimelineYaml('id: t\ntitle: 5\nevents: []\n', { locale: ru });
    expect(shape.success || shape.error.issues[0]?.message).toBe('Ожидалось: строка, получено число 5.');
  });
});

test('Ukrainian and Russian count with the plural their grammar wants', () => {
  const short = (limit: number) => ({ code: 'too_small', path: [], origin: 'string', limit, received: 0 });
  expect([2, 5, 21].map((limit) => uk.message(short(limit)))).toEqual([
    'Закоротко: потрібно щонайменше 2 символи, отримано 0.',
    'Закоротко: потрібно щонайменше 5 символів, отримано 0.',
    'Закоротко: потрібно щонайменше 21 символ, отримано 0.',
  ]);
  const more = (received: number) => ({ code: 'too_many_issues', path: [], received, limit: 100 });
  expect([1, 3, 11].map((count) => ru.message(more(count)))).toEqual([
    '…и ещё 1 проблема (предел maxIssues — 100).',
    '…и ещё 3 проблемы (предел maxIssues — 100).',
    '…и ещё 11 проблем (предел maxIssues — 100).',
  ]);
});

test('localizeIssue words an issue found once in another language', () => {
  const result = safeParseTimeline({ id: 't', title: 5, events: [] });
  if (result.success) throw new Error('expected an issue');
  const [issue] = result.error.issues;
  expect(issue!.message).toBe('Expected a string, received number 5.');
  expect(localizeIssue(issue!, ru).message).toBe('Ожидалось: строка, получено число 5.');
  expect(localizeIssue(localizeIssue(issue!, ru), en)).toEqual(issue);
});
