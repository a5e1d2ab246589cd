import { describe, expect, test } from 'vitest';
import { en } from './en.js';
import { enDetail } from './en-detail.js';
import { uk } from './uk.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { ar } from './ar.js';
import { addLocale, onLocaleAdded, resolveLocale } from './locales.js';
import { plural } from './translation.js';

describe('resolveLocale', () => {
  test('takes the first candidate it has strings for, keeping its region for dates', () => {
    expect(resolveLocale([undefined, '', 'en-GB', 'uk'])).toMatchObject({ tag: 'en-GB', translation: en });
  });

  test('skips invalid tags and falls back to English', () => {
    expect(resolveLocale(['not a tag!!', 'xx-unknown'])).toEqual({ tag: 'en', translation: en });
    expect(resolveLocale([])).toEqual({ tag: 'en', translation: en });
  });

  test('answers pending while a built-in translation loads, then with it', async () => {
    const first = resolveLocale(['uk-UA']);
    expect(first).toMatchObject({ tag: 'uk-UA', pending: true });
    await new Promise<void>((done) => {
      const stop = onLocaleAdded(() => {
        stop();
        done();
      });
    });
    const loaded = resolveLocale(['uk-UA']);
    expect(loaded.pending).toBeUndefined();
    expect(loaded.translation.types.talks).toBe('Переговори');
  });

  test('uses a locale added at run time, by language or by region', () => {
    addLocale('pl', { ...en, atAGlance: 'W skrócie' });
    addLocale('pt-BR', { ...en, atAGlance: 'Resumo' });
    expect(resolveLocale(['pl-PL']).translation.atAGlance).toBe('W skrócie');
    expect(resolveLocale(['pt-br']).translation.atAGlance).toBe('Resumo');
    expect(resolveLocale(['pt-PT']).translation).toBe(en);
  });
});

describe('plural', () => {
  test('picks the form by the language’s plural rules', () => {
    const forms = { one: '# подія', few: '# події', many: '# подій', other: '# події' };
    expect([1, 2, 5, 21, 1.5].map((n) => plural('uk', n, forms))).toEqual([
      '1 подія',
      '2 події',
      '5 подій',
      '21 подія',
      '1,5 події',
    ]);
    expect(plural('en', 1000, { one: '# event', other: '# events' })).toBe('1,000 events');
  });
});

describe('the words of opened events', () => {
  /** Every key of a table, nested ones as `labels.round`. */
  const keys = (table: object, prefix = ''): string[] =>
    Object.entries(table).flatMap(([key, value]) =>
      value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  /** Labels the language spells as English does: Turkish "Format". */
  const COGNATES: Record<string, string[]> = { tr: ['format'] };

  test.each(Object.entries({ uk, ru, tr, ar }))('%s has every one, none left in English', (lang, table) => {
    expect(keys(table.detail!).sort()).toEqual(keys(enDetail).sort());
    const english = new Map(Object.entries(enDetail.labels));
    const same = Object.entries(table.detail!.labels).filter(
      ([key, value]) => english.get(key) === value && !COGNATES[lang]?.includes(key),
    );
    expect(same).toEqual([]);
    expect(table.detail!.relations).not.toEqual(enDetail.relations);
  });

  test('English keeps them out of the card’s own table, for the details file to bring', () => {
    expect(en.detail).toBeUndefined();
  });
});
