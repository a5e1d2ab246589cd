// English, built in: every parse function words its issues with this unless given another locale.
// (The script tag of @parley/widget loads it on demand, in parley-timeline.messages.js.)
import type { ParleyIssueData } from '../errors/issue.js';
import type { ParleyLocale } from '../errors/locale.js';
import { _dateFailureMessage } from '../dates/date-failure-words.js';
import { _forbiddenKeyMessage } from '../internal/_forbidden-keys.js';
import { _withArticle } from '../internal/_with-article.js';
import { _codePoint, _figures, _foundKind, _kindOf, _list, _quote } from './_words.js';

type Issue = ParleyIssueData<string>;

const TYPES: Record<string, string> = { int: 'whole number' };

/** "a string", "a whole number or an object"; `another value` when nothing is known. */
function expectedTypes(expected: Issue['expected']): string {
  const types = Array.isArray(expected) ? expected : [expected];
  const words = [...new Set(types.map((type) => _withArticle(TYPES[String(type)] ?? String(type))))];
  return words.join(' or ') || 'another value';
}

/** The received value in words: `"next Tuesday"`, `number 5`, `an array`. */
function value(received: unknown): string {
  const kind = _kindOf(received);
  if (kind === 'string') return _quote(received);
  if (kind === 'number' || kind === 'boolean') return `${kind} ${String(received)}`;
  return kind === 'missing' ? 'nothing' : kind === 'array' || kind === 'object' ? _withArticle(kind) : kind;
}

const plural = (count: unknown, word: string) => `${String(count)} ${count === 1 ? word : `${word}s`}`;

/** The formats schemas name (`x-parley-format`); an unnamed one carries its own English words. */
const FORMATS: Record<string, string> = {
  id: 'Expected an id of letters, digits and - _ . : (at most 100, starting with a letter or digit)',
  language: 'Expected a language tag such as "en", "uk", "ru", "tr" or "sr-Latn"',
  duration: 'Expected an ISO 8601 duration such as "PT4H", "PT3H30M", "P2D", "P2W" or "P6M"',
  sameAs: 'Expected a Wikidata id such as "Q212" or an http(s) URL',
};
function format(expected: Issue['expected']): string {
  const name = String(expected);
  if (name.startsWith('id:')) return `Expected the id of ${_withArticle(name.slice(3))}`;
  return FORMATS[name] ?? name.replace(/\.$/, '');
}

const DESCRIBE: Record<string, string> = { party: 'state or organisation' };
const described = (kind: unknown) => DESCRIBE[String(kind)] ?? String(kind);

/** Tokens the JSON reader expects, by the name it gives them. */
const TOKENS: Record<string, string> = {
  name_or_close: `a double-quoted property name or '}'`,
  name: 'a double-quoted property name',
  comma_or_bracket: `',' or ']' after an array item`,
  comma_or_brace: `',' or '}' after a property value`,
  colon: `':' after a property name`,
  quote: `'"' to close the string`,
  digit_after_minus: `a digit after '-'`,
  digit_after_dot: 'a digit after the decimal point',
  exponent_digit: 'a digit in the exponent',
  value: 'a value',
};

function found(text: unknown): string {
  const excerpt = String(text);
  switch (_foundKind(excerpt)) {
    case 'space':
      return 'a space';
    case 'tab':
      return 'a tab';
    case 'line_break':
      return 'a line break';
    case 'other_space':
      return `${_codePoint(excerpt)} (a space character that JSON does not allow)`;
    case 'control':
      return _codePoint(excerpt);
    default:
      return excerpt === "'" ? `"'"` : `'${excerpt}'`;
  }
}

const SYNTAX: Record<string, (issue: Issue) => string> = {
  unexpected: ({ expected, received }) =>
    received === undefined
      ? `Unexpected end of input: expected ${TOKENS[String(expected)]}.`
      : `Expected ${TOKENS[String(expected)]}, found ${found(received)}.`,
  comment: () => 'Comments are not allowed in JSON.',
  after_value: () => 'Unexpected text after the JSON value.',
  trailing_comma: ({ params }) => `Trailing comma before '${params?.['before']}': remove it.`,
  leading_zero: () => 'Numbers must not have leading zeros.',
  not_a_number: ({ received }) => `${String(received)} is not allowed in JSON: use null or a string.`,
  single_quote: () => `Expected a value, found "'": JSON strings use double quotes.`,
  unicode_escape: ({ received }) =>
    `Invalid escape '${String(received)}' in a string: \\u must be followed by four hex digits.`,
  invalid_escape: ({ received }) =>
    `Invalid escape ${_foundKind(String(received)) === 'text' ? `'\\${String(received)}'` : `(a backslash followed by ${found(received)})`} in a string: the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`,
  line_break: () => `Unescaped line break in a string: write it as \\n, or close the string with '"'.`,
  control_character: ({ received, params }) =>
    `Unescaped control character ${_codePoint(String(received))} in a string: write it as ${params?.['escape']}.`,
};

