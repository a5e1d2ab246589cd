import { html, nothing, type TemplateResult } from 'lit';
import type { Citation } from '@parley/core';
import { formatNumber } from '../i18n/intl-cache.js';
import type { RenderContext } from './context.js';
import { safeHttpUrl } from './safe-url.js';

/** An event's citations grouped by source: one numbered entry per source, in order of first use. */
function bySource(citations: readonly Citation[]): Citation[][] {
  const groups = new Map<string, Citation[]>();
  for (const citation of citations) {
    const group = groups.get(citation.source);
    if (group) group.push(citation);
    else groups.set(citation.source, [citation]);
  }
  return [...groups.values()];
}

/** How a citation stands, in words: reported fact, someone's claim, or opinion. */
function standing(ctx: RenderContext, citation: Citation): string {
  const { t, view } = ctx;
  const via = citation.reportedBy ? `, ${t.reportedBy(view.index.actorName(citation.reportedBy))}` : '';
  if (citation.kind === 'claim') return t.claimBy(view.index.actorName(citation.claimant ?? '')) + via;
  return (citation.kind === 'opinion' ? t.opinion : t.reported) + via;
}

/**
 * Compact markers beside the text they support: "[1]", or "[1 · claim]" where the source only
 * carries someone's claim or an opinion, so attribution never rests on colour alone.
 */
export function citationMarkers(
  ctx: RenderContext,
  citations: readonly Citation[] | undefined,
): TemplateResult | typeof nothing {
  if (!citations?.length) return nothing;
  return html`<span part="markers"
    >${bySource(citations).map((group, index) => {
      const kinds = new Set(group.map((citation) => citation.kind));
      const word = kinds.has('fact')
        ? ''
        : kinds.has('claim')
          ? ctx.t.claim
          : ctx.t.opinion.toLocaleLowerCase(ctx.locale);
      // One text node, not five: a long timeline has a marker or two on every event.
      return html` <sup
        class="marker"
        .textContent=${`[${formatNumber(ctx.locale, index + 1)}${word ? ` · ${word}` : ''}]`}
      ></sup>`;
    })}</span
  >`;
}

/** The numbered sources of one event, each once, with every claim and opinion it carries in words. */
export function citationList(
  ctx: RenderContext,
  citations: readonly Citation[] | undefined,
  tabbable: boolean,
): TemplateResult | typeof nothing {
  if (!citations?.length) return nothing;
  return html`<ol part="sources" aria-label=${ctx.t.sources}>
    ${bySource(citations).map((group) => {
      const source = ctx.view.index.source(group[0]!.source);
      const name = source
        ? source.title
          ? `${source.publisher}: ${source.title}`
          : source.publisher
        : group[0]!.source;
      const href = safeHttpUrl(source?.url);
      return html`<li part="source">
        ${
          href
            ? html`<a
                href=${href}
                rel="noopener noreferrer"
                target="_blank"
                tabindex=${tabbable ? nothing : -1}
                >${name}</a
              >`
            : html`<span>${name}</span>`
        }
        <ul>
          ${group.map(
            (citation) =>
              html`<li part="citation ${citation.kind}" data-kind=${citation.kind}>
                <span part="standing">${standing(ctx, citation)}</span
                >${citation.quote ? html`: <q>${citation.quote}</q>` : nothing}
              </li>`,
          )}
        </ul>
      </li>`;
    })}
  </ol>`;
}
