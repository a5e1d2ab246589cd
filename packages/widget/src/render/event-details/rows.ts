import { html, nothing, type TemplateResult } from 'lit';
import type { Quantity } from '@parley/core';
import { enDetail } from '../../i18n/en-detail.js';
import { formatNumber } from '../../i18n/intl-cache.js';
import type { DetailWords } from '../../i18n/translation.js';
import type { RenderContext } from '../context.js';

/** The words of opened events in the card's language, English where its translation has none. */
export function detailWords(ctx: RenderContext): DetailWords {
  return ctx.t.detail ?? enDetail;
}

export type Row = readonly [label: string, value: string | TemplateResult | undefined];

/** A definition list of the rows that have a value; nothing when none has. */
export function rows(items: readonly Row[]): TemplateResult | typeof nothing {
  const present = items.filter(([, value]) => value !== undefined && value !== '');
  if (present.length === 0) return nothing;
  return html`<dl>
    ${present.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

/**
 * A count or an estimate, with what it counts: "60", "about 60", "12 (10–15)", "6,000 bodies",
 * "1,000 from each side".
 */
export function quantity(ctx: RenderContext, value: Quantity): string {
  const n = (x: number) => formatNumber(ctx.locale, x);
  if (typeof value === 'number') return n(value);
  const words = detailWords(ctx);
  const { low, best, high, approximate, basis, unit } = value;
  const range = low !== undefined && high !== undefined ? `${n(low)}–${n(high)}` : undefined;
  const single = best ?? low ?? high;
  const figure =
    best !== undefined && range
      ? `${n(best)} (${range})`
      : (range ?? (single === undefined ? '' : n(single)));
  const counted = `${approximate ? words.about(figure) : figure}${unit ? ` ${unit}` : ''}`;
  return basis === 'each-side'
    ? words.eachSide(counted)
    : basis === 'total'
      ? words.inTotal(counted)
      : basis === 'one-side'
        ? words.oneSide(counted)
        : counted;
}
