/**
 * How one spreadsheet cell holds one field's value. Cells are text, so a few rules say when a
 * cell is something else; `writeCell` applies them backwards, so a timeline round-trips.
 *
 * - An empty cell: the field is absent.
 * - A cell starting with `[`, `{` or `"`: JSON, for lists, nested objects, and text that itself
 *   starts with one of those characters.
 * - `true` or `false`: a yes/no field.
 * - In a `round` column (the only number a record holds directly), a number.
 * - In a list column (ids and names, below), items separated by `;`: `ukraine; russia`.
 * - Anything else: text, as written (dates such as `2025` stay text).
 *
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) is written
 * JSON-quoted, so opening an exported file never runs anything.
 */

/** Fields that hold a list of short texts (mostly ids), written `a; b; c` in a cell. */
export const LIST_COLUMNS: ReadonlySet<string> = new Set([
  'actors',
  'related',
  'mediators',
  'attendees',
  'presidedBy',
  'participants',
  'parties',
  'sameAs',
  'means',
  'sectors',
]);

/** The fields of a record (not nested in one) that hold a number. */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['round']);

const JSON_START = /^[[{"]/;
/** What a spreadsheet would run as a formula; such text is written JSON-quoted, so it never runs. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The value of a cell, or `undefined` for an empty one; throws a SyntaxError for bad JSON. */
export function readCell(column: string, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  if (JSON_START.test(text)) return JSON.parse(text) as unknown;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (NUMBER_COLUMNS.has(column) && NUMBER.test(text)) return Number(text);
  if (LIST_COLUMNS.has(column))
    return text
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  // Text keeps its inner spacing and line breaks; only the cell's outer spaces go.
  return text;
}

/** The cell that `readCell` reads back as `value`. */
export function writeCell(column: string, value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    const plain =
      value === value.trim() &&
      value !== '' &&
      !JSON_START.test(value) &&
      !FORMULA_START.test(value) &&
      value !== 'true' &&
      value !== 'false' &&
      !(NUMBER_COLUMNS.has(column) && NUMBER.test(value)) &&
      !LIST_COLUMNS.has(column);
    return plain ? value : JSON.stringify(value);
  }
  if (typeof value === 'number' && NUMBER_COLUMNS.has(column)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (
    LIST_COLUMNS.has(column) &&
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) => typeof item === 'string' && item === item.trim() && item !== '' && !item.includes(';'),
    )
  )
    return value.join('; ');
  return JSON.stringify(value);
}
