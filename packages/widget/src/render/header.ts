import { html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../i18n/intl-cache.js';
import { heading, time, type RenderContext } from './context.js';

/** The card's title, the dates it covers, where the talks were, its summary and when it was updated. */
export function header(ctx: RenderContext): TemplateResult {
  const { t, view, dataLang } = ctx;
  const { timeline, span, venues } = view;
  const lang = dataLang ?? nothing;
  return html`<header part="header">
    ${heading(ctx.level, html`<span lang=${lang} dir="auto">${timeline.title}</span>`, { part: 'title', id: 'title' })}
    <p part="facts">
      ${span ? html`<span part="span">${time(ctx, span)}</span>` : nothing}
      ${
        venues.length
          ? html`<span part="venues"
              >${formatList(
                ctx.locale,
                venues.map((id) => view.index.placeName(id)),
              )}</span
            >`
          : nothing
      }
      <span part="count">${t.eventCount(view.events.length)}</span>
    </p>
    ${timeline.summary ? html`<p part="summary" lang=${lang} dir="auto">${timeline.summary}</p>` : nothing}
    ${timeline.updated ? html`<p part="updated">${t.updated} ${time(ctx, timeline.updated)}</p>` : nothing}
  </header>`;
}
