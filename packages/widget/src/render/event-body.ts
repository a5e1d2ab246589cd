import { html, nothing, type TemplateResult } from 'lit';
import type { NegotiationEvent } from '@parley/core';
import { eventAnchor, type RenderContext } from './context.js';
import { citationList } from './citations.js';
import { eventDetails } from './event-details/index.js';
import { detailWords, rows } from './event-details/rows.js';

/**
 * How the event stands to others ("Follows: …"), each a link to the other event on the card:
 * following it opens and scrolls to that event, as a shared link would.
 */
function relations(ctx: RenderContext, event: NegotiationEvent, tabbable: boolean) {
  if (!event.relations?.length) return nothing;
  const words = detailWords(ctx);
  return rows(
    event.relations.map(({ kind, event: id }) => {
      const other = ctx.view.events.find((each) => each.id === id);
      return [
        words.relations[kind],
        other
          ? html`<a href="#${eventAnchor(ctx, id)}" tabindex=${tabbable ? nothing : -1}>${other.title}</a>`
          : id,
      ];
    }),
  );
}

/**
 * What an event shows once opened: the facts only its type has, how it relates to other events,
 * whether it is background, then its numbered sources. The script tag loads this (and everything
 * only it uses) from `parley-timeline.details.js`.
 */
export function eventBody(ctx: RenderContext, event: NegotiationEvent, tabbable: boolean): TemplateResult {
  return html`${eventDetails(ctx, event)} ${relations(ctx, event, tabbable)}
  ${event.background ? html`<p part="background">${detailWords(ctx).background}</p>` : nothing}
  ${citationList(ctx, event.citations, tabbable)}`;
}
