import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  compareDates,
  formatParleyDate,
  safeParseTimeline,
  safeParseTimelineJson,
  toDotPath,
  type ParleyIssue,
  type Timeline,
} from '@parley/core';
import styles from './parley-timeline.styles.js';
import { ParleyErrorEvent } from './events.js';
import { loadTimelineText, type LoadIssueCode } from './load-timeline-text.js';
import { TimelineIndex } from './render/timeline-index.js';
import { EVENT_TYPE_LABELS, eventIcon } from './render/event-icons.js';
import { renderEventDetails } from './render/render-event-details.js';
import { renderCitations } from './render/render-citations.js';
import { htmlDatetime } from './render/html-datetime.js';
import { safeHttpUrl } from './render/safe-url.js';

/** How many issues the error state lists before it summarises the rest as a count. */
const MAX_LISTED_ISSUES = 5;

/** A problem with the data, or with loading it from `src`. */
export type TimelineIssue = ParleyIssue | ParleyIssue<LoadIssueCode>;

type View =
  | { kind: 'loading' }
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'error'; issues: readonly TimelineIssue[] };

/**
 * A card that shows a negotiation timeline: its title, summary and dated events.
 *
 * @summary Accessible timeline card of a negotiation, validated by `@parley/core`.
 * @tagname parley-timeline
 *
 * @event parley-error - The data could not be loaded or shown; `event.issues` lists why.
 *
 * @csspart header - The title, date span, summary and update date.
 * @csspart span - The dates the timeline covers.
 * @csspart venues - Where the talks took place.
 * @csspart summary - The timeline's summary paragraph.
 * @csspart updated - When the timeline was last updated.
 * @csspart list - The ordered list of events.
 * @csspart item - One event; it also carries the event's type as a part, e.g. `item talks`.
 * @csspart meta - An event's icon, type and date line.
 * @csspart icon - An event type's inline SVG icon.
 * @csspart type - An event type's name.
 * @csspart when - An event's date, and its time of day in words ("afternoon") where given.
 * @csspart place - Where the event happened.
 * @csspart actors - Who was involved.
 * @csspart details - The expandable details of an event.
 * @csspart delegations - The list of delegations at talks; each is a `delegation`.
 * @csspart delegation - One delegation.
 * @csspart provisions - The list of an agreement's provisions; each is a `provision`.
 * @csspart provision - One provision.
 * @csspart statement - A statement: quote or paraphrase and its speaker.
 * @csspart quote - The verbatim quote of a statement.
 * @csspart image - A photo's caption and credit.
 * @csspart credit - A photo credit.
 * @csspart sources - An event's numbered sources.
 * @csspart source - One source; also `fact`, `claim` or `opinion`.
 * @csspart standing - How a source stands: reported, claim by whom, or opinion.
 * @csspart error - The error state shown instead of the timeline.
 * @csspart hint - A suggested fix beside a problem in the error state, e.g. "Did you mean "summary"?".
 * @csspart loading - Shown while `src` loads, or until the page has parsed the element's data.
 * @csspart empty - Shown instead of events when the timeline has none.
 *
 * @slot - Fallback content, such as a plain list of the events, shown until the card renders and
 *   beside an error; hidden once the card shows. A child `<script type="application/json">` is data, not content.
 *
 * @cssproperty --parley-accent - Colour of the timeline rule and markers. Default `#0b57d0`.
 * @cssproperty --parley-background - Card background. Default `#ffffff`.
 * @cssproperty --parley-text - Main text colour. Default `#1f1f1f`.
 * @cssproperty --parley-muted - Dates and summary. Default `#555555`.
 * @cssproperty --parley-border - Card border. Default `#d0d0d0`.
 * @cssproperty --parley-error - Error heading. Default `#b3261e`.
 * @cssproperty --parley-font - Font stack. Default the system UI font.
 */
export class ParleyTimeline extends LitElement {
  static override styles = styles;

  // Reactive properties, listed here rather than with decorators, whose helpers would add
  // 0.4 kB gzip to the script tag. Each is documented where it is declared below.
  static override properties = {
    timeline: { attribute: false },
    src: { type: String, reflect: true },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
  };

