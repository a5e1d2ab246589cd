// What every locale needs beside its words: how to read an issue's data. Not public.
import type { ParleyIssueData } from '../errors/issue.js';

/** The kind of a value, for "received …" in any language. */
export type _ValueKind = 'missing' | 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other';

export function _kindOf(value: unknown): _ValueKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'object' || type === 'string' || type === 'number' || type === 'boolean' ? type : 'other';
}

/** A string for a message: quoted, and cut short so a huge value cannot swamp it. */
export function _quote(value: unknown, max = 40): string {
  const text = String(value);
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** What the JSON reader found where it expected something else, in kinds every locale names. */
export type _FoundKind = 'space' | 'tab' | 'line_break' | 'other_space' | 'control' | 'text';

export function _foundKind(found: string): _FoundKind {
  const c = found.charCodeAt(0);
  if (c === 0x20) return 'space';
  if (c === 0x09) return 'tab';
  if (c === 0x0a || c === 0x0d) return 'line_break';
  // Other spaces (no-break, ideographic, U+2028…) look allowed but are not, so they are named.
  if (/\s/.test(found)) return 'other_space';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return 'control';
  return 'text';
}

/** A character as `U+XXXX`. */
export function _codePoint(text: string): string {
  return `U+${(text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The allowed values of an issue, as `"a", "b"`. */
export function _list(expected: ParleyIssueData<string>['expected']): string {
  return (Array.isArray(expected) ? expected : [expected]).map((item) => JSON.stringify(item)).join(', ');
}

/** An estimate's given figures, as `low 5, high 3`, with the locale's names for them. */
export function _figures(received: unknown, names: Record<'low' | 'best' | 'high', string>): string {
  const estimate = (received ?? {}) as Record<string, unknown>;
  return (['low', 'best', 'high'] as const)
    .filter((key) => estimate[key] !== undefined)
    .map((key) => `${names[key]} ${String(estimate[key])}`)
    .join(', ');
}

/** Plural categories of a language by `Intl.PluralRules`, one `PluralRules` per language. */
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * `count` with the form of `forms` its language wants: `_plural('uk', 2, UK_ITEMS)` is "2 елементи",
 * `_plural('uk', 5, UK_ITEMS)` "5 елементів". Forms are by plural category; `other` is the fallback.
 */
export function _plural(
  language: string,
  count: unknown,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const n = Number(count);
  return `${String(count)} ${forms[rules.select(n)] ?? forms.other}`;
}
