/**
 * The languages the card words problems with its data in: English, and those @parley/core has a
 * locale module for (`@parley/core/locales/uk`, `/ru`, `/tr`). A card in any other language,
 * Arabic included, words them in English.
 */
export type IssueLanguage = 'en' | 'uk' | 'ru' | 'tr';

/** The language to word issues in on a card whose language is `tag` ("uk-UA" → "uk"). */
export function issueLanguage(tag: string): IssueLanguage {
  const language = tag.split('-')[0]!.toLowerCase();
  return language === 'uk' || language === 'ru' || language === 'tr' ? language : 'en';
}
