import { html, nothing, type TemplateResult } from 'lit';
import type { DayGroup } from '../model/timeline-view.js';
import { heading, time, type RenderContext } from './context.js';
import { eventItem } from './event-item.js';

/** The heading of a day: the day itself, or "By 1 June 2025" for what is known only to precede it. */
function dayHeading(ctx: RenderContext, day: DayGroup): TemplateResult {
  const { t } = ctx;
  const when =
    day.kind === 'date'
      ? time(ctx, day.date, day.part ? { part: day.part } : {})
      : time(ctx, day.date, {}, day.kind === 'by' ? t.byDate : t.fromDate);
  return heading(
    ctx.level + 1,
    html`${when}${day.inexact ? html` <span part="inexact">(${t.dateNotExact})</span>` : nothing}`,
    { part: 'day-heading' },
  );
}

/** One day's heading and its events. */
export function dayGroup(ctx: RenderContext, day: DayGroup): TemplateResult {
  return html`<li part="day">
    ${dayHeading(ctx, day)}
    <ol part="events">
      ${day.events.map((event) => eventItem(ctx, event))}
    </ol>
  </li>`;
}
