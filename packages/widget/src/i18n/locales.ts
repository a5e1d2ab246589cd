import { en } from './en.js';
import { BUILT_IN_LOCALES } from './load-locale.js';
import type { Translation } from './translation.js';

/** Loaded and added translations, by lower-case language tag ("en", "pt-br"). */
const translations = new Map<string, Translation>([['en', en]]);

/** Built-in translations being fetched; each is fetched once per page. */
const loading = new Map<string, Promise<void>>();

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
  /** The translation is still on its way; cards wait for it rather than flash English. */
  readonly pending?: true;
}

function isBuiltIn(language: string): language is keyof typeof BUILT_IN_LOCALES {
  return Object.hasOwn(BUILT_IN_LOCALES, language);
}

/** Starts fetching a built-in translation; cards re-render when it arrives, or stay English if it fails. */
function fetchBuiltIn(language: keyof typeof BUILT_IN_LOCALES): void {
  if (loading.has(language)) return;
  loading.set(
    language,
    BUILT_IN_LOCALES[language]().then(
      (translation) => addLocale(language, translation),
      (error: unknown) => {
        console.warn(`[parley] Could not load the ${language} strings; showing English.`, error);
        addLocale(language, en);
      },
    ),
  );
}

function lookup(tag: string): Translation | 'pending' | undefined {
  const lower = tag.toLowerCase();
  const language = lower.split('-')[0]!;
  const found = translations.get(lower) ?? translations.get(language);
  if (found || !isBuiltIn(language)) return found;
  fetchBuiltIn(language);
  return 'pending';
}

/**
 * The first candidate language the card has strings for, else English. Strings and dates
 * always agree: a page in a language without strings gets English dates too, not a mix.
 * A built-in translation not yet loaded starts loading and comes back `pending`.
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
    if (translation === 'pending') return { tag, translation: en, pending: true };
    if (translation) return { tag, translation };
  }
  return { tag: 'en', translation: en };
}
