import { html, nothing, type TemplateResult } from 'lit';
import { formatParleyDate } from '@parley/core';
import type { DayGroup } from '../model/timeline-view.js';
import type { RenderContext } from './context.js';
import { eventItem } from './event-item.js';
import { eventWords } from './event-words.js';
import { htmlDatetime } from './html-datetime.js';

/** The words of a day's heading: the day itself, or "By 1 June 2025" for what is known only to precede it. */
function dayWords(ctx: RenderContext, day: DayGroup): string {
  const { t } = ctx;
  if (day.kind === 'date') return formatParleyDate(day.date, ctx.locale, day.part ? { part: day.part } : {});
  return (day.kind === 'by' ? t.byDate : t.fromDate)(formatParleyDate(day.date, ctx.locale));
}

/**
 * One day's heading and its events, in one template (the heading and its `<time>` inline): a long
 * timeline has a day for every event or two, so each nested template would be paid hundreds of times.
 * Not `full`, its closed events are their words only, until the browser shows their block
 * (controllers/shown-blocks.ts).
 */
export function dayGroup(ctx: RenderContext, day: DayGroup, full: boolean): TemplateResult {
  return html`<div role="listitem" part="day">
    <div role="heading" aria-level=${Math.min(ctx.level + 1, 6)} part="day-heading">
      <time datetime=${htmlDatetime(day.date)} .textContent=${dayWords(ctx, day)}></time>${
        day.inexact ? html` <span part="inexact">(${ctx.t.dateNotExact})</span>` : nothing
      }
    </div>
    <ol part="events">
      ${day.events.map((event) => (full || ctx.open.has(event.id) ? eventItem : eventWords)(ctx, event))}
    </ol>
  </div>`;
}
