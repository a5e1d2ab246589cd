import Papa from 'papaparse';
import type { _IssueData } from '../../errors/issue.js';
import { LineCounter } from '../../parse/json/line-counter.js';
import { _resolveOptions, type ParseOptions } from '../../parse/options.js';
import { _toResult, type SafeParseTimelineResult } from '../../parse/parse-timeline.js';
import type { Timeline } from '../../schemas/timeline.js';
import { _validateTimeline } from '../../validation/validate-timeline.js';
import { readCell } from './cells.js';

/** The column that says which part of the timeline a row belongs to. */
export const SECTION_COLUMN = 'section';

/**
 * The values of the section column: `timeline` for the one row of the document's own fields,
 * and the name of each list in a timeline for a row that is one item of it.
 */
export const CSV_SECTIONS = [
  'timeline',
  'actors',
  'places',
  'sources',
  'images',
  'events',
  'updates',
] as const;

/** One data row: where it starts in the text, its cells, and where each cell starts. */
interface Row {
  readonly cells: readonly string[];
  readonly offsets: readonly number[];
  readonly start: number;
}

/** Where each cell of the row starting at `start` begins, following CSV's quoting rules. */
function cellOffsets(text: string, start: number, end: number, delimiter: string, count: number): number[] {
  const offsets = [start];
  let quoted = false;
  for (let i = start; i < end && offsets.length < count; i++) {
    const c = text[i];
    if (c === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (!quoted && text.startsWith(delimiter, i)) {
      offsets.push(i + delimiter.length);
      i += delimiter.length - 1;
    }
  }
  while (offsets.length < count) offsets.push(end);
  return offsets;
}

/**
 * Validates a timeline from CSV text, as a spreadsheet exports it, and never throws.
 *
 * The first row names the columns; the `section` column says what each row is (`timeline`, or
 * `actors`, `places`, `sources`, `images`, `events`, `updates` for one item of that list), and
 * each other column is a field of that row (see `cells.ts` for how a cell holds a list, an
 * object or a number). Every issue carries the `line` and `column` (1-based, in the text) of
 * the cell it is about; a row with more or fewer cells than the header is reported, never
 * silently cut or padded. Commas, semicolons and tabs are recognised as delimiters.
 *
 * Hint: `stringifyTimelineCsv` writes a timeline in this layout; the template is
 * `examples/template.csv`.
 *
 * @example safeParseTimelineCsv('section,id,title\ntimeline,t,Talks\n').success //=> false (no events)
 */
export function safeParseTimelineCsv(text: string, options?: ParseOptions): SafeParseTimelineResult {
  const limits = _resolveOptions(options);
  if (typeof text !== 'string')
    return refused({ code: 'invalid_type', path: [], expected: 'csv_text', received: text }, options);
  if (text.length > limits.maxLength)
    return refused(
      { code: 'too_big', path: [], origin: 'text', limit: limits.maxLength, received: text.length },
      options,
    );
  const lines = new LineCounter(text);
  const at = (offset: number) => lines.linePos(offset);

  // Papaparse reads the cells; its cursor after each row gives where the next one starts.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - source.length;
  const rows: Row[] = [];
  const syntax: _IssueData[] = [];
  let start = 0;
  let delimiter = ',';
  Papa.parse<string[]>(source, {
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      delimiter = result.meta.delimiter;
      const end = result.meta.cursor;
      const cells = result.data;
      for (const error of result.errors)
        if (error.code !== 'UndetectableDelimiter')
          syntax.push({
            code: 'syntax',
            // Papaparse's own English words for the rarer errors: no locale can know them all.
            ...(error.code === 'MissingQuotes'
              ? { reason: 'csv_quote' }
              : { reason: 'csv', params: { detail: `${error.message}.` } }),
            path: [],
            ...at(start + shift),
          });
      rows.push({
        cells,
        start: start + shift,
        offsets: cellOffsets(source, start, end, delimiter, cells.length).map((o) => o + shift),
      });
      start = end;
    },
  });
  if (syntax.length > 0) return refused(syntax[0]!, options);

  const [header, ...body] = rows;
  const columns = header?.cells.map((name) => name.trim()) ?? [];
  const sectionIndex = columns.indexOf(SECTION_COLUMN);
  if (!header || sectionIndex < 0)
    return refused(
      { code: 'syntax', reason: 'csv_header', expected: CSV_SECTIONS, path: [], ...at(0) },
      options,
    );

  const issues: _IssueData[] = [];
  const seen = new Map<string, number>();
  columns.forEach((name, index) => {
    const place = at(header.offsets[index] ?? header.start);
    if (name === '')
      issues.push({
        code: 'syntax',
        reason: 'csv_unnamed_column',
        params: { column: index + 1 },
        path: [],
        ...place,
      });
    else if (seen.has(name))
      issues.push({ code: 'syntax', reason: 'csv_duplicate_column', received: name, path: [], ...place });
    seen.set(name, index);
  });

  // Build the document, remembering where each field's cell is.
  const value: Record<string, unknown> = {};
  const cellOf = new Map<string, number>();
  const rowOf = new Map<string, number>();
  const key = (path: readonly (string | number)[]) => JSON.stringify(path);
  let timelineRow: Row | undefined;
  for (const row of body) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    if (row.cells.length !== columns.length) {
      const extra = row.cells.length > columns.length;
      issues.push({
        code: 'syntax',
        reason: 'csv_row_length',
        received: row.cells.length,
        limit: columns.length,
        path: [],
        ...at(extra ? (row.offsets[columns.length] ?? row.start) : row.start),
      });
      continue;
    }
    const section = row.cells[sectionIndex]!.trim();
    let target: Record<string, unknown>;
    let prefix: (string | number)[];
    if (section === 'timeline') {
      if (timelineRow) {
        issues.push({ code: 'syntax', reason: 'csv_timeline_row', path: [], ...at(row.start) });
        continue;
      }
      timelineRow = row;
      target = value;
      prefix = [];
    } else if ((CSV_SECTIONS as readonly string[]).includes(section)) {
      const list = (value[section] ??= []) as unknown[];
      target = {};
      prefix = [section, list.length];
      list.push(target);
      rowOf.set(key(prefix), row.start);
    } else {
      issues.push({
        code: 'invalid_value',
        reason: 'csv_section',
        expected: CSV_SECTIONS,
        received: section,
        path: [],
        ...at(row.offsets[sectionIndex] ?? row.start),
      });
      continue;
    }
    columns.forEach((column, index) => {
      if (index === sectionIndex || column === '') return;
      const offset = row.offsets[index] ?? row.start;
      try {
        const cell = readCell(column, row.cells[index]!);
        if (cell === undefined) return;
        target[column] = cell;
        cellOf.set(key([...prefix, column]), offset);
      } catch (error) {
        issues.push({
          code: 'syntax',
          reason: 'csv_cell_json',
          params: { detail: error instanceof Error ? error.message : 'unreadable' },
          path: [...prefix, column],
          ...at(offset),
        });
      }
    });
  }
  if (issues.length > 0) return _toResult({ issues, warnings: [] }, limits.maxIssues, options?.locale);
  // Lists that have no rows are absent, except events, which every timeline has.
  value.events ??= [];

  /** A field's cell; a record's row; the timeline row; the header, in that order of preference. */
  const offsetOf = (path: readonly (string | number)[]): number => {
    for (let length = path.length; length >= 0; length--) {
      const found = cellOf.get(key(path.slice(0, length))) ?? rowOf.get(key(path.slice(0, length)));
      if (found !== undefined) return found;
    }
    return timelineRow?.start ?? 0;
  };
  const locate = <T extends _IssueData<string>>(
    issue: T,
  ): T & { line: number; column: number; offset: number } => {
    const offset = offsetOf(issue.path);
    return { ...issue, ...at(offset), offset };
  };
  const collected = _validateTimeline(value, limits.maxValues);
  return _toResult(
    {
      ...(collected.data ? { data: collected.data } : {}),
      issues: bySourceOrder(collected.issues.map(locate)),
      warnings: bySourceOrder(collected.warnings.map(locate)),
    },
    limits.maxIssues,
    options?.locale,
  );
}

function bySourceOrder<T extends { offset: number }>(items: T[]): Omit<T, 'offset'>[] {
  return items.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...rest }) => rest);
}

function refused(issue: _IssueData, options: ParseOptions | undefined): SafeParseTimelineResult {
  return _toResult({ issues: [issue], warnings: [] }, 1, options?.locale);
}

/**
 * Validates a timeline from CSV text and returns it typed.
 *
 * @throws {ParleyValidationError} With `issues`, each with its line and column.
 */
export function parseTimelineCsv(text: string, options?: ParseOptions): Timeline {
  const result = safeParseTimelineCsv(text, options);
  if (!result.success) throw result.error;
  return result.data;
}
