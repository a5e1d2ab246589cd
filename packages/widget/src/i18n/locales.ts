import { ar } from './ar.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import type { Translation } from './translation.js';

/** Built-in and added translations, by lower-case language tag ("en", "pt-br"). */
const translations = new Map<string, Translation>([
  ['en', en],
  ['uk', uk],
  ['ru', ru],
  ['tr', tr],
  ['ar', ar],
]);

/** Elements to re-render when a translation is added: each registers while it is on a page. */
const listeners = new Set<() => void>();

/**
 * Adds or replaces the card's strings for a language; every card on the page re-renders.
 *
 * @param tag - A BCP 47 tag: "pl" for every Polish page, or "pt-BR" for one region only.
 * @param translation - Every string of the `Translation` interface.
 */
export function addLocale(tag: string, translation: Translation): void {
  translations.set(tag.toLowerCase(), translation);
  for (const listener of listeners) listener();
}

/** Calls `listener` after each `addLocale`; returns the function that stops it. */
export function onLocaleAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A UI language the card can speak, with the tag that dates and numbers are formatted in. */
export interface ResolvedLocale {
  /** The tag as asked for ("uk-UA"), so Intl keeps its regional conventions. */
  readonly tag: string;
  readonly translation: Translation;
}

function lookup(tag: string): Translation | undefined {
  const lower = tag.toLowerCase();
  return translations.get(lower) ?? translations.get(lower.split('-')[0]!);
}

/**
 * The first candidate language the card has strings for, else English. Strings and dates
 * always agree: a page in a language without strings gets English dates too, not a mix.
 *
 * @param candidates - Language tags in order of preference; empty and invalid ones are skipped.
 */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): ResolvedLocale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    let tag: string;
    try {
      tag = Intl.getCanonicalLocales(candidate)[0]!;
    } catch {
      continue; // An invalid lang attribute must not break the card.
    }
    const translation = lookup(tag);
    if (translation) return { tag, translation };
  }
  return { tag: 'en', translation: en };
}
