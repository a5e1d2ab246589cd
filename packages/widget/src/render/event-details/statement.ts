import { html, nothing, type TemplateResult } from 'lit';
import type { Statement } from '@parley/core';
import type { RenderContext } from '../context.js';

/** Who said what: the verbatim quote in its own language, or a paraphrase, and its speaker. */
export function statementDetails(ctx: RenderContext, event: Statement): TemplateResult {
  const { index } = ctx.view;
  const setting = event.setting ? `, ${event.setting.charAt(0).toLowerCase()}${event.setting.slice(1)}` : '';
  const via = event.reportedBy ? `, ${ctx.t.reportedBy(index.actorName(event.reportedBy))}` : '';
  return html`<figure part="statement">
    ${event.quote ? html`<blockquote part="quote" lang=${event.language ?? ctx.dataLang ?? nothing}>${event.quote}</blockquote>` : nothing}
    ${event.paraphrase ? html`<p>${event.paraphrase}</p>` : nothing}
    <figcaption>— ${index.personWithRole(event.speaker)}${setting}${via}</figcaption>
  </figure>`;
}