  /**
   * Registers the element. Safe to call twice: a second registration of this class is ignored.
   *
   * @param tag - Tag name to register under.
   * @param registry - Registry to register in.
   */
  static define(tag = 'parley-timeline', registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== this) console.warn(`[parley] <${tag}> is already defined by another class; kept it.`);
      return;
    }
    registry.define(tag, this);
  }

  /**
   * The timeline to show, as a plain object; it is validated before anything renders, and wins
   * over `src` and the child script. Assign a new object to change it (the element does not watch
   * for changes inside one).
   */
  declare timeline: unknown;

  /** URL of the timeline JSON (http or https, relative to the page). Loaded when `timeline` is unset. */
  declare src: string | undefined;

  /** How long to wait for `src`, in milliseconds. */
  timeout = 10_000;

  /** Largest `src` response accepted, in bytes. */
  maxBytes = 5_000_000;

  /** What the card shows; setting it renders again. */
  get #view(): View {
    return this.#currentView;
  }
  set #view(view: View) {
    this.#currentView = view;
    this.requestUpdate();
  }
  #currentView: View = { kind: 'loading' };

  /** Cancels the `src` request in flight, if any. */
  #loading: AbortController | undefined;

  /** Re-reads the child JSON when a page script adds or edits it; made on connect, so SSR never needs it. */
  #childObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver ??= new MutationObserver(() => {
      if (this.timeline === undefined && !this.src) this.#updateView();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // Back on the page after a move: a request cancelled on the way out starts again.
    if (this.hasUpdated) this.#scheduleView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.#handleDocumentParsed);
    this.#loading?.abort();
    this.#loading = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('timeline') || changed.has('src')) this.#scheduleView();
  }

  protected override render(): TemplateResult {
    const view = this.#view;
    switch (view.kind) {
      case 'loading':
        // Whatever the page put inside the element (a plain list of the events, say) stays
        // visible until the card can replace it, so readers without the card still get the story.
        return html`<p part="loading" role="status" aria-live="polite">Loading the timeline…</p>
          <slot></slot>`;
      case 'timeline':
        return this.#renderTimeline(view.timeline);
      case 'error':
        return this.#renderError(view.issues);
    }
  }

  #renderTimeline(timeline: Timeline): TemplateResult {
    const locale = this.closest('[lang]')?.getAttribute('lang') || 'en';
    const index = new TimelineIndex(timeline);
    // compareDates ties equal spans and sort is stable, so same-day events keep the written order.
    const events = [...timeline.events].sort((a, b) => compareDates(a.date, b.date));
    const span =
      timeline.period ??
      (events.length > 1
        ? `${htmlDatetime(events[0]!.date)}/${htmlDatetime(events.at(-1)!.date)}`
        : events[0]?.date);
    // Where the talks took place, in the order they happened: the place a reader cares about.
    const venues = [
      ...new Set(
        events.flatMap((event) =>
          event.type === 'talks' && event.place ? [index.placeName(event.place)] : [],
        ),
      ),
    ];
    const date = (value: string, options = {}) =>
      html`<time datetime=${htmlDatetime(value)}>${formatParleyDate(value, locale, options)}</time>`;
    return html`
      <article aria-labelledby="title">
        <header part="header">
          <h2 id="title">${timeline.title}</h2>
          ${span ? html`<p part="span">${date(span)}</p>` : nothing}
          ${venues.length ? html`<p part="venues">${venues.join('; ')}</p>` : nothing}
          ${timeline.summary ? html`<p part="summary">${timeline.summary}</p>` : nothing}
          ${timeline.updated ? html`<p part="updated">Updated ${date(timeline.updated)}</p>` : nothing}
        </header>
        ${events.length === 0 ? html`<p part="empty">No events in this timeline yet.</p>` : nothing}
        <ol part="list">
          ${events.map((event) => {
            const details = renderEventDetails(event, index);
            const image = event.image ? index.image(event.image) : undefined;
            const imageHref = safeHttpUrl(image?.url);
            return html`
              <li part="item ${event.type}" data-type=${event.type}>
                <p part="meta">
                  ${eventIcon(event.type)}<span part="type">${EVENT_TYPE_LABELS[event.type]}</span>
                  <span part="when"
                    >${date(event.date, event.datePart ? { part: event.datePart } : {})}${
                      event.timeOfDay ? `, ${event.timeOfDay.replace('-', ' ')}` : ''
                    }</span
                  >
                </p>
                <h3>${event.title}</h3>
                ${event.summary ? html`<p>${event.summary}</p>` : nothing}
                ${event.place ? html`<p part="place">Place: ${index.placeName(event.place)}</p>` : nothing}
                ${event.actors?.length ? html`<p part="actors">Involved: ${index.names(event.actors)}</p>` : nothing}
                ${
                  details === nothing && !image
                    ? nothing
                    : html`<details part="details">
                        <summary>Details</summary>
                        ${details}
                        ${
                          image
                            ? html`<figure part="image">
                                <figcaption>
                                  ${imageHref ? html`<a href=${imageHref} rel="noopener noreferrer" target="_blank">Photo</a>: ` : 'Photo: '}${image.caption}
                                  <span part="credit">${image.credit}</span>
                                </figcaption>
                              </figure>`
                            : nothing
                        }
                      </details>`
                }
                ${renderCitations(event.citations, index)}
              </li>
            `;
          })}
        </ol>
      </article>
    `;
  }

  #renderError(issues: readonly TimelineIssue[]): TemplateResult {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const more = issues.length - listed.length;
    return html`
      <div part="error" role="alert">
        <h2>This timeline cannot be shown</h2>
        <ul>
          ${listed.map(
            (issue) =>
              html`<li>
                ${issue.line === undefined ? nothing : `line ${issue.line}, column ${issue.column}: `}<code>${toDotPath(issue.path)}</code>:
                ${issue.message}${issue.hint ? html` <span part="hint">${issue.hint}</span>` : nothing}
              </li>`,
          )}
        </ul>
        ${more > 0 ? html`<p>…and ${more} more ${more === 1 ? 'problem' : 'problems'}.</p>` : nothing}
      </div>
      <slot></slot>
    `;
  }

  #handleDocumentParsed = (): void => this.#updateView();

  #scheduleView(): void {
    document.removeEventListener('DOMContentLoaded', this.#handleDocumentParsed);
    if (this.timeline === undefined && !this.src && document.readyState === 'loading') {
      // A script in <head> upgrades the element before the parser has reached its children.
      document.addEventListener('DOMContentLoaded', this.#handleDocumentParsed, { once: true });
    } else {
      this.#updateView();
    }
  }

  /** Validates whichever data source applies (property, then src, then child script) and shows it. */
  #updateView(): void {
    this.#loading?.abort();
    this.#loading = undefined;
    if (this.timeline === undefined && this.src) {
      void this.#load(this.src);
      return;
    }
    this.#show(this.timeline === undefined ? this.#parseChildJson() : safeParseTimeline(this.timeline));
  }

  async #load(src: string): Promise<void> {
    const controller = new AbortController();
    this.#loading = controller;
    this.#view = { kind: 'loading' };
    const result = await loadTimelineText(src, {
      signal: controller.signal,
      timeoutMs: this.timeout,
      maxBytes: this.maxBytes,
      base: document.baseURI,
    });
    // A newer src, a property, or leaving the page replaced this request: never show stale data.
    if (this.#loading !== controller) return;
    this.#loading = undefined;
    if (result.ok) this.#show(safeParseTimelineJson(result.text));
    else if ('issue' in result) this.#showIssues([result.issue]);
  }

  #show(
    result: ReturnType<typeof safeParseTimeline> | { success: false; error: { issues: TimelineIssue[] } },
  ): void {
    if (result.success) this.#view = { kind: 'timeline', timeline: result.data };
    else this.#showIssues(result.error.issues);
  }

  /** The child `<script type="application/json">`, parsed with line and column for every issue. */
  #parseChildJson():
    ReturnType<typeof safeParseTimelineJson> | { success: false; error: { issues: ParleyIssue[] } } {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return safeParseTimelineJson(script.textContent ?? '');
    return {
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message:
              'No timeline data: set the src attribute or the timeline property, or put a <script type="application/json"> inside the element.',
            path: [],
          },
        ],
      },
    };
  }

  #showIssues(issues: readonly TimelineIssue[]): void {
    this.#view = { kind: 'error', issues };
    this.dispatchEvent(new ParleyErrorEvent(issues));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-timeline': ParleyTimeline;
  }
}
