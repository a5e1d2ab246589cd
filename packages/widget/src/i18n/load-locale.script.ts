import type { Translation } from './translation.js';
import { loadChunk } from '../script-tag/load-chunk.js';

/** The script tag's translations: `parley-timeline.<lang>.js`, see `loadChunk`. */
const load = (lang: 'uk' | 'ru' | 'tr' | 'ar') =>
  loadChunk<Record<string, Translation>>(lang).then((module) => module[lang]!);

export const BUILT_IN_LOCALES = {
  uk: () => load('uk'),
  ru: () => load('ru'),
  tr: () => load('tr'),
  ar: () => load('ar'),
};
