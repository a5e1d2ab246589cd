import { html, nothing, type TemplateResult } from 'lit';
import { formatParleyDate, type FormatParleyDateOptions } from '@parley/core';
import type { TimelineView } from '../model/timeline-view.js';
import type { DataWord, Translation } from '../i18n/translation.js';
import { formatList } from '../i18n/intl-cache.js';
import { en } from '../i18n/en.js';
import { htmlDatetime } from './html-datetime.js';
import { eventFragment } from '../controllers/deep-link.js';

/** What every template needs besides its own piece of data. */
export interface RenderContext {
  readonly view: TimelineView;
  readonly t: Translation;
  /** The UI language tag; dates, numbers and lists are formatted in it. */
  readonly locale: string;
  /** The level of the card's title (`heading-level`); day and event headings sit below it. */
  readonly level: number;
  /** The data's own language, set on data text where it differs from the UI language. */
  readonly dataLang: string | undefined;
  /** Ids of the events whose details are open. */
  readonly open: ReadonlySet<string>;
  /** The page is being printed: every event's details are rendered (and print open, see the styles). */
  readonly printing: boolean;
  /** Events the last live refresh added or changed, marked "New" and "Updated". */
  readonly marks: { readonly added: ReadonlySet<string>; readonly changed: ReadonlySet<string> } | undefined;
  /** The event that holds the list's one tab stop (roving tabindex), if any yet. */
  readonly active: string | undefined;
}

/**
 * A heading at a computed level. `role="heading"` rather than `<h2>`…`<h6>`: Lit templates cannot
 * choose a tag at run time without its static-html module, which would cost the script tag bytes.
 * `part` is for the headings that are styling API; the others take an internal `class`.
 */
export function heading(
  level: number,
  content: unknown,
  { part, className, id }: { part?: string; className?: string; id?: string },
): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(level, 6)}
    part=${part ?? nothing}
    class=${className ?? nothing}
    id=${id ?? nothing}
  >
    ${content}
  </div>`;
}

/**
 * A date for readers, in a `<time>` element machines can read; `words` puts the formatted date
 * in a phrase ("By 1 June 2025").
 */
export function time(
  ctx: RenderContext,
  date: string,
  options: FormatParleyDateOptions = {},
  words: (formatted: string) => string = (formatted) => formatted,
): TemplateResult {
  return html`<time datetime=${htmlDatetime(date)}
    >${words(formatParleyDate(date, ctx.locale, options))}</time
  >`;
}

/** A data value in the reader's words: `partial-agreement` → "partial agreement". */
export function word(ctx: RenderContext, value: DataWord): string {
  return ctx.t.words[value] ?? en.words[value] ?? value.replace(/-/g, ' ');
}

/** Actor names as a list in the reader's language: "Ukraine and Russia". */
export function names(ctx: RenderContext, ids: readonly string[] | undefined): string {
  return formatList(
    ctx.locale,
    (ids ?? []).map((id) => ctx.view.index.actorName(id)),
  );
}

/** The id of an event's list item, so links (At a glance, deep links) can reach it. */
export function eventAnchor(ctx: RenderContext, eventId: string): string {
  return eventFragment(ctx.view.timeline.id, eventId);
}
