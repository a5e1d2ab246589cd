import { html, nothing, type TemplateResult } from 'lit';
import type { NegotiationEvent } from '@parley/core';
import { formatList } from '../i18n/intl-cache.js';
import { eventAnchor, heading, word, type RenderContext } from './context.js';

/** A link to an event further down the card; the element handles the click (see `handleJump`). */
function jump(ctx: RenderContext, event: NegotiationEvent, text: unknown): TemplateResult {
  return html`<a class="jump" href="#${eventAnchor(ctx, event.id)}" data-event=${event.id}>${text}</a>`;
}

function section(
  ctx: RenderContext,
  title: string,
  items: readonly TemplateResult[],
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="glance-section">
    ${heading(ctx.level + 2, title, { part: 'glance-heading' })}
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </div>`;
}

/**
 * The reader's summary at the top of the card, built from the data: what was agreed (each
 * provision, with whom it covers), what was handed over, and what is still to come.
 */
export function atAGlance(ctx: RenderContext): TemplateResult | typeof nothing {
  const { t, view } = ctx;
  const { agreed, exchanged, next } = view.glance;
  if (!agreed.length && !exchanged.length && !next.length) return nothing;
  const covers = (categories: readonly string[] | undefined) =>
    categories?.length ? html` <span class="covers">(${formatList(ctx.locale, categories)})</span>` : nothing;
  return html`<section part="glance" aria-labelledby="glance">
    ${heading(ctx.level + 1, t.atAGlance, { className: 'glance-title', id: 'glance' })}
    ${section(
      ctx,
      t.agreed,
      agreed.map(
        ({ event, provision }) =>
          html`${jump(ctx, event, provision.description)}${covers(provision.categories)}`,
      ),
    )}
    ${section(
      ctx,
      t.exchanged,
      exchanged.map(
        (event) =>
          html`${jump(ctx, event, event.subject)}
            <span class="covers"
              >(${word(ctx, event.documentKind)}, ${view.index.actorName(event.from)} →
              ${event.to ? view.index.actorName(event.to) : '…'})</span
            >`,
      ),
    )}
    ${section(
      ctx,
      t.next,
      next.map(({ event, provision }) =>
        provision
          ? jump(ctx, event, provision.description)
          : html`${jump(ctx, event, event.title)} <span class="covers">(${word(ctx, event.status)})</span>`,
      ),
    )}
  </section>`;
}