const SIZES: Record<string, (issue: Issue) => string> = {
  number: ({ limit, received }) => `Too big: expected at most ${limit}, received ${value(received)}.`,
  string: ({ limit, received }) =>
    `Too long: expected at most ${limit} characters, received ${plural(received, 'character')}.`,
  array: ({ limit, received }) =>
    `Too long: expected at most ${limit} items, received ${plural(received, 'item')}.`,
  json_string: ({ limit, received }) =>
    `String is too long: ${received} characters, where the reader accepts at most ${limit} in any string.`,
  json_key: ({ limit, received }) =>
    `Property name is too long: ${received} characters, where the reader accepts at most ${limit} in any string.`,
  json_array: ({ limit }) => `Too many items in one array: at most ${limit} are allowed.`,
  json_object: ({ limit }) => `Too many properties in one object: at most ${limit} are allowed.`,
  text: ({ limit, received }) =>
    `The text is ${received} characters long; the limit is ${limit} (the maxLength option).`,
  document: ({ limit }) =>
    `The document has more than ${limit} items in lists and maps (the maxValues limit).`,
};

/**
 * Issues of the YAML and CSV readers, by their `reason`; `detail` is the reading library's own
 * English words, for its rarer errors.
 */
/** The text formats a reader refuses a non-string for. */
const TEXT_NAMES: Record<string, string> = { json_text: 'JSON', yaml_text: 'YAML', csv_text: 'CSV' };

const TEXT_FORMATS: Record<string, (issue: Issue) => string> = {
  yaml: ({ params }) => String(params?.['detail']),
  yaml_key: ({ received }) =>
    `${received === undefined ? 'This key' : `The key ${JSON.stringify(received)}`} appears twice in the same mapping: each key may appear only once.`,
  yaml_key_type: () => 'A mapping key must be plain text, not a list, a mapping or an alias.',
  yaml_exhausted: () => 'The YAML is nested too deeply to read.',
  yaml_depth: ({ limit }) => `Lists and mappings are nested more than ${limit} deep (the maxDepth option).`,
  yaml_documents: () =>
    'The text holds more than one YAML document (a line of ---): a timeline is one document.',
  yaml_tag: ({ params }) =>
    `${params?.['detail']}: a timeline uses plain YAML values only (text, numbers, true/false, null, lists and mappings).`,
  yaml_alias: ({ received }) => `The alias *${received} has no anchor &${received} before it.`,
  yaml_collection_tag: ({ received }) => `The tag ${received} is not plain data: use a list or a mapping.`,
  yaml_binary: () => 'Binary data (!!binary) cannot be part of a timeline.',
  yaml_aliases: ({ limit, params }) =>
    `The aliases expand to more than ${limit} nodes (${params?.['detail']}).`,
  csv: ({ params }) => String(params?.['detail']),
  csv_quote: () => 'A quoted cell is never closed: add the closing ".',
  csv_header: ({ expected }) =>
    `The first row must name the columns, one of them "section" (what each row is: ${(expected as string[]).join(', ')}).`,
  csv_unnamed_column: ({ params }) => `Column ${params?.['column']} has no name in the header row.`,
  csv_duplicate_column: ({ received }) => `The column "${received}" appears twice in the header row.`,
  csv_row_length: ({ received, limit }) =>
    `This row has ${received} cells but the header has ${limit}: ${Number(received) > Number(limit) ? 'a cell has an unquoted delimiter, or the row is longer than the header' : 'cells are missing'}.`,
  csv_timeline_row: () => 'Only one row may have the section "timeline".',
  csv_section: ({ expected, received }) =>
    `Unknown section ${JSON.stringify(received)}; expected one of ${_list(expected)}.`,
  csv_cell_json: ({ params }) => `The cell starts like JSON but is not valid JSON (${params?.['detail']}).`,
};

const TEXT_FORMAT_HINTS: Record<string, string> = {
  yaml_key: 'Remove one of the two, or merge what they say.',
  yaml_aliases: 'Write the repeated part out, or use ids to refer to it.',
  csv_header: 'Start from the template, examples/template.csv.',
  csv_row_length: 'Quote any cell that contains the delimiter, e.g. "Istanbul, Turkey".',
  csv_cell_json: 'Write text that starts with [, { or " inside JSON quotes, e.g. "\\"Quoted\\" words".',
};

