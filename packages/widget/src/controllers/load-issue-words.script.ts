import type { ParleyLocale } from '@parley/core';
import type * as words from './issue-words.js';
import type { IssueLanguage } from './issue-language.js';
import type { IssueWords } from './load-issue-words.js';
import { loadChunk } from '../script-tag/load-chunk.js';

let english: Promise<typeof words> | undefined;
const loaded = new Map<IssueLanguage, IssueWords>();

/** The script tag's words for issues in `lang`, once they have arrived. */
export const issueWords = (lang: IssueLanguage): IssueWords | undefined => loaded.get(lang);

/**
 * Imports `parley-timeline.messages.js` (the English words, and the code that words issues) and,
 * for a card in Ukrainian, Russian or Turkish, `parley-timeline.messages.<lang>.js` beside it
 * (see `loadChunk`). Rejects when the English cannot load; a language that cannot is English.
 */
export function loadIssueWords(lang: IssueLanguage): Promise<IssueWords> {
  english ??= loadChunk<typeof words>('messages');
  const locale =
    lang === 'en'
      ? undefined
      : loadChunk<{ locale: ParleyLocale }>(`messages.${lang}`).then(
          (module) => module.locale,
          (error: unknown) => {
            console.warn(`[parley] Could not load the ${lang} words for issues; showing English.`, error);
            return undefined;
          },
        );
  return Promise.all([english, locale]).then(([{ wordIssues }, locale]) => {
    const words: IssueWords = { lang: locale ? lang : 'en', word: (issues) => wordIssues(issues, locale) };
    loaded.set(lang, words);
    return words;
  });
}
