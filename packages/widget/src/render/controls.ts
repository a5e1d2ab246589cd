import { html, nothing, type TemplateResult } from 'lit';
import type { EventType } from '@parley/core';
import { formatNumber } from '../i18n/intl-cache.js';
import {
  isFiltered,
  type Facet,
  type FilterIndex,
  type TimelineFilter,
  type TimelineOrder,
} from '../model/timeline-filter.js';
import type { RenderContext } from './context.js';

/** What the controls show, and what they call back. */
export interface ControlsState {
  readonly index: FilterIndex;
  readonly filter: TimelineFilter;
  readonly order: TimelineOrder;
  readonly shown: number;
  readonly allOpen: boolean;
  readonly onType: (type: EventType) => void;
  readonly onParty: (party: string) => void;
  readonly onText: (text: string) => void;
  readonly onClear: () => void;
  readonly onOrder: () => void;
  readonly onExpand: () => void;
}

function chips<K>(
  ctx: RenderContext,
  label: string,
  facets: readonly Facet<K>[],
  chosen: ReadonlySet<K>,
  name: (key: K) => string,
  onToggle: (key: K) => void,
): TemplateResult | typeof nothing {
  // One chip that would show everything is no choice at all.
  if (facets.length < 2) return nothing;
  return html`<div class="chips" role="group" aria-label=${label}>
    <span class="chips-label" aria-hidden="true">${label}</span>
    ${facets.map(
      ({ key, count }) =>
        html`<button type="button" part="chip" aria-pressed=${chosen.has(key)} @click=${() => onToggle(key)}>
          ${name(key)} <span class="count">${formatNumber(ctx.locale, count)}</span>
        </button>`,
    )}
  </div>`;
}

/**
 * The reader's controls above the list: filter chips by type and by party with their counts, a
 * text filter, order, expand or collapse all, and a polite live region saying what is shown.
 */
export function controls(ctx: RenderContext, state: ControlsState): TemplateResult {
  const { t, view } = ctx;
  const c = t.controls;
  const { index, filter } = state;
  const total = view.events.length;
  return html`<div part="controls" role="group" aria-label=${c.group}>
    ${chips(ctx, c.byType, index.types, filter.types, (type) => t.types[type], state.onType)}
    ${chips(ctx, c.byParty, index.parties, filter.parties, (id) => view.index.actorName(id), state.onParty)}
    <div class="actions">
      <label class="find"
        ><span>${c.find}</span>
        <input
          type="search"
          part="find"
          .value=${filter.text}
          @input=${(event: InputEvent) => state.onText((event.target as HTMLInputElement).value)}
      /></label>
      <button type="button" part="action" @click=${state.onOrder}>
        ${state.order === 'oldest' ? c.newestFirst : c.oldestFirst}
      </button>
      <button type="button" part="action" @click=${state.onExpand}>
        ${state.allOpen ? c.collapseAll : c.expandAll}
      </button>
      ${isFiltered(filter) ? html`<button type="button" part="action" @click=${state.onClear}>${c.clear}</button>` : nothing}
    </div>
    <p part="result" role="status" aria-live="polite">
      ${state.shown === 0 ? c.noMatch : c.showing(state.shown, total)}
    </p>
  </div>`;
}
