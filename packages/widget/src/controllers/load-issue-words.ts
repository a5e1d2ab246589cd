import type { ParleyLocale } from '@parley/core';
import type { IssueLanguage } from './issue-language.js';
import { wordIssues } from './issue-words.js';

/** Words issues in `lang`: the language asked for, or English should its words fail to load. */
export interface IssueWords {
  readonly lang: IssueLanguage;
  readonly word: (issues: Parameters<typeof wordIssues>[0]) => ReturnType<typeof wordIssues>;
}

/**
 * Core's locale modules: bundlers split each into its own chunk, fetched only when a card in
 * that language has issues to show. English comes with the bundle. The script-tag build
 * replaces this module with `load-issue-words.script.ts`, which imports
 * `parley-timeline.messages.js` and `parley-timeline.messages.<lang>.js` instead.
 */
const LOCALES: Record<Exclude<IssueLanguage, 'en'>, () => Promise<ParleyLocale>> = {
  uk: () => import('@parley/core/locales/uk').then((module) => module.uk),
  ru: () => import('@parley/core/locales/ru').then((module) => module.ru),
  tr: () => import('@parley/core/locales/tr').then((module) => module.tr),
};

const english: IssueWords = { lang: 'en', word: wordIssues };
const loaded = new Map<IssueLanguage, IssueWords>([['en', english]]);

/** The words for issues in `lang`, when they are here already. */
export const issueWords = (lang: IssueLanguage): IssueWords | undefined => loaded.get(lang);

/** Loads the words for issues in `lang`; English when that language's module cannot load. */
export const loadIssueWords = (lang: IssueLanguage): Promise<IssueWords> =>
  lang === 'en'
    ? Promise.resolve(english)
    : LOCALES[lang]().then(
        (locale) => {
          const words: IssueWords = { lang, word: (issues) => wordIssues(issues, locale) };
          loaded.set(lang, words);
          return words;
        },
        (error: unknown) => {
          console.warn(`[parley] Could not load the ${lang} words for issues; showing English.`, error);
          return english;
        },
      );
