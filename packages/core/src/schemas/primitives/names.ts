import * as z from 'zod/mini';
import { LanguageSchema } from './language.js';
import { line } from './text.js';

/**
 * The same name in other languages and scripts, keyed by language tag:
 * `{ "uk": "Рустем Умєров", "tr": "Çırağan Sarayı" }`.
 */
export const NamesSchema = z.record(LanguageSchema, line(200));