/** One sentence per code; `undefined` for a variant this table does not know (the rule's own words are used). */
export const EN_MESSAGES: Record<string, (issue: Issue) => string | undefined> = {
  syntax: (issue) => SYNTAX[issue.reason ?? '']?.(issue),
  duplicate_key: ({ received }) =>
    `Duplicate property name ${_quote(received)}: each name may appear only once in an object.`,
  forbidden_key: ({ received }) => _forbiddenKeyMessage(String(received)),
  too_deep: ({ limit }) => `Arrays and objects are nested too deeply: at most ${limit} levels are allowed.`,
  invalid_type: ({ expected, received }) =>
    TEXT_NAMES[String(expected)]
      ? `Expected ${TEXT_NAMES[String(expected)]} text (a string).`
      : received === undefined
        ? `Missing required field; expected ${expectedTypes(expected)}.`
        : `Expected ${expectedTypes(expected)}, received ${value(received)}.`,
  invalid_value: ({ expected, received }) =>
    `Expected one of ${_list(expected)}, received ${value(received)}.`,
  invalid_format: ({ expected, received }) => `${format(expected)}, received ${value(received)}.`,
  invalid_key: ({ expected, received }) => `${format(expected)}, received ${value(received)}.`,
  invalid_date: ({ reason, params, received }) =>
    (reason && _dateFailureMessage(reason, params)) || `Expected an EDTF date, received ${value(received)}.`,
  invalid_url: ({ received }) =>
    `Expected an absolute http:// or https:// URL such as "https://www.bbc.co.uk/news", received ${value(received)}.`,
  invalid_country: ({ received }) =>
    `Expected an ISO 3166-1 alpha-2 country code in capitals such as "TR", "UA" or "RU", received ${value(received)}.`,
  invalid_range: ({ reason, received, params }) =>
    reason === 'estimate'
      ? `Expected low ≤ best ≤ high, received ${_figures(received, { low: 'low', best: 'best', high: 'high' })}.`
      : reason === 'role'
        ? `The role ends (${params?.['to']}) before it starts (${params?.['from']}).`
        : reason === 'duration'
          ? `The range ends (${params?.['to']}) below where it starts (${params?.['from']}); put the shorter duration in "iso".`
          : undefined,
  forbidden_character: ({ received, params }) =>
    `Contains the invisible control character ${_codePoint(String(received))} at position ${params?.['position']}; remove it.`,
  unrecognized_key: ({ received }) => `Unknown field ${JSON.stringify(received)}.`,
  unknown_type: ({ path, expected, received }) => {
    const tag = String(path[path.length - 1]);
    return received === undefined
      ? `Missing "${tag}"; expected one of ${_list(expected)}.`
      : `Unknown ${tag} ${value(received)}; expected one of ${_list(expected)}.`;
  },
  too_small: ({ origin, limit, received }) =>
    origin === 'string' && limit === 1
      ? 'Must not be empty.'
      : origin === 'number'
        ? `Too small: expected at least ${limit}, received ${value(received)}.`
        : `Too short: expected at least ${plural(limit, origin === 'string' ? 'character' : 'item')}, received ${plural(received, origin === 'string' ? 'character' : 'item')}.`,
  too_big: (issue) => SIZES[issue.origin ?? '']?.(issue),
  missing_name: () => 'A person needs a name, or at least one role when known only by role.',
  missing_claimant: () => 'A claim needs a claimant: the id of whoever makes it.',
  missing_words: () => 'A statement needs a quote or a paraphrase.',
  missing_figure: () => 'An estimate needs at least one of low, best and high.',
  duplicate_id: ({ received, params }) =>
    `Duplicate id ${JSON.stringify(received)}; it is already used by ${params?.['first']}.`,
  unresolved_reference: ({ expected, received }) =>
    `No ${described(expected)} has the id ${JSON.stringify(received)}.`,
  wrong_reference_kind: ({ expected, received, params }) =>
    `${JSON.stringify(received)} is ${_withArticle(String(params?.['is']))} (${params?.['at']}), but this field needs ${_withArticle(described(expected))}.`,
  unreadable: ({ params }) => `The document could not be read: ${params?.['error']}.`,
  too_many_issues: ({ received, limit }) => `…and ${received} more issues (the maxIssues limit is ${limit}).`,
  outside_period: ({ received, expected }) =>
    `The event's date ${String(received)} is outside the timeline's period ${String(expected)}.`,
  unreferenced: ({ received }) => `Nothing refers to ${JSON.stringify(received)}; readers will never see it.`,
  uncited: () => 'The event cites no source; readers cannot check it.',
};

function hint(issue: Issue): string | undefined {
  const forFormat = issue.reason && TEXT_FORMAT_HINTS[issue.reason];
  if (forFormat) return forFormat;
  if (issue.suggestion !== undefined) return `Did you mean "${issue.suggestion}"?`;
  if (issue.code === 'unrecognized_key')
    return Array.isArray(issue.expected) && issue.expected.length > 0
      ? `Known fields here: ${issue.expected.join(', ')}.`
      : 'Remove it.';
  return issue.code === 'uncited' ? 'Add a citation with the source that reports it.' : undefined;
}

/** English: Parley's built-in locale. */
export const en: ParleyLocale = {
  locale: 'en',
  message: (issue) =>
    (issue.reason && TEXT_FORMATS[issue.reason]?.(issue)) || EN_MESSAGES[issue.code]?.(issue),
  hint,
};
