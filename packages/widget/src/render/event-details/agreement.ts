import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement } from '@parley/core';
import { formatList } from '../../i18n/intl-cache.js';
import { heading, names, word, type RenderContext } from '../context.js';
import { quantity, rows } from './rows.js';

/** An agreement: its parties and status, then each provision with whom it covers. */
export function agreementDetails(ctx: RenderContext, event: Agreement): TemplateResult {
  const { labels } = ctx.t;
  return html`${rows([
      [labels.parties, names(ctx, event.parties)],
      [labels.status, word(ctx, event.status)],
    ])}
    ${heading(ctx.level + 3, labels.provisions, { className: 'subheading' })}
    <ul part="provisions">
      ${event.provisions.map(
        (provision) =>
          html`<li part="provision">
            ${provision.description}
            ${provision.categories?.length ? html`<br /><span>${labels.covers}: ${formatList(ctx.locale, provision.categories)}</span>` : nothing}
            ${provision.quantity !== undefined ? html`<br /><span>${labels.number}: ${quantity(ctx, provision.quantity)}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
}
