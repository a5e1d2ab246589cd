import { html, nothing, type TemplateResult } from 'lit';
import type { NegotiationEvent } from '@parley/core';
import { formatList } from '../i18n/intl-cache.js';
import { eventAnchor, heading, word, type RenderContext } from './context.js';
import { en } from '../i18n/en.js';

/** A link to an event further down the card; the element handles the click (see `handleJump`). */
function jump(ctx: RenderContext, event: NegotiationEvent, text: unknown): TemplateResult {
  return html`<a class="jump" href="#${eventAnchor(ctx, event.id)}" data-event=${event.id}>${text}</a>`;
}

/**
 * Items a section lists: a summary stays one, even for a long negotiation whose full list would
 * push the timeline off the screen (and cost it hundreds of links to build first).
 */
export const GLANCE_ITEMS = 5;

/**
 * A section of the summary: what was agreed or exchanged keeps its latest items, after a count of
 * the earlier ones; what comes next keeps its soonest, before a count of the later ones. All of
 * them stay in the timeline below, where the filters find them.
 */
function section<T>(
  ctx: RenderContext,
  title: string,
  items: readonly T[],
  keep: 'latest' | 'soonest',
  item: (each: T) => TemplateResult,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const hidden = Math.max(0, items.length - GLANCE_ITEMS);
  const shown = (keep === 'latest' ? items.slice(hidden) : items.slice(0, GLANCE_ITEMS)).map(item);
  const more = (words: string) => html`<li class="glance-more">${words}</li>`;
  return html`<div class="glance-section">
    ${heading(ctx.level + 2, title, { part: 'glance-heading' })}
    <ul>
      ${hidden && keep === 'latest' ? more((ctx.t.earlier ?? en.earlier!)(hidden)) : nothing}${shown.map(
        (item) => html`<li>${item}</li>`,
      )}${hidden && keep === 'soonest' ? more((ctx.t.later ?? en.later!)(hidden)) : nothing}
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
      agreed,
      'latest',
      ({ event, provision }) =>
        html`${jump(ctx, event, provision.description)}${covers(provision.categories)}`,
    )}
    ${section(
      ctx,
      t.exchanged,
      exchanged,
      'latest',
      (event) =>
        html`${jump(ctx, event, event.subject)}
          <span class="covers"
            >(${word(ctx, event.documentKind)}, ${view.index.actorName(event.from)} →
            ${event.to ? view.index.actorName(event.to) : '…'})</span
          >`,
    )}
    ${section(ctx, t.next, next, 'soonest', ({ event, provision }) =>
      provision
        ? jump(ctx, event, provision.description)
        : html`${jump(ctx, event, event.title)} <span class="covers">(${word(ctx, event.status)})</span>`,
    )}
  </section>`;
}
