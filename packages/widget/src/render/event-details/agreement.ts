import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement } from '@parley/core';
import { formatList } from '../../i18n/intl-cache.js';
import { heading, names, time, word, type RenderContext } from '../context.js';
import { detailWords, quantity, rows } from './rows.js';

/** An agreement: its parties and status, then each provision: whom it covers, how many, where it stands, when it was carried out. */
export function agreementDetails(ctx: RenderContext, event: Agreement): TemplateResult {
  const { labels } = detailWords(ctx);
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
            ${provision.status ? html`<br /><span>${labels.status}: ${word(ctx, provision.status)}</span>` : nothing}
            ${provision.implemented ? html`<br /><span>${labels.carriedOut}: ${time(ctx, provision.implemented)}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
}
