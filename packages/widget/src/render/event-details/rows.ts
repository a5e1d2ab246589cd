import { html, nothing, type TemplateResult } from 'lit';
import type { Quantity } from '@parley/core';
import { formatNumber } from '../../i18n/intl-cache.js';
import type { RenderContext } from '../context.js';

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

/** A count or an estimate: "60", "about 60", "12 (10–15)". */
export function quantity(ctx: RenderContext, value: Quantity): string {
  const n = (x: number) => formatNumber(ctx.locale, x);
  if (typeof value === 'number') return n(value);
  const { low, best, high, approximate } = value;
  const range = low !== undefined && high !== undefined ? `${n(low)}–${n(high)}` : undefined;
  const single = best ?? low ?? high;
  const figure =
    best !== undefined && range
      ? `${n(best)} (${range})`
      : (range ?? (single === undefined ? '' : n(single)));
  return approximate ? ctx.t.about(figure) : figure;
}
