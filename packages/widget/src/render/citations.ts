import { html, nothing, type TemplateResult } from 'lit';
import type { Citation } from '@parley/core';
import type { TimelineIndex } from './timeline-index.js';
import { safeHttpUrl } from './safe-url.js';

/** How a citation stands, in words readers see next to the source: fact, someone's claim, or opinion. */
function standing(citation: Citation, index: TimelineIndex): string {
  const via = citation.reportedBy ? `, as reported by ${index.actorName(citation.reportedBy)}` : '';
  if (citation.kind === 'claim') return `Claim by ${index.actorName(citation.claimant ?? '')}${via}`;
  if (citation.kind === 'opinion') return `Opinion${via}`;
  return `Reported${via}`;
}

/** The numbered sources of one event; claims and opinion are labelled, not styled as fact. */
export function renderCitations(
  citations: readonly Citation[] | undefined,
  index: TimelineIndex,
): TemplateResult | typeof nothing {
  if (!citations || citations.length === 0) return nothing;
  return html`
    <ol part="sources" aria-label="Sources">
      ${citations.map((citation) => {
        const source = index.source(citation.source);
        const name = source
          ? source.title
            ? `${source.publisher}: ${source.title}`
            : source.publisher
          : citation.source;
        const href = safeHttpUrl(source?.url);
        return html`<li part="source ${citation.kind}" data-kind=${citation.kind}>
          <span part="standing">${standing(citation, index)}</span>
          ${citation.quote ? html`<q>${citation.quote}</q>` : nothing} —
          ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${name}</a>` : html`<span>${name}</span>`}
        </li>`;
      })}
    </ol>
  `;
}
