import Papa from 'papaparse';
import type { Timeline } from '../../schemas/timeline.js';
import { writeCell } from './cells.js';
import { CSV_SECTIONS, SECTION_COLUMN } from './parse-timeline-csv.js';

/** The columns an editor reads first, in the template's order; the rest follow as they appear. */
const LEADING_COLUMNS = ['id', 'type', 'kind', 'date', 'title', 'name', 'summary'];

/**
 * Writes a timeline as CSV that `parseTimelineCsv` reads back to an equal value: one row for the
 * timeline's own fields, then one per actor, place, source, image, event and update. Columns come
 * in the template's order, then as fields first appear; lists of ids are written `a; b`, nested objects as JSON.
 *
 * @example stringifyTimelineCsv({ id: 't', title: 'Talks', events: [] }) //=> 'section,id,title\r\ntimeline,t,Talks\r\n'
 */
export function stringifyTimelineCsv(timeline: Timeline): string {
  const records: [section: string, fields: Record<string, unknown>][] = [];
  const own = Object.fromEntries(
    Object.entries(timeline).filter(([name]) => !(CSV_SECTIONS as readonly string[]).includes(name)),
  );
  records.push(['timeline', own]);
  for (const section of CSV_SECTIONS.slice(1)) {
    const list = (timeline as Record<string, unknown>)[section];
    if (Array.isArray(list))
      for (const item of list) records.push([section, item as Record<string, unknown>]);
  }
  const columns: string[] = [...LEADING_COLUMNS];
  for (const [, fields] of records)
    for (const name of Object.keys(fields)) if (!columns.includes(name)) columns.push(name);
  // Leading columns no record uses are left out.
  const used = columns.filter((name) => records.some(([, fields]) => fields[name] !== undefined));
  columns.splice(0, columns.length, ...used);
  const rows = records.map(([section, fields]) => [
    section,
    ...columns.map((name) => writeCell(name, fields[name])),
  ]);
  return `${Papa.unparse([[SECTION_COLUMN, ...columns], ...rows], { newline: '\r\n' })}\r\n`;
}
