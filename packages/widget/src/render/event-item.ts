import { html, nothing, type TemplateResult } from 'lit';
import type { NegotiationEvent } from '@parley/core';
import type { TimelineView } from '../model/timeline-view.js';
import { eventAnchor, names, time, word, type RenderContext } from './context.js';
import { citationMarkers } from './citations.js';
import { bodyRenderer } from './load-event-body.js';
import { ICON_PATHS } from './event-icons.js';
import { safeHttpUrl } from './safe-url.js';

/** Rounds of talks lead; strikes, sanctions and background are there for context. */
const SECONDARY = new Set<NegotiationEvent['type']>(['military-action', 'sanctions', 'context']);

/** The event's date gives a clock time ("14:00 UTC+03:00"), not only a day. */
export const hasClockTime = (event: NegotiationEvent): boolean =>
  event.date.includes('T') && !event.date.includes('/');

/** The time of an event within its day, where the data gives one: "afternoon", "14:00 UTC+03:00". */
function timeOfDay(ctx: RenderContext, event: NegotiationEvent): TemplateResult | typeof nothing {
  if (hasClockTime(event)) return html` · ${time(ctx, event.date)}`;
  return event.timeOfDay ? html` · ${word(ctx, event.timeOfDay)}` : nothing;
}

/** "Place: Ciragan Palace, Istanbul", where the event names its place; empty where it does not. */
export const placeLine = ({ t, view }: RenderContext, event: NegotiationEvent): string =>
  event.place ? `${t.place}: ${view.index.placeName(event.place)}` : '';

/** "Involved: Ukraine and Russia", where the event names who took part; empty where it does not. */
export const actorsLine = (ctx: RenderContext, event: NegotiationEvent): string =>
  event.actors?.length ? `${ctx.t.involved}: ${names(ctx, event.actors)}` : '';

/** "New" or "Updated" after a live refresh that brought or changed this event. */
function mark(ctx: RenderContext, id: string): TemplateResult | typeof nothing {
  const { marks, t } = ctx;
  const word = marks?.added.has(id) ? t.live.added : marks?.changed.has(id) ? t.live.changed : '';
  return word ? html` <span part="mark">${word}</span>` : nothing;
}

/** A photo, shown only when the data gives its file's http(s) URL; lazy, so it costs nothing off screen. */
function photo(ctx: RenderContext, imageId: string | undefined): TemplateResult | typeof nothing {
  const image = imageId ? ctx.view.index.image(imageId) : undefined;
  if (!image) return nothing;
  const url = safeHttpUrl(image.url);
  return html`<figure part="image">
    ${url ? html`<img src=${url} alt=${image.alt ?? ''} loading="lazy" decoding="async" />` : nothing}
    <figcaption>
      ${url ? nothing : html`<span class="photo-label">${ctx.t.photo}:</span> `}${image.caption}
      <span part="credit">${image.credit}</span>
    </figcaption>
  </figure>`;
}

/**
 * Fields of every event (core's `eventFields`, and `type`) that the details never show: any other
 * field opens a Details disclosure. A test holds this list and DETAIL_FIELDS to core's, so a new
 * common field never opens an empty Details, nor hides from it.
 */
export const COMMON_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
]);

/** Fields of every event that the details show: how it relates to others, and being background. */
export const DETAIL_FIELDS = ['relations', 'background'] as const;

/** The event has something behind a Details disclosure: its own facts, its sources, or a photo's caption. */
export const hasDetails = (view: TimelineView, event: NegotiationEvent): boolean =>
  !!(event.image && !view.index.image(event.image)?.url) ||
  !!event.citations?.length ||
  Object.entries(event).some(([key, value]) => value !== false && !COMMON_FIELDS.has(key));

/**
 * One event: its type and time, title, summary with citation markers, place and people, and its
 * details (type-specific facts, the photo's caption, the sources) behind a disclosure.
 */
export function eventItem(ctx: RenderContext, event: NegotiationEvent): TemplateResult {
  const { t, view, dataLang } = ctx;
  const lang = dataLang ?? nothing;
  // A closed event's details are not in the DOM: they are most of an event's nodes, and a long
  // timeline would otherwise pay for every one of them on first paint. Opening, expand all,
  // a deep link and printing render them.
  const open = ctx.open.has(event.id);
  const rendered = open || ctx.printing;
  const image = event.image ? view.index.image(event.image) : undefined;
  const shownPhoto = image?.url ? photo(ctx, event.image) : nothing;
  const hiddenPhoto = image && !image.url ? photo(ctx, event.image) : nothing;
  const markers = citationMarkers(ctx, event.citations);
  // Undefined only in the script tag, until parley-timeline.details.js has arrived (the card asks for it).
  const body = rendered && bodyRenderer();
  // Roving tabindex: the list is one tab stop, held by the active event; what is inside the
  // other events is reached by moving to them first (arrow keys), so Tab skips past the list.
  const active = ctx.active === event.id;
  const anchor = eventAnchor(ctx, event.id);
  const detailsId = `${anchor}-details`;
  // One template per event, its parts inline: each nested template is another copy, walk and
  // marker, and at 1,000 events those were most of the time to first paint. Plain text goes in
  // by `.textContent`, which needs no marker comment or extra text node beside it.
  return html`<li
    part="item ${event.type}"
    id=${anchor}
    class=${SECONDARY.has(event.type) ? 'secondary' : event.type === 'talks' ? 'main' : 'event'}
    data-type=${event.type}
    data-id=${event.id}
    tabindex=${active ? 0 : -1}
  >
    <p part="meta">
      <svg
        part="icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
        fill="currentColor"
      >
        <path d=${ICON_PATHS[event.type]} /></svg
      ><span part="type" .textContent=${t.types[event.type]}></span
      >${timeOfDay(ctx, event)}${mark(ctx, event.id)}
    </p>
    <div role="heading" aria-level=${Math.min(ctx.level + 2, 6)} part="event-title" lang=${lang} dir="auto">
      ${event.title}${event.summary ? nothing : markers}
    </div>
    ${event.summary ? html`<p part="text" lang=${lang} dir="auto">${event.summary}${markers}</p>` : nothing}${
      event.place ? html`<p part="place" .textContent=${placeLine(ctx, event)}></p>` : nothing
    }${event.actors?.length ? html`<p part="actors" .textContent=${actorsLine(ctx, event)}></p>` : nothing}${shownPhoto}${
      hasDetails(view, event)
        ? html`<button
              type="button"
              part="toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${rendered ? detailsId : nothing}
              tabindex=${active ? nothing : -1}
              .textContent=${t.details}
            ></button
            >${
              rendered
                ? html`<div part="details" id=${detailsId} ?hidden=${!open}>
                    ${body ? body(ctx, event, active) : nothing}${hiddenPhoto}
                  </div>`
                : nothing
            }`
        : nothing
    }
  </li>`;
}
