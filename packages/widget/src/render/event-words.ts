import { html, nothing, type TemplateResult } from 'lit';
import { formatParleyDate, type NegotiationEvent } from '@parley/core';
import { eventAnchor, word, type RenderContext } from './context.js';
import { actorsLine, hasClockTime, placeLine } from './event-item.js';

/**
 * An event of a block of days the browser has not shown yet (see controllers/shown-blocks.ts):
 * the same item, its title a heading and the rest of its words one paragraph, in about a fifth of
 * the full event's nodes. Find-in-page searches these words and the list's keys reach the item;
 * the block is rendered in full once it comes near the screen, so a reader sees this for a frame
 * at most.
 */
export function eventWords(ctx: RenderContext, event: NegotiationEvent): TemplateResult {
  const { t } = ctx;
  const words = [
    t.types[event.type],
    hasClockTime(event)
      ? formatParleyDate(event.date, ctx.locale)
      : event.timeOfDay && word(ctx, event.timeOfDay),
    event.summary,
    placeLine(ctx, event),
    actorsLine(ctx, event),
  ];
  return html`<li
    part="item ${event.type}"
    id=${eventAnchor(ctx, event.id)}
    data-type=${event.type}
    data-id=${event.id}
    tabindex=${ctx.active === event.id ? 0 : -1}
  >
    <div
      role="heading"
      aria-level=${Math.min(ctx.level + 2, 6)}
      part="event-title"
      lang=${ctx.dataLang ?? nothing}
      dir="auto"
      .textContent=${event.title}
    ></div>
    <p part="text" dir="auto" .textContent=${words.filter(Boolean).join(' · ')}></p>
  </li>`;
}
