import type { Translation } from './translation.js';
import { en } from './en.js';
import { enDetail } from './en-detail.js';

/**
 * Every English string of the card, to copy when adding a language. (The script tag's
 * `Parley.englishTranslation` lacks `detail`, which arrives with the details file; a translation
 * without it shows opened events in English.)
 */
export const englishTranslation: Translation = { ...en, detail: enDetail };
