import type { Duration } from '@parley/core';
import { formatList, formatUnit } from '../../i18n/intl-cache.js';
import type { RenderContext } from '../context.js';
import { detailWords } from './rows.js';

/** The units of an ISO 8601 duration, in its order. */
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** One ISO 8601 duration in words, each unit pluralised by Intl: "3 hours, 30 minutes". */
function inWords(ctx: RenderContext, iso: string): string {
  const parts =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso) ?? [];
  const units = UNITS.map((unit, index) => [parts[index + 1], unit] as const).flatMap(([value, unit]) =>
    value ? [formatUnit(ctx.locale, Number(value), unit)] : [],
  );
  return units.length ? formatList(ctx.locale, units) : iso;
}

/** "a little under 4 hours", "24 hours to 48 hours", "up to 30 days": a duration as reported. */
export function duration(ctx: RenderContext, { iso, upTo, qualifier }: Duration): string {
  const words = detailWords(ctx);
  const text = upTo ? words.durationRange(inWords(ctx, iso), inWords(ctx, upTo)) : inWords(ctx, iso);
  switch (qualifier) {
    case 'about':
      return words.durationAbout(text);
    case 'under':
      return words.durationUnder(text);
    case 'over':
      return words.durationOver(text);
    case 'at-least':
      return words.durationAtLeast(text);
    case 'up-to':
      return words.durationUpTo(text);
    default:
      return text;
  }
}
